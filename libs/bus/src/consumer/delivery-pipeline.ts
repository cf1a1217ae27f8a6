import type { DurableMessage } from "./durable-puller.js";
import { contractFor } from "@tongbao/contracts";
import { TongbaoError, toTongbaoError, type ErrorCode } from "@tongbao/errors";
import type { Logger } from "pino";
import {
  timestampMs,
  type MessageVerifier,
  type PayloadProtection,
  type VerifiedEnvelope,
} from "../envelope/mod.js";
import { TLP_RED } from "../subject-tokens.js";
import { traceCarrierOf } from "../trace/trace-context.js";
import type { ChainBreak, ChainTracker } from "./chain-tracker.js";
import type { Quarantine } from "./quarantine.js";
import type { SeenIds } from "./seen-ids.js";
import type { ConsumerStats, DeliveredMessage, MessageHandler } from "./types.js";

export interface PipelineOptions {
  verifier: MessageVerifier;
  handler: MessageHandler;
  quarantine: Quarantine;
  seen: SeenIds;
  chains: ChainTracker;
  maxDeliver: number;
  backoff: readonly number[];
  now: () => Date;
  logger: Logger | undefined;
  onChainBreak: ((brk: ChainBreak) => void) | undefined;
  stats: ConsumerStats;
  protection: PayloadProtection | undefined;
}

/** What verifying a message ahead of its turn came to; never rejects. */
type Verification = { ok: true; verified: VerifiedEnvelope } | { ok: false; err: unknown };

/** A pulled message whose verification has started; {@link DeliveryPipeline.process} takes it. */
export interface PendingDelivery {
  readonly m: DurableMessage;
  readonly verification: Promise<Verification>;
}

/**
 * What happens to one delivered message, in order: verify the envelope against the subject
 * (signature, key window and revocation, origin, status, route, marking) → note its place in
 * the producer's chain → check expiry → decode the payload with its contract → skip it if its
 * id was already handled → run the handler → ack.
 *
 * Any failure ends in one of two ways, decided by the error's `retryable` flag: nak with
 * backoff (and QUARANTINE once the deliveries run out), or QUARANTINE at once and term. The
 * pipeline never throws: bad input must never stop the consumer or hold up the messages
 * behind it.
 */
export class DeliveryPipeline {
  /** Ids whose handler is running now, so two copies of one message do not run it twice. */
  readonly #running = new Map<string, Promise<boolean>>();

  constructor(private readonly o: PipelineOptions) {}

  /**
   * Starts verifying a message so that it can run while the handler works on the ones before
   * it. Nothing that depends on order (chains, dedupe, the handler, acks) happens here.
   */
  prepare(m: DurableMessage): PendingDelivery {
    let verification: Promise<Verification>;
    try {
      verification = this.o.verifier.verify(m.data, { subject: m.subject, storedAt: m.time }).then(
        (verified) => ({ ok: true, verified }),
        (err: unknown) => ({ ok: false, err }),
      );
    } catch (err) {
      verification = Promise.resolve({ ok: false, err });
    }
    return { m, verification };
  }

  /** Takes a prepared message through the rest of the pipeline; call in delivery order. */
  async process(pending: PendingDelivery, stream: string, consumer: string): Promise<void> {
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
      const delivered = this.#accept(m, stream, await pending.verification);
      await this.#handleOnce(m, delivered);
    } catch (err) {
      await this.#fail(m, stream, consumer, toTongbaoError(err));
    }
  }

  #accept(m: DurableMessage, stream: string, verification: Verification): DeliveredMessage {
    // A failure that is not a verdict on the message (e.g. the registry cannot be read) is
    // worth another try.
    if (!verification.ok) throw toTongbaoError(verification.err, "TB_ERR_UNAVAILABLE");
    const { verified } = verification;
    const { header, payloadBytes, digest } = verified;
    const brk = this.o.chains.observe({
      producerId: header.producerId,
      subject: m.subject,
      seq: Number(header.producerSeq),
      prevDigest: header.prevDigest,
      digest,
      messageId: header.id,
    });
    if (brk) this.#reportBreak(brk);
    // An unset expiry decodes as null; a zero Timestamp is taken as unset too.
    const expires = timestampMs(header.expires) || undefined;
    if (expires !== undefined && expires <= this.o.now().getTime()) {
      throw new TongbaoError(
        "TB_ERR_EXPIRED",
        `message ${header.id} expired at ${new Date(expires).toISOString()}`,
        { path: "header.expires" },
      );
    }
    const contract = contractFor(header.type);
    if (!contract) {
      throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `no contract for type "${header.type}"`, {
        path: "header.type",
      });
    }
    let clear: Uint8Array | undefined = payloadBytes;
    if (this.o.protection) clear = this.o.protection.open(payloadBytes, header);
    else if (header.marking?.tlp === TLP_RED) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `message ${header.id} is TLP:RED, encrypted to its recipients, and this consumer has no payload protection to open it`,
        { path: "protection" },
      );
    }
    const payload = clear === undefined ? undefined : contract.decode(clear);
    const trace = traceCarrierOf(m.headers);
    return {
      id: header.id,
      type: header.type,
      source: header.source,
      header,
      payload,
      payloadBytes,
      digest,
      keyId: verified.key.keyId,
      subject: m.subject,
      stream,
      streamSeq: m.seq,
      storedAt: m.time,
      deliveryCount: m.info.deliveryCount,
      ...(trace ? { trace } : {}),
      ...(clear === undefined ? { sealed: true as const } : {}),
    };
  }

  async #handleOnce(m: DurableMessage, delivered: DeliveredMessage): Promise<void> {
    const { id } = delivered;
    const running = this.#running.get(id);
    if (running && (await running)) {
      this.#duplicate(m);
      return;
    }
    if (this.o.seen.has(id)) {
      this.#duplicate(m);
      return;
    }
    const attempt = this.o.handler(delivered);
    this.#running.set(
      id,
      attempt.then(
        () => true,
        () => false,
      ),
    );
    try {
      await attempt;
    } finally {
      this.#running.delete(id);
    }
    this.o.seen.add(id);
    m.ack();
    this.o.stats.handled++;
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

  #reportBreak(brk: ChainBreak): void {
    this.o.stats.chainBreaks++;
    this.o.logger?.warn({ chainBreak: brk }, `producer chain ${brk.kind}`);
    try {
      this.o.onChainBreak?.(brk);
    } catch (err) {
      this.o.logger?.error({ err }, "chain break callback threw");
    }
  }
}
