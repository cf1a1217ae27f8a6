import type { DurableMessage } from "./durable-puller.js";
import { TongbaoError, toTongbaoError, type ErrorCode } from "@tongbao/errors";
import type { Logger } from "pino";
import type { Acceptance, Verification } from "./acceptance.js";
import type { ChainBreak } from "./chain-tracker.js";
import type { Quarantine } from "./quarantine.js";
import type { ConsumerStats, DeliveredMessage, MessageHandler } from "./types.js";

export interface PipelineOptions {
  acceptance: Acceptance;
  handler: MessageHandler;
  quarantine: Quarantine;
  maxDeliver: number;
  backoff: readonly number[];
  logger: Logger | undefined;
  onChainBreak: ((brk: ChainBreak) => void) | undefined;
  stats: ConsumerStats;
}

/** A pulled message whose verification has started; {@link DeliveryPipeline.process} takes it. */
export interface PendingDelivery {
  readonly m: DurableMessage;
  /** Settled at once when the verifier had the keys in hand. */
  readonly verification: Verification | Promise<Verification>;
}

/**
 * What happens to one delivered message: the shared acceptance step ({@link Acceptance}:
 * verify, chain, expiry, RED, decode), then skip it if its id was already handled → run the
 * handler → ack.
 *
 * Any failure ends in one of two ways, decided by the error's `retryable` flag: nak with
 * backoff (and QUARANTINE once the deliveries run out), or QUARANTINE at once and term. The
 * pipeline never throws: bad input must never stop the consumer or hold up the messages
 * behind it.
 */
const DONE: Promise<unknown> = Promise.resolve();

export class DeliveryPipeline {
  /** Ids whose handler is running now, so two copies of one message do not run it twice. */
  readonly #running = new Map<string, Promise<boolean>>();

  constructor(private readonly o: PipelineOptions) {}

  /**
   * Starts verifying a message so that it can run while the handler works on the ones before
   * it. Nothing that depends on order (chains, dedupe, the handler, acks) happens here.
   */
  prepare(m: DurableMessage): PendingDelivery {
    return {
      m,
      verification: this.o.acceptance.verify({
        data: m.data,
        subject: m.subject,
        storedAt: m.time,
      }),
    };
  }

  /**
   * Takes a prepared message whose verification has settled through the rest of the
   * pipeline. Call in delivery order: everything up to the handler's start (chain, expiry,
   * decode, dedupe) happens before this returns; the promise settles once the message is
   * acked, nak'ed or quarantined, and never rejects.
   */
  process(
    pending: PendingDelivery,
    verification: Verification,
    stream: string,
    consumer: string,
  ): Promise<unknown> {
    const { m } = pending;
    const stats = this.o.stats;
    stats.received++;
    stats.pendingByDurable[consumer] = m.info.pending;
    const deliveries = m.info.deliveryCount;
    try {
      if (deliveries > this.o.maxDeliver) {
        // The last allowed attempt never finished (the process died during it).
        throw new TongbaoError(
          "TB_ERR_MAX_DELIVERIES",
          `delivered ${deliveries} times, more than the ${this.o.maxDeliver} allowed`,
        );
      }
      const arrival = {
        data: m.data,
        subject: m.subject,
        seq: m.seq,
        storedAt: m.time,
        deliveryCount: deliveries,
        trace: m.trace,
      };
      const { message, chainBreak } = this.o.acceptance.accept(arrival, stream, verification);
      if (chainBreak) this.chainBreak(chainBreak);
      const running = this.#running.get(message.id);
      if (running) {
        // Another copy of this message is being handled now: it is a duplicate if that copy
        // succeeds, and is handled itself if that copy fails.
        return running.then((handled) =>
          handled ? this.#duplicate(m) : this.#handleOnce(m, message, stream, consumer),
        );
      }
      return this.#handleOnce(m, message, stream, consumer);
    } catch (err) {
      return this.#fail(m, stream, consumer, toTongbaoError(err));
    }
  }

  /**
   * Runs the handler unless the id was handled already, then acks; a failure goes to #fail.
   * One promise per message beyond the handler's own, which also tells a copy arriving
   * meanwhile whether this one was handled.
   */
  #handleOnce(
    m: DurableMessage,
    delivered: DeliveredMessage,
    stream: string,
    consumer: string,
  ): Promise<unknown> {
    const { id } = delivered;
    const seen = this.o.acceptance.seen;
    if (seen.has(id)) {
      this.#duplicate(m);
      return DONE;
    }
    let attempt: Promise<void>;
    try {
      attempt = this.o.handler(delivered);
    } catch (err) {
      return this.#fail(m, stream, consumer, toTongbaoError(err));
    }
    const failed = (err: unknown) =>
      this.#fail(m, stream, consumer, toTongbaoError(err)).then(() => false);
    const outcome = attempt.then(
      () => {
        this.#running.delete(id);
        try {
          seen.add(id);
          m.ack();
        } catch (err) {
          return failed(err);
        }
        this.o.stats.handled++;
        return true;
      },
      (err: unknown) => {
        this.#running.delete(id);
        return failed(err);
      },
    );
    this.#running.set(id, outcome);
    return outcome;
  }

  #duplicate(m: DurableMessage): void {
    m.ack();
    this.o.stats.duplicates++;
  }

  async #fail(
    m: DurableMessage,
    stream: string,
    consumer: string,
    err: TongbaoError,
  ): Promise<void> {
    const deliveries = m.info.deliveryCount;
    if (err.retryable) {
      if (deliveries < this.o.maxDeliver) {
        const delay = this.#delay(deliveries);
        this.o.logger?.warn(
          { err, subject: m.subject, seq: m.seq, deliveries, delay },
          "message failed; will be redelivered",
        );
        m.nak(delay);
        this.o.stats.retried++;
        return;
      }
      err = new TongbaoError(
        "TB_ERR_MAX_DELIVERIES",
        `failed on all ${deliveries} deliveries; last error ${err.code}: ${err.message}`,
        { cause: err, ...(err.path === undefined ? {} : { path: err.path }) },
      );
    }
    try {
      const { subject } = await this.o.quarantine.put({
        reason: err,
        subject: m.subject,
        stream,
        streamSeq: m.seq,
        storedAt: m.time,
        deliveryCount: deliveries,
        consumer,
        data: m.data,
        headers: m.headers,
      });
      m.term();
      this.#countQuarantine(err.code);
      this.o.logger?.warn(
        {
          code: err.code,
          reason: err.message,
          subject: m.subject,
          seq: m.seq,
          quarantine: subject,
        },
        "message quarantined",
      );
    } catch (qerr) {
      // Without a quarantine record the message must stay in the stream: try again later.
      this.o.logger?.error(
        { err: qerr, subject: m.subject, seq: m.seq, code: err.code },
        "cannot quarantine; message will be redelivered",
      );
      m.nak(this.#delay(deliveries));
      this.o.stats.retried++;
    }
  }

  #delay(deliveries: number): number {
    const b = this.o.backoff;
    return b[Math.min(deliveries - 1, b.length - 1)] ?? 1000;
  }

  #countQuarantine(code: ErrorCode): void {
    const s = this.o.stats;
    s.quarantined++;
    s.quarantinedByCode[code] = (s.quarantinedByCode[code] ?? 0) + 1;
  }

  /** What the chain tracker found (a gap only once it outlived its window, or its closing). */
  chainBreak(brk: ChainBreak): void {
    if (brk.kind === "gap-closed") {
      this.o.logger?.info({ chainBreak: brk }, "producer chain gap closed");
    } else {
      this.o.stats.chainBreaks++;
      this.o.logger?.warn({ chainBreak: brk }, `producer chain ${brk.kind}`);
    }
    try {
      this.o.onChainBreak?.(brk);
    } catch (err) {
      this.o.logger?.error({ err }, "chain break callback threw");
    }
  }
}
