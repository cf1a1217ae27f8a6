import {
  AckPolicy,
  DeliverPolicy,
  ReplayPolicy,
  type ConsumerConfig,
  type JetStreamManager,
} from "@nats-io/jetstream";
import {
  createInbox,
  nanos,
  nuid,
  type Msg,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { inboxPrefixOf } from "../connection-inbox.js";
import { ackInfo } from "./ack-info.js";
import { ByteRing } from "./byte-ring.js";
import { ownCopy } from "./own-copy.js";
import type { ReplayPoint } from "./types.js";

/** A stored message as the ordered reader hands it out. */
export interface StoredMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  /**
   * The stored bytes: from `take()` a copy of the message's own; from `hold()` a view into
   * the reader's memory, valid until the message is `release()`d.
   */
  data: Uint8Array;
  /** Messages after this one that the consumer's filter matches (the server's count). */
  pending: number;
}

export interface OrderedReaderOptions {
  nc: NatsConnection;
  jsm: JetStreamManager;
  stream: string;
  from: ReplayPoint;
  /** One subject filter, wildcards allowed. */
  filterSubject?: string;
  /** Messages per pull; at most three pulls' worth is requested or held at once. */
  batch: number;
  /** Idle heartbeat asked of the server while a pull waits (5 s); two missed restart the read. */
  heartbeatMs?: number;
}

const PULL_EXPIRES_MS = 30_000;
/**
 * Batches asked for ahead of the caller. With two the reader still waited on the server now
 * and then (7 % idle in profiles of a verified replay); three keep it busy, and three batches
 * of at most 1,000 messages or 4 MiB are still a small, fixed amount of memory.
 */
const BATCHES_AHEAD = 3;
const API = "$JS.API";

/** A message as it arrived: its bytes already copied out of the socket's chunk. */
type Received = Pick<Msg, "reply" | "subject" | "data"> & { headers?: Msg["headers"] };

/**
 * Reads a stream range in order through an ephemeral pull consumer, as nats.js's ordered
 * consumer does, but with backpressure from the reader and without a per-message object
 * layer: a pull goes out only when what is requested and not yet taken falls to two batches,
 * so memory holds at most three batches however slowly the caller reads, and the next ones
 * are already on their way while the caller works through the current one. Messages are handed
 * out as they come off the socket; the reply subject is parsed for the stream sequence,
 * storage time and pending count, nothing more.
 *
 * Ordered: a gap in the consumer's delivery sequence, a consumer the server lost (missed
 * heartbeats, a reconnect, "consumer deleted") restarts the read with a new consumer from the
 * message after the last one taken, so nothing is skipped or repeated.
 */
export class OrderedReader {
  private readonly queue: Received[] = [];
  /** The bytes of the messages in `queue`, copied there on arrival (see ByteRing). */
  private readonly ring: ByteRing;
  /** The bytes of the messages handed out by `hold()` and not yet released, oldest first. */
  private readonly lent: Uint8Array[] = [];
  private lentHead = 0;
  /** Index of the next message of `queue` to hand out. */
  private head = 0;
  private requested = 0;
  private received = 0;
  private taken = 0;
  /** Taken with hold() and not yet released. */
  private held = 0;
  private generation = 0;
  private consumer = "";
  private sub: Subscription | undefined;
  private lastSeq = 0;
  private lastDelivery = 0;
  private heard = 0;
  private wake: (() => void) | undefined;
  private failure: unknown;
  private restarting: Promise<void> | undefined;
  private closed = false;
  private inbox = "";
  private restartsWithoutProgress = 0;
  private readonly watchdog: NodeJS.Timeout;
  private readonly heartbeatMs: number;
  private readonly statuses: AsyncIterable<{ type: string }> & { stop?: () => void };

  /** Messages the consumer had to deliver when the read began: 0 means none match. */
  pendingAtStart = 0;

  private constructor(private readonly opts: OrderedReaderOptions) {
    this.heartbeatMs = opts.heartbeatMs ?? 5_000;
    // Room for what is asked for ahead at a typical size; it grows if that does not fit.
    this.ring = new ByteRing(4 * 1024 * 1024);
    this.watchdog = setInterval(() => this.checkHeard(), this.heartbeatMs);
    this.watchdog.unref();
    this.statuses = opts.nc.status();
    void this.watchConnection();
  }

  static async open(opts: OrderedReaderOptions): Promise<OrderedReader> {
    const reader = new OrderedReader(opts);
    try {
      await reader.start();
    } catch (err) {
      await reader.close();
      throw err;
    }
    return reader;
  }

  /** The next message in stream order if one has arrived, else undefined (then `ready()`). */
  take(): StoredMessage | undefined {
    return this.next(false);
  }

  /**
   * take() for a caller that holds messages before handing them on (HashedReader): they keep
   * counting against the look-ahead, as if still here, until `release()`d, so memory holds
   * three batches in all, not three more.
   */
  hold(): StoredMessage | undefined {
    return this.next(true);
  }

  /** The oldest `count` held messages have been handed on: their bytes are freed. */
  release(count: number): void {
    if (count <= 0) return;
    this.lentHead += count;
    this.ring.free(this.lent[this.lentHead - 1]!);
    if (this.lentHead === this.lent.length) this.lent.length = this.lentHead = 0;
    else if (this.lentHead >= 4096) {
      this.lent.splice(0, this.lentHead);
      this.lentHead = 0;
    }
    this.held -= count;
    this.refill();
  }

  private next(hold: boolean): StoredMessage | undefined {
    while (this.head < this.queue.length) {
      const msg = this.queue[this.head++]!;
      const m = this.parse(msg);
      if (m !== undefined && m !== "restart") {
        if (hold) this.lent.push(m.data);
        else {
          // A copy of its own, made as the caller takes it: short-lived if the caller is prompt.
          const bytes = m.data;
          m.data = ownCopy(bytes);
          this.ring.free(bytes);
        }
      }
      if (m === "restart") {
        this.drop();
        this.restart();
        return undefined;
      }
      if (m === undefined) continue;
      // A caller that never quite catches up never empties the queue: let go of what it took.
      if (this.head >= 4096) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.taken++;
      if (hold) this.held++;
      this.lastSeq = m.seq;
      this.restartsWithoutProgress = 0;
      this.refill();
      return m;
    }
    if (this.head > 0) this.drop();
    return undefined;
  }

  /** Resolves when `take()` has something, rejects when the read cannot go on. */
  ready(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.head < this.queue.length) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.wake = resolve;
    }).then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  }

  /** Stops reading and deletes the consumer. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    // nats.js's status iterator has stop(); without it the loop ends at the next event.
    this.statuses.stop?.();
    this.sub?.unsubscribe();
    this.notify();
    await this.restarting?.catch(() => {});
    if (this.consumer) {
      await this.opts.jsm.consumers.delete(this.opts.stream, this.consumer).catch(() => {});
    }
  }

  private async start(): Promise<void> {
    const { jsm, stream, nc } = this.opts;
    const old = this.consumer;
    const generation = ++this.generation;
    this.sub?.unsubscribe();
    this.drop();
    this.requested = this.received = this.taken = this.lastDelivery = 0;
    if (old) await jsm.consumers.delete(stream, old).catch(() => {});
    this.consumer = `tb_replay_${nuid.next()}`;
    const created = await jsm.consumers.add(stream, this.config());
    if (generation === 1) this.pendingAtStart = created.num_pending;
    if (this.closed || generation !== this.generation) return;
    const inbox = createInbox(inboxPrefixOf(nc));
    this.sub = nc.subscribe(inbox, {
      callback: (err, msg) => {
        this.heard = Date.now();
        if (err) this.fail(err);
        else if (msg.reply) {
          this.received++;
          // Only the bytes outlive this call: the socket's chunk is let go at once.
          const { reply, subject } = msg;
          this.queue.push({ reply, subject, data: this.ring.write(msg.data) });
          this.notify();
        } else if (!this.isHeartbeat(msg)) {
          this.queue.push(msg);
          this.notify();
        }
      },
    });
    this.heard = Date.now();
    this.inbox = inbox;
    this.refill();
  }

  private config(): Partial<ConsumerConfig> {
    const { from, filterSubject } = this.opts;
    const resume = this.lastSeq > 0 ? { seq: this.lastSeq + 1 } : from;
    return {
      name: this.consumer,
      ack_policy: AckPolicy.None,
      replay_policy: ReplayPolicy.Instant,
      mem_storage: true,
      num_replicas: 1,
      inactive_threshold: nanos(5 * 60_000),
      ...("seq" in resume
        ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: resume.seq }
        : { deliver_policy: DeliverPolicy.StartTime, opt_start_time: resume.time.toISOString() }),
      ...(filterSubject ? { filter_subject: filterSubject } : {}),
    };
  }

  /** Keeps BATCHES_AHEAD batches requested or held, counting from what the caller has taken. */
  private refill(): void {
    const { batch, nc, stream } = this.opts;
    while (
      this.requested - this.taken + this.held <= (BATCHES_AHEAD - 1) * batch &&
      this.sub &&
      !this.closed
    ) {
      nc.publish(
        `${API}.CONSUMER.MSG.NEXT.${stream}.${this.consumer}`,
        JSON.stringify({
          batch,
          expires: nanos(PULL_EXPIRES_MS),
          idle_heartbeat: nanos(this.heartbeatMs),
        }),
        { reply: this.inbox },
      );
      this.requested += batch;
    }
  }

  /**
   * A data message, or undefined for a status that needs nothing more than accounting, or
   * "restart" when the consumer's order or existence is in doubt.
   */
  private parse(msg: Received): StoredMessage | "restart" | undefined {
    const reply = msg.reply;
    if (!reply) return this.status(msg);
    const info = ackInfo(reply);
    if (info === undefined || info.delivery !== this.lastDelivery + 1) return "restart";
    this.lastDelivery = info.delivery;
    return {
      seq: info.seq,
      subject: msg.subject,
      storedAt: new Date(info.timeMs),
      data: msg.data,
      pending: info.pending,
    };
  }

  private status(msg: Received): "restart" | undefined {
    if (msg.headers?.code === 408) {
      // A pull expired with messages still owed: stop counting them, ask again.
      const owed = Number(msg.headers.get("Nats-Pending-Messages") || 0);
      this.requested -= owed > 0 ? owed : this.opts.batch;
      this.refill();
      return undefined;
    }
    // 409 consumer deleted, a leadership change, anything unexpected: start over from here.
    return "restart";
  }

  private isHeartbeat(msg: Msg): boolean {
    return msg.headers?.code === 100;
  }

  private restart(): void {
    if (this.restarting || this.closed) return;
    if (++this.restartsWithoutProgress > 5) {
      this.fail(new Error("the server keeps ending the consumer before a message arrives"));
      return;
    }
    this.restarting = this.start()
      .catch((err: unknown) => this.fail(err))
      .finally(() => {
        this.restarting = undefined;
        this.notify();
      });
  }

  private checkHeard(): void {
    if (this.restarting || this.closed) return;
    // Two heartbeats missed while the server owes messages: the consumer is gone or
    // unreachable. (Messages received and not yet taken are the caller's pace, not a fault.)
    if (this.requested > this.received && Date.now() - this.heard > 2 * this.heartbeatMs) {
      this.restart();
    }
  }

  private async watchConnection(): Promise<void> {
    for await (const s of this.statuses) {
      if (this.closed) break;
      // Pulls waiting on the server may be lost with the connection; start again.
      if (s.type === "reconnect") this.restart();
    }
  }

  private drop(): void {
    // Their bytes in the ring go with the next message freed.
    this.queue.length = 0;
    this.head = 0;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private fail(err: unknown): void {
    this.failure ??=
      err instanceof TongbaoError
        ? err
        : new TongbaoError(
            "TB_ERR_UNAVAILABLE",
            `replay read of ${this.opts.stream} failed: ${String(err)}`,
            {
              cause: err,
            },
          );
    this.notify();
  }
}
