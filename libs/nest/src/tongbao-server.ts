import { EventEmitter } from "node:events";
import type { NatsConnection } from "@nats-io/transport-node";
import { type CustomTransportStrategy, RpcException, Server } from "@nestjs/microservices";
import {
  Consumer,
  EnvelopeVerifier,
  filterSubjects,
  type ConsumerStats,
  type DeliveredMessage,
  type MessageVerifier,
} from "@tongbao/bus";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { isObservable, lastValueFrom } from "rxjs";
import { followStatus, openConnection } from "./connection.js";
import { unhandledFamilies } from "./family-handlers.js";
import { unreachableTypes } from "./handler-coverage.js";
import type { TongbaoServerOptions } from "./server-options.js";
import { TongbaoContext } from "./tongbao-context.js";
import { TONGBAO_TRANSPORT, type TongbaoEvents, type TongbaoStatus } from "./transport.js";

/** Counters of the bus consumer plus what the transport dispatched. */
export interface TongbaoServerStats extends ConsumerStats {
  /** Verified messages handed to a Nest handler (each attempt). */
  dispatched: number;
  /** Verified messages of a type no handler is bound to. */
  unhandled: number;
}

/**
 * NestJS transport on the Tongbao bus, shaped like Nest's own NATS server (`server-nats`), but
 * reading JetStream through the bus Consumer: every message is verified (signature, key
 * window, subject), decoded with its contract and de-duplicated before a handler sees it.
 *
 * Handlers are bound by message type (`@OnMessage(contracts.threatBulletin)`); the pattern is
 * Header.type. A handler that resolves acks the message; one that throws hands the error to
 * the bus policy: a retryable TongbaoError (or any non-Tongbao error, as TB_ERR_HANDLER) is
 * nak'ed and redelivered with backoff until the deliveries run out, a non-retryable one is
 * quarantined with its code and reason and terminated at once.
 *
 * ```ts
 * const app = await NestFactory.createMicroservice(AppModule, {
 *   strategy: new TongbaoServer({ nc, keys: registry, durable: "nea", profile }),
 * });
 * await app.listen();
 * ```
 */
export class TongbaoServer
  extends Server<TongbaoEvents, TongbaoStatus>
  implements CustomTransportStrategy
{
  override transportId = TONGBAO_TRANSPORT;
  /** Handler errors come back to this transport, which decides ack, nak or quarantine. */
  override readonly propagatesEventHandlerErrors = true;

  readonly #options: TongbaoServerOptions;
  readonly #log: Logger;
  readonly #events = new EventEmitter();
  readonly #counts = { dispatched: 0, unhandled: 0 };
  #nc: NatsConnection | undefined;
  #ownsConnection = false;
  #consumer: Consumer | undefined;
  #unreachable: string[] = [];
  #closing: Promise<void> | undefined;

  constructor(options: TongbaoServerOptions) {
    super();
    this.#options = options;
    this.#log = (options.logger ?? pino({ level: "silent" })).child({
      component: "nest-server",
      durable: options.durable,
    });
  }

  /** Connects, starts the durable consumers, and calls back once messages flow. */
  async listen(callback: (err?: unknown, ...info: unknown[]) => void): Promise<void> {
    try {
      await this.#start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /**
   * Stops pulling, lets the handler at work finish and its ack (or nak) reach the server, then
   * drains the connection if this server made it. Messages the server had sent but no
   * handler had started stay unacknowledged and are redelivered to the next consumer.
   */
  close(): Promise<void> {
    this.#closing ??= this.#stop();
    return this.#closing;
  }

  /** The NATS connection. */
  unwrap<T = NatsConnection>(): T {
    if (!this.#nc) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        "the Tongbao server is not listening yet: call listen() (app.listen()) first",
      );
    }
    return this.#nc as T;
  }

  on<
    K extends keyof TongbaoEvents = keyof TongbaoEvents,
    C extends TongbaoEvents[K] = TongbaoEvents[K],
  >(event: K, callback: C): void {
    this.#events.on(event, callback as (...args: unknown[]) => void);
  }

  /** The JetStream durables read, with their filters (empty before listen()). */
  get durables(): { name: string; filters: string[]; stream: string }[] {
    return this.#consumer?.durables ?? [];
  }

  /**
   * Types bound to a handler that none of the filter subjects can deliver (a family the
   * profile leaves out); logged as a warning at listen().
   */
  get unreachableTypes(): string[] {
    return [...this.#unreachable];
  }

  stats(): TongbaoServerStats {
    const consumer = this.#consumer?.stats() ?? {
      received: 0,
      handled: 0,
      duplicates: 0,
      retried: 0,
      quarantined: 0,
      quarantinedByCode: {},
      chainBreaks: 0,
      pendingByDurable: {},
    };
    return { ...consumer, ...this.#counts };
  }

  /**
   * Runs the handler bound to `pattern` and settles when it has finished, rejecting with its
   * error: unlike the base class, which fires event handlers and forgets them, the outcome
   * decides what happens to the message.
   */
  override async handleEvent(
    pattern: string,
    packet: { pattern: unknown; data: unknown },
    context: TongbaoContext,
  ): Promise<void> {
    // Patterns are plain type names: a direct lookup spares the base class's JSON.parse attempt.
    const handler = this.messageHandlers.get(pattern) ?? this.getHandlerByPattern(pattern);
    if (!handler) {
      this.#unhandled(pattern, context);
      return;
    }
    this.#counts.dispatched++;
    await new Promise<void>((resolve, reject) => {
      const started = this.runWithProcessingHooks(context, async (runEndHook) => {
        try {
          const result: unknown = await handler(packet.data, context);
          if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
          runEndHook();
          resolve();
        } catch (err) {
          reject(err);
          throw err;
        }
      }) as unknown;
      // The start hook may return the processing promise; its rejection is reported above.
      if (started instanceof Promise) started.catch(() => undefined);
    });
  }

  async #start(): Promise<void> {
    if (this.#consumer) return;
    const o = this.#options;
    const verifier = o.consumer?.acceptance ? undefined : verifierOf(o);
    const subjects = o.durables?.length
      ? o.durables.flatMap((d) => d.filters)
      : o.filterSubjects?.length
        ? [...o.filterSubjects]
        : o.profile
          ? filterSubjects(o.profile)
          : [];
    this.#unreachable = unreachableTypes(this.messageHandlers.keys(), subjects);
    const missing = unhandledFamilies(this.messageHandlers.keys());
    if (missing.length > 0 && this.#options.unhandled !== "ack") {
      this.#log.info(
        { types: missing },
        "no handler for these families: their messages are quarantined as TB_ERR_NO_HANDLER",
      );
    }
    if (this.#unreachable.length > 0) {
      this.#log.warn(
        { types: this.#unreachable, filterSubjects: subjects },
        "handlers bound to types no filter subject delivers",
      );
    }
    const { nc, owned } = await openConnection(o, "TongbaoServer options");
    this.#nc = nc;
    this.#ownsConnection = owned;
    this._status$.next("connected");
    void followStatus(nc, (s) => this._status$.next(s), this.#events, this.#log);
    try {
      this.#consumer = await Consumer.start({
        ...o.consumer,
        nc,
        ...(verifier ? { verifier } : {}),
        ...(o.durables?.length
          ? { durables: o.durables }
          : { ...(o.durable ? { durable: o.durable } : {}), filterSubjects: subjects }),
        handler: (m) => this.#dispatch(m),
        ...(o.logger ? { logger: o.logger } : {}),
      });
    } catch (err) {
      if (owned) await nc.close().catch(() => undefined);
      this.#nc = undefined;
      throw err;
    }
    this.#log.info({ durables: this.#consumer.durables }, "listening");
  }

  async #stop(): Promise<void> {
    if (this.#nc) this._status$.next("draining");
    await this.#consumer?.stop();
    const nc = this.#nc;
    if (!nc) return;
    if (this.#ownsConnection) {
      await nc.drain().catch((err: unknown) => this.#log.warn({ err }, "drain failed"));
    } else if (!nc.isClosed()) {
      // Acks are plain publishes: make sure the last ones have left before returning.
      await nc.flush().catch((err: unknown) => this.#log.warn({ err }, "flush failed"));
    }
    this._status$.next("closed");
    this.#log.info("closed");
  }

  async #dispatch(m: DeliveredMessage): Promise<void> {
    const context = new TongbaoContext(m);
    try {
      await this.handleEvent(m.type, { pattern: m.type, data: m.payload }, context);
    } catch (err) {
      throw handlerError(err, m.type);
    }
  }

  #unhandled(type: string, context: TongbaoContext): void {
    this.#counts.unhandled++;
    if (this.#options.unhandled !== "ack") {
      throw new TongbaoError(
        "TB_ERR_NO_HANDLER",
        `no handler is bound to type "${type}" on this service (bind one with @OnMessage or @OnEveryFamily)`,
        { path: "header.type" },
      );
    }
    this.#log.debug(
      { type, id: context.getId(), subject: context.getSubject() },
      "no handler for this type; acknowledged",
    );
  }
}

function verifierOf(o: TongbaoServerOptions): MessageVerifier {
  if (o.verifier) return o.verifier;
  if (o.keys) return new EnvelopeVerifier(o.keys);
  throw new TongbaoError("TB_ERR_CONFIG", "TongbaoServer needs a verifier or keys (the registry)", {
    path: "verifier",
  });
}

/**
 * The TongbaoError a handler failure stands for. An RpcException carrying a TongbaoError is
 * unwrapped; anything else becomes a retryable TB_ERR_HANDLER naming the type.
 */
function handlerError(err: unknown, type: string): TongbaoError {
  if (isTongbaoError(err)) return err;
  if (err instanceof RpcException) {
    const inner = err.getError();
    if (isTongbaoError(inner)) return inner;
  }
  // Nest's default RPC filter replaces an error by `{ status, message }`.
  const message =
    err instanceof Error
      ? err.message
      : typeof err === "object" && err !== null && "message" in err
        ? String(err.message)
        : String(err);
  return new TongbaoError("TB_ERR_HANDLER", `handler for ${type} failed: ${message}`, {
    cause: err,
  });
}
