import {
  nanos,
  nuid,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import { inboxPrefixOf } from "../connection-inbox.js";
import { ackInfo } from "../replay/ack-info.js";
import { TRACE_HEADERS, traceCarrierOf, type TraceCarrier } from "../trace/trace-context.js";

/** A message pulled from a durable, with the acknowledgements the delivery pipeline sends. */
export interface DurableMessage {
  subject: string;
  data: Uint8Array;
  headers: MsgHdrs | undefined;
  /** The trace context the copy carried as NATS headers, beside the signed envelope. */
  trace: TraceCarrier | undefined;
  /** Stream sequence. */
  seq: number;
  /** When the stream stored it. */
  time: Date;
  info: { deliveryCount: number; pending: number };
  ack(): void;
  /** Redeliver after `delayMs` (the server's ack wait when absent). */
  nak(delayMs?: number): void;
  term(): void;
  /** Resets the ack wait while a handler is still at work. */
  working(): void;
}

export interface DurablePullerOptions {
  nc: NatsConnection;
  stream: string;
  durable: string;
  /**
   * The JetStream domain of the durable when it is not the connected server's: a hub durable
   * pulled through a provincial leaf (`$JS.<domain>.API.CONSUMER.MSG.NEXT...`).
   */
  domain?: string | undefined;
  /** Messages per pull; at most two pulls' worth is asked for or held at once (64). */
  batch?: number;
  /**
   * Bytes per pull (4 MiB, never less than the server's max_payload and some room for
   * headers): with `batch`, bounds what is held in memory when messages are large.
   */
  maxBytes?: number;
  /** Idle heartbeat the server sends while a pull waits (5 s); two missed re-pull. */
  heartbeatMs?: number;
  logger?: Logger | undefined;
}

const PULL_EXPIRES_MS = 30_000;
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** Room above max_payload for a stored message's subject and JetStream headers. */
const HEADER_ROOM = 64 * 1024;
/** How long the first pull may go unanswered before the durable is taken to be missing. */
const FIRST_ANSWER_MS = 5_000;

/**
 * Pulls a durable through nothing but its `MSG.NEXT` and ack subjects: the two things an
 * organisation's grant lets it reach. No consumer info, no JetStream API: those live in the
 * owner account and an organisation has no access to them (nats.js's consumer asks for info
 * on every reconnect and heartbeat loss, which a cross-account grant cannot answer on 2.9).
 *
 * It keeps up to two batches asked for or held (so a slow handler holds the pulls back),
 * re-pulls when a pull expires, after two missed heartbeats and after a reconnect, and hands
 * messages out in the order they came.
 */
export class DurablePuller {
  readonly #o: Required<Omit<DurablePullerOptions, "logger" | "domain">> & {
    logger?: Logger | undefined;
  };
  readonly #next: string;
  readonly #queue: Msg[] = [];
  #head = 0;
  #owed = 0;
  #heard = Date.now();
  #sub: Subscription | undefined;
  #inbox = "";
  #wake: (() => void) | undefined;
  #failure: TongbaoError | undefined;
  #closed = false;
  #answered = false;
  /** Reply subjects of acks not yet written (see #ack). */
  #acks: string[] = [];
  #acksScheduled = false;
  readonly #flushAcks = () => this.#sendAcks();
  readonly #watchdog: NodeJS.Timeout;
  readonly #statuses: AsyncIterable<{ type: string }> & { stop?: () => void };

  private constructor(o: DurablePullerOptions) {
    const maxPayload = o.nc.info?.max_payload ?? 1024 * 1024;
    const maxBytes = Math.max(o.maxBytes ?? DEFAULT_MAX_BYTES, maxPayload + HEADER_ROOM);
    this.#o = { batch: 64, heartbeatMs: 5_000, ...o, maxBytes };
    const api = o.domain ? `$JS.${o.domain}.API` : "$JS.API";
    this.#next = `${api}.CONSUMER.MSG.NEXT.${o.stream}.${o.durable}`;
    this.#watchdog = setInterval(() => this.#checkHeard(), this.#o.heartbeatMs);
    this.#watchdog.unref();
    this.#statuses = o.nc.status();
    void this.#watchConnection();
  }

  /**
   * Starts pulling and waits for the server's first answer: a durable that does not exist,
   * or is not granted, is an error here, not a silent wait.
   */
  static async open(o: DurablePullerOptions): Promise<DurablePuller> {
    const p = new DurablePuller(o);
    p.#inbox = `${inboxPrefixOf(o.nc) ?? "_INBOX"}.${nuid.next()}`;
    p.#sub = o.nc.subscribe(p.#inbox, { callback: (_err, m) => p.#receive(m) });
    await o.nc.flush();
    // The first pull asks for what is there now: the server answers at once, with messages
    // or "no messages", so a durable that answers nothing is missing.
    p.#pull(true);
    // Every answer (a message or a status) wakes this wait.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_ANSWER_MS);
      p.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!p.#answered && !p.#failure) p.#failure = p.#missing("did not answer a pull");
    if (p.#failure) {
      p.close();
      throw p.#failure;
    }
    return p;
  }

  /** The next message, waiting for one; undefined once closed. Throws if the durable is gone. */
  async next(): Promise<DurableMessage | undefined> {
    for (;;) {
      const m = this.take();
      if (m) return m;
      if (this.#closed) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  /**
   * The next message already here, without waiting. Throws if the durable is gone, once the
   * messages it delivered before are all handed out: the server counts those as delivered
   * and would send them again only after the ack wait, long after their successors (a
   * consumer leader killed mid-pull is answered "no responders" until the next is elected).
   */
  take(): DurableMessage | undefined {
    if (this.#closed) return undefined;
    const m = this.#take();
    if (m) {
      // Room was made: ask for more if the pulls had been held back.
      this.#pull();
      return m;
    }
    if (this.#failure) throw this.#failure;
    return undefined;
  }

  close(): void {
    if (this.#closed) return;
    this.#sendAcks();
    this.#closed = true;
    clearInterval(this.#watchdog);
    this.#statuses.stop?.();
    this.#sub?.unsubscribe();
    this.#notify();
  }

  #take(): DurableMessage | undefined {
    while (this.#head < this.#queue.length) {
      const m = this.#queue[this.#head++]!;
      if (this.#head >= 1024) {
        this.#queue.splice(0, this.#head);
        this.#head = 0;
      }
      const reply = m.reply;
      const info = reply ? ackInfo(reply) : undefined;
      if (!reply || !info) continue;
      return new PulledMessage(this, m, reply, info.seq, info.timeMs, info.delivered, info.pending);
    }
    return undefined;
  }

  #receive(m: Msg): void {
    this.#heard = Date.now();
    this.#answered = true;
    // A stored message comes on its own subject with an ack reply; only the server's statuses
    // come on the inbox. Telling them apart by the subject spares parsing every message's
    // NATS headers here (nats.js's own consumer does the same).
    const code = m.subject !== this.#inbox ? 0 : (m.headers?.code ?? 0);
    if (code === 0 || m.reply) {
      this.#owed--;
      this.#queue.push(m);
      this.#pull();
      this.#notify();
      return;
    }
    if (code === 100) {
      this.#notify(); // an idle heartbeat: an answer all the same
      return;
    }
    if (code === 503) {
      this.#failure = this.#missing(
        "has no responder (no leader: its node is down or an election is under way; or it is not provisioned, or not granted)",
      );
    } else if (code === 409 && /deleted/i.test(m.headers?.description ?? "")) {
      this.#failure = this.#missing("was deleted");
    } else {
      // 404/408: a pull ended with messages still owed; 409: another limit ended it.
      const owed = Number(m.headers?.get("Nats-Pending-Messages") || 0);
      this.#owed -= owed > 0 ? owed : this.#o.batch;
      if (this.#owed < 0) this.#owed = 0;
      this.#pull();
    }
    this.#notify();
  }

  /** Asks for another batch while what is owed and held is at most one batch. */
  #pull(noWait = false): void {
    const { batch, maxBytes, nc, heartbeatMs } = this.#o;
    if (this.#closed || this.#failure) return;
    while (this.#owed + this.#queued() <= batch) {
      nc.publish(
        this.#next,
        noWait
          ? JSON.stringify({ batch, max_bytes: maxBytes, no_wait: true })
          : JSON.stringify({
              batch,
              max_bytes: maxBytes,
              expires: nanos(PULL_EXPIRES_MS),
              idle_heartbeat: nanos(heartbeatMs),
            }),
        { reply: this.#inbox },
      );
      noWait = false;
      this.#owed += batch;
    }
  }

  #queued(): number {
    return this.#queue.length - this.#head;
  }

  #checkHeard(): void {
    if (this.#closed || this.#failure) return;
    if (Date.now() - this.#heard > 2 * this.#o.heartbeatMs) {
      // The pulls the server held are lost (a restart, a route change): ask again.
      this.#o.logger?.warn(
        { durable: this.#o.durable },
        "no heartbeat from the durable; pulling again",
      );
      this.#heard = Date.now();
      this.#owed = 0;
      this.#pull();
    }
  }

  async #watchConnection(): Promise<void> {
    for await (const s of this.#statuses) {
      if (this.#closed) break;
      if (s.type === "reconnect") {
        this.#owed = 0;
        this.#pull();
      }
    }
  }

  #missing(what: string): TongbaoError {
    const { stream, durable } = this.#o;
    return new TongbaoError(
      "TB_ERR_CONFIG",
      `the durable ${stream}/${durable} ${what}: the operator creates it with \`tongbao provision\``,
      { path: "durable" },
    );
  }

  /**
   * Acks wait for the end of the current turn of the event loop and go out together: nats.js
   * writes to the socket once per microtask checkpoint, which the handler's awaits pass after
   * every message, so acks sent at once would cost a socket write each. An ack held back is
   * never lost in a way that matters: the message is redelivered and found handled.
   */
  ack(reply: string): void {
    // After close, the message that was in hand is acked at once: the connection may be
    // closed right after.
    if (this.#closed) return this.reply(reply, ACK);
    this.#acks.push(reply);
    if (this.#acks.length >= this.#o.batch) this.#sendAcks();
    else if (!this.#acksScheduled) {
      this.#acksScheduled = true;
      setImmediate(this.#flushAcks);
    }
  }

  /** Publishes on a pulled message's reply subject (nak, term, in progress), now. */
  reply(reply: string, data: Uint8Array): void {
    this.#o.nc.publish(reply, data);
  }

  #sendAcks(): void {
    this.#acksScheduled = false;
    const acks = this.#acks;
    if (acks.length === 0) return;
    this.#acks = [];
    const { nc } = this.#o;
    try {
      for (const reply of acks) nc.publish(reply, ACK);
    } catch (err) {
      // The connection closed: the server redelivers these and they are found handled.
      this.#o.logger?.warn({ err, durable: this.#o.durable }, "acks not sent");
    }
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

const enc = new TextEncoder();
const ACK = enc.encode("+ACK");
const TERM = enc.encode("+TERM");
const WPI = enc.encode("+WPI");
const NAK = enc.encode("-NAK");

/**
 * A pulled message; its acknowledgements are methods rather than closures made for each
 * message, the puller holding the connection and the ack batching.
 */
class PulledMessage implements DurableMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly time: Date;
  readonly info: { deliveryCount: number; pending: number };

  constructor(
    private readonly puller: DurablePuller,
    private readonly m: Msg,
    private readonly replyTo: string,
    readonly seq: number,
    timeMs: number,
    deliveryCount: number,
    pending: number,
  ) {
    this.subject = m.subject;
    this.data = m.data;
    this.time = new Date(timeMs);
    this.info = { deliveryCount, pending };
  }

  /** Parsed when asked for: the trace context and a quarantine record read them. */
  get headers(): MsgHdrs | undefined {
    return this.m.headers;
  }

  get trace(): TraceCarrier | undefined {
    // Most copies carry no trace context: their header block (the message id) is not parsed.
    return headerBlockMayName(this.m, TRACEPARENT) ? traceCarrierOf(this.m.headers) : undefined;
  }

  ack(): void {
    this.puller.ack(this.replyTo);
  }

  nak(delayMs?: number): void {
    this.puller.reply(
      this.replyTo,
      delayMs ? enc.encode(`-NAK ${JSON.stringify({ delay: nanos(delayMs) })}`) : NAK,
    );
  }

  term(): void {
    this.puller.reply(this.replyTo, TERM);
  }

  working(): void {
    this.puller.reply(this.replyTo, WPI);
  }
}

const TRACEPARENT = enc.encode(TRACE_HEADERS.parent);

/**
 * False only when the message's raw NATS header block cannot hold a header named `name`
 * (header names are matched exactly, as MsgHdrs.get does). Reads nats-core's message fields
 * for the raw block; when they are not there as expected it answers true, and the headers
 * are parsed as before.
 */
function headerBlockMayName(m: Msg, name: Uint8Array): boolean {
  const raw = m as unknown as { _rdata?: unknown; _msg?: { hdr?: unknown } };
  const data = raw._rdata;
  const length = raw._msg?.hdr;
  if (!(data instanceof Uint8Array) || typeof length !== "number") return true;
  if (length < 0) return false;
  const first = name[0];
  const last = Math.min(length, data.length) - name.length;
  outer: for (let i = 0; i <= last; i++) {
    if (data[i] !== first) continue;
    for (let j = 1; j < name.length; j++) if (data[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}
