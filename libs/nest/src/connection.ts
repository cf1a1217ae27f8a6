import type { EventEmitter } from "node:events";
import { connect, type ConnectionOptions, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import type { TongbaoStatus } from "./transport.js";

/** Where a server or client gets its connection: given (not owned) or made (owned). */
export interface ConnectionSource {
  nc?: NatsConnection | undefined;
  servers?: string | string[] | undefined;
  connection?: Omit<ConnectionOptions, "servers"> | undefined;
}

export interface OpenedConnection {
  nc: NatsConnection;
  /** Whether closing the transport should drain and close the connection. */
  owned: boolean;
}

export async function openConnection(
  source: ConnectionSource,
  path: string,
): Promise<OpenedConnection> {
  if (source.nc) return { nc: source.nc, owned: false };
  if (!source.servers || (Array.isArray(source.servers) && source.servers.length === 0)) {
    throw new TongbaoError("TB_ERR_CONFIG", `${path}: give either a connection (nc) or servers`, {
      path: `${path}.servers`,
    });
  }
  try {
    const nc = await connect({ ...source.connection, servers: source.servers });
    return { nc, owned: true };
  } catch (err) {
    throw new TongbaoError("TB_ERR_UNAVAILABLE", `cannot connect to ${String(source.servers)}`, {
      cause: err,
    });
  }
}

/**
 * Follows the connection's status as NestJS's NATS transport does: `connected`,
 * `disconnected`, `reconnecting` (and `closed` when the connection ends) into the transport's
 * status subject, and `disconnect`, `reconnect`, `update`, `error` events to `on()` listeners.
 */
export async function followStatus(
  nc: NatsConnection,
  next: (status: TongbaoStatus) => void,
  events: EventEmitter,
  log: Logger,
): Promise<void> {
  try {
    for await (const s of nc.status()) {
      switch (s.type) {
        case "disconnect":
          log.warn({ server: s.server }, "disconnected from the bus");
          next("disconnected");
          events.emit("disconnect", s.server);
          break;
        case "reconnecting":
          next("reconnecting");
          break;
        case "reconnect":
          log.info({ server: s.server }, "reconnected to the bus");
          next("connected");
          events.emit("reconnect", s.server);
          break;
        case "update":
          events.emit("update", { added: s.added, deleted: s.deleted });
          break;
        case "error":
          log.error({ err: s.error }, "bus connection error");
          // EventEmitter throws on an "error" event nobody listens to.
          if (events.listenerCount("error") > 0) events.emit("error", s.error);
          break;
        case "close":
          return;
        default:
          break;
      }
    }
  } finally {
    next("closed");
  }
}
