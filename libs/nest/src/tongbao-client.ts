import { EventEmitter } from "node:events";
import type { NatsConnection } from "@nats-io/transport-node";
import { ClientProxy, type ReadPacket, type WritePacket } from "@nestjs/microservices";
import { Publisher, type PublishResult } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import type { EmitInput, TongbaoClientOptions } from "./client-options.js";
import { followStatus, openConnection } from "./connection.js";
import { typeNameOf } from "./on-message.js";
import type { TongbaoEvents, TongbaoStatus } from "./transport.js";

/**
 * NestJS client of the Tongbao bus: `emit(type, input)` publishes a signed message through the
 * bus Publisher (durable outbox, group-commit signing) and completes with its id and subjects
 * once it is durable.
 *
 * ```ts
 * const { id } = await lastValueFrom(client.emit(contracts.threatBulletin, {
 *   payload, marking: { tlp: Tlp.TLP_GREEN }, sectors: [Sector.SECTOR_POWER],
 * }));
 * ```
 *
 * `send()` (request/response) is refused with TB_ERR_BAD_REQUEST: the bus is a log of signed
 * events, answered by other signed events (receipts, feedback) that arrive through a server's
 * handlers, possibly days later and from several recipients.
 */
export class TongbaoClient extends ClientProxy<TongbaoEvents, TongbaoStatus> {
  readonly #options: TongbaoClientOptions;
  readonly #log: Logger;
  readonly #events = new EventEmitter();
  #nc: NatsConnection | undefined;
  #ownsConnection = false;
  #publisher: Publisher | undefined;
  #connecting: Promise<Publisher> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: TongbaoClientOptions) {
    super();
    this.#options = options;
    this.#log = (options.logger ?? pino({ level: "silent" })).child({
      component: "nest-client",
      producerId: options.producerId,
    });
  }

  /** Connects and opens the publisher's outbox (once; emit() calls it). */
  connect(): Promise<Publisher> {
    if (this.#closing) {
      return Promise.reject(
        new TongbaoError("TB_ERR_OUTBOX", "the Tongbao client is closed", { retryable: false }),
      );
    }
    this.#connecting ??= this.#open().catch((err: unknown) => {
      this.#connecting = undefined;
      throw err;
    });
    return this.#connecting;
  }

  /**
   * Commits what is queued and closes the outbox (records not yet acknowledged by the stream
   * stay on disk for the next publisher on the directory), then drains the connection if
   * this client made it.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  /** Nest calls this on shutdown for a client provided by TongbaoModule. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** The NATS connection. */
  unwrap<T = NatsConnection>(): T {
    if (!this.#nc) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        "the Tongbao client is not connected yet: call connect() or emit() first",
      );
    }
    return this.#nc as T;
  }

  override on<
    K extends keyof TongbaoEvents = keyof TongbaoEvents,
    C extends TongbaoEvents[K] = TongbaoEvents[K],
  >(event: K, callback: C): void {
    this.#events.on(event, callback as (...args: unknown[]) => void);
  }

  /** The bus Publisher (after connect()), for stats and drain. */
  get publisher(): Publisher | undefined {
    return this.#publisher;
  }

  /** Resolves when everything emitted so far has been acknowledged by the stream. */
  async drain(timeoutMs?: number): Promise<void> {
    await this.#publisher?.drain(timeoutMs);
  }

  protected async dispatchEvent<T = PublishResult>(packet: ReadPacket<EmitInput>): Promise<T> {
    const publisher = await this.connect();
    const type = typeNameOf(packet.pattern as Parameters<typeof typeNameOf>[0]);
    const input = packet.data;
    const status = input.status ?? this.#options.status;
    if (status === undefined) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `emit(${type}): no status; set it on the message or in the client options`,
        { path: "status" },
      );
    }
    const result = await publisher.publish({ ...input, type, status });
    if (this.#options.confirm === "stream") await publisher.drain();
    return result as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({
      err: new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `send(${String(packet.pattern)}): the Tongbao bus carries events, not requests; ` +
          "use emit() and handle the recipients' receipts with @OnMessage",
      ),
      isDisposed: true,
    });
    return () => undefined;
  }

  async #open(): Promise<Publisher> {
    const o = this.#options;
    const { nc, owned } = await openConnection(o, "TongbaoClient options");
    this.#nc = nc;
    this.#ownsConnection = owned;
    try {
      this.#publisher = await Publisher.open({
        ...o.publisher,
        nc,
        signer: o.signer,
        producerId: o.producerId,
        outboxDir: o.outboxDir,
        ...(o.protection ? { protection: o.protection } : {}),
        ...(o.logger ? { logger: o.logger } : {}),
      });
    } catch (err) {
      if (owned) await nc.close().catch(() => undefined);
      this.#nc = undefined;
      throw err;
    }
    this._status$.next("connected");
    void followStatus(nc, (s) => this._status$.next(s), this.#events, this.#log);
    return this.#publisher;
  }

  async #close(): Promise<void> {
    await this.#connecting?.catch(() => undefined);
    if (this.#publisher) this._status$.next("draining");
    await this.#publisher?.close();
    if (this.#nc && this.#ownsConnection) {
      await this.#nc.drain().catch((err: unknown) => this.#log.warn({ err }, "drain failed"));
    }
    this._status$.next("closed");
  }
}
