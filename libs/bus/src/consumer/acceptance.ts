import { contractFor } from "@tongbao/contracts";
import { TongbaoError, toTongbaoError } from "@tongbao/errors";
import {
  timestampMs,
  type MessageVerifier,
  type PayloadProtection,
  type VerifiedEnvelope,
  type VerifyContext,
} from "../envelope/mod.js";
import { TLP_RED } from "../subject-tokens.js";
import type { TraceCarrier } from "../trace/trace-context.js";
import { ChainTracker, type ChainBreak } from "./chain-tracker.js";
import { RecentIds, type SeenIds } from "./seen-ids.js";
import type { DeliveredMessage } from "./types.js";

type SyncVerify = (bytes: Uint8Array, ctx: VerifyContext) => VerifiedEnvelope | undefined;

/** A stored envelope as it reached a reader: pulled from a durable, or handed over by the operator. */
export interface Arrival {
  /** The stored SignedEnvelope bytes, untouched. */
  data: Uint8Array;
  subject: string;
  /** Stream sequence. */
  seq: number;
  /** When the stream stored it. */
  storedAt: Date;
  /** 1 on first delivery. */
  deliveryCount: number;
  /** The trace context the copy carried as NATS headers, beside the signed envelope. */
  trace?: TraceCarrier | undefined;
}

/** What verifying an arrival came to; the verdict is taken in delivery order by accept(). */
export type Verification = { ok: true; verified: VerifiedEnvelope } | { ok: false; err: unknown };

/** An accepted message, and the break in its producer's chain it revealed, if any. */
export interface Accepted {
  message: DeliveredMessage;
  chainBreak: ChainBreak | undefined;
}

export interface AcceptanceOptions {
  /** Verifies each envelope against the registry (signature, key window, subject, marking). */
  verifier: MessageVerifier;
  /**
   * Opens TLP:RED payloads addressed here after verification, or leaves them sealed. Without
   * one, a TLP:RED message is refused with TB_ERR_CONFIG: it can be neither read nor decoded.
   */
  protection?: PayloadProtection | undefined;
  /**
   * How long a hole in a producer's chain may stay open before it is reported as a gap: a
   * failover can store a chain out of order, which is not loss (see ChainTracker).
   */
  gapWindowMs?: number;
  gapWindowMessages?: number;
  /** Ids already handled (the last 100,000 in memory by default). */
  seen?: SeenIds;
  /** Clock for expiry checks. */
  now?: () => Date;
}

/**
 * The one acceptance step for a delivered message, shared by every path that hands stored
 * traffic to a handler (the live consumer, an operator's re-delivery): verify the envelope
 * against the registry and its arrival subject (signature, key window and revocation, origin,
 * status, route, marking and recipients) → note its place in the producer's chain → check
 * expiry → open TLP:RED with this organisation's keys → decode with its contract (rules
 * checked). Verification may run ahead of order (it is pure); everything after it happens in
 * delivery order, in accept(). Idempotency is through `seen`: a handled id is not handled again.
 */
export class Acceptance {
  readonly #verifier: MessageVerifier;
  /** The verifier's synchronous path (EnvelopeVerifier's, when every key is cached), if it has one. */
  readonly #verifySync: SyncVerify | undefined;
  readonly #protection: PayloadProtection | undefined;
  readonly #now: () => Date;
  /** Producer chains followed across every reader sharing this acceptance. */
  readonly chains: ChainTracker;
  readonly seen: SeenIds;
  readonly #breakListeners = new Set<(brk: ChainBreak) => void>();
  /** Set while accept() observes a link: breaks found then are that message's own. */
  #found: ChainBreak[] | undefined;

  constructor(o: AcceptanceOptions) {
    this.#verifier = o.verifier;
    const sync = (o.verifier as { verifySync?: SyncVerify }).verifySync;
    this.#verifySync = sync?.bind(o.verifier);
    this.#protection = o.protection;
    this.#now = o.now ?? (() => new Date());
    this.chains = new ChainTracker({
      onBreak: (brk) => {
        if (this.#found) this.#found.push(brk);
        else for (const l of this.#breakListeners) l(brk);
      },
      ...(o.gapWindowMs === undefined ? {} : { gapWindowMs: o.gapWindowMs }),
      ...(o.gapWindowMessages === undefined ? {} : { gapWindowMessages: o.gapWindowMessages }),
    });
    this.seen = o.seen ?? new RecentIds();
  }

  /**
   * Breaks that come due later than the message that revealed them (a hole outliving its
   * window, a reported gap closing): every reader sharing this acceptance hears them (a
   * Consumer reports those on its own status's subjects).
   */
  onChainBreak(listener: (brk: ChainBreak) => void): () => void {
    this.#breakListeners.add(listener);
    return () => this.#breakListeners.delete(listener);
  }

  /**
   * Verifies, at once when the verifier has every key it needs in hand (the common case: no
   * promise per message), else through the registry. Never throws or rejects: a failure is
   * the verdict, taken in accept().
   */
  verify(a: Pick<Arrival, "data" | "subject" | "storedAt">): Verification | Promise<Verification> {
    const ctx = { subject: a.subject, storedAt: a.storedAt };
    try {
      const verified = this.#verifySync?.(a.data, ctx);
      if (verified) return { ok: true, verified };
    } catch (err) {
      return { ok: false, err };
    }
    try {
      return this.#verifier.verify(a.data, ctx).then(
        (verified) => ({ ok: true as const, verified }),
        (err: unknown) => ({ ok: false as const, err }),
      );
    } catch (err) {
      return Promise.resolve({ ok: false, err });
    }
  }

  /**
   * The rest of the step, in delivery order: throws the TongbaoError that decides the
   * message's fate (its `retryable` flag: redeliver, or quarantine).
   */
  accept(a: Arrival, stream: string, verification: Verification): Accepted {
    // A failure that is not a verdict on the message (e.g. the registry cannot be read) is
    // worth another try.
    if (!verification.ok) throw toTongbaoError(verification.err, "TB_ERR_UNAVAILABLE");
    const { verified } = verification;
    const { header, payloadBytes, digest } = verified;
    const found: ChainBreak[] = [];
    this.#found = found;
    try {
      this.chains.observe({
        producerId: header.producerId,
        subject: a.subject,
        seq: Number(header.producerSeq),
        prevDigest: header.prevDigest,
        digest,
        messageId: header.id,
      });
    } finally {
      this.#found = undefined;
    }
    // Breaks this link revealed at once (a fork, a gap beyond its window); any others go to
    // the listeners.
    const [chainBreak, ...more] = found;
    for (const brk of more) for (const l of this.#breakListeners) l(brk);
    // An unset expiry decodes as null; a zero Timestamp is taken as unset too.
    const expires = timestampMs(header.expires) || undefined;
    if (expires !== undefined && expires <= this.#now().getTime()) {
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
    if (this.#protection) clear = this.#protection.open(payloadBytes, header);
    else if (header.marking?.tlp === TLP_RED) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `message ${header.id} is TLP:RED, encrypted to its recipients, and this reader has no payload protection to open it`,
        { path: "protection" },
      );
    }
    const payload = clear === undefined ? undefined : contract.decode(clear);
    const message: DeliveredMessage = {
      id: header.id,
      type: header.type,
      source: header.source,
      header,
      payload,
      payloadBytes,
      envelope: a.data,
      digest,
      keyId: verified.key.keyId,
      subject: a.subject,
      stream,
      streamSeq: a.seq,
      storedAt: a.storedAt,
      deliveryCount: a.deliveryCount,
      ...(a.trace ? { trace: a.trace } : {}),
      ...(clear === undefined ? { sealed: true as const } : {}),
    };
    return { message, chainBreak };
  }

  /**
   * Ends a batch handed over out of the live flow (an operator's re-delivery): the holes it
   * left in chains on `subjects` are reported now, as they stand, instead of once their
   * window runs out, since the batch is all that is coming. Returns those breaks, which the
   * listeners do not hear (like those accept() returns).
   */
  settle(subjects: ReadonlySet<string>): ChainBreak[] {
    const found: ChainBreak[] = [];
    this.#found = found;
    try {
      this.chains.flush(subjects);
    } finally {
      this.#found = undefined;
    }
    return found;
  }

  /** Verifies and accepts one arrival now (a path that takes messages one by one). */
  async take(a: Arrival, stream: string): Promise<Accepted> {
    return this.accept(a, stream, await this.verify(a));
  }
}
