import { isTongbaoError, toTongbaoError } from "@tongbao/errors";
import { ChainTracker, type ChainBreak } from "../consumer/chain-tracker.js";
import type { VerifiedEnvelope } from "../envelope/mod.js";
import type { StoredMessage } from "./ordered-reader.js";
import type { ReplayFailure, ReplayProgress, ReplaySummary, ReplayedMessage } from "./types.js";

const MAX_LISTED = 1_000;

/**
 * The running account of a replay: progress counters, failures with their stream sequence,
 * and the breaks found in producer chains (over every verified message, filtered or not,
 * since chains run per subject whatever the filter keeps).
 */
export class ReplayTally {
  readonly progress: ReplayProgress;
  readonly failures: ReplayFailure[] = [];
  readonly gaps: ChainBreak[] = [];
  #gapCount = 0;
  #firstSeq = 0;
  // A replay reads the stream's own order: a gap is one the rest of the stream (up to the
  // message window) does not fill, whatever the clock says.
  readonly #chains = new ChainTracker({
    gapWindowMs: Infinity,
    onBreak: (brk) => {
      if (brk.kind === "gap-closed") return;
      this.#gapCount++;
      if (this.gaps.length < MAX_LISTED) this.gaps.push(brk);
    },
  });
  readonly #started = Date.now();
  #lastReport = Date.now();

  constructor(
    endSeq: number,
    private readonly onProgress: ((p: ReplayProgress) => void) | undefined,
    private readonly intervalMs: number,
    private readonly warn: (err: unknown) => void,
  ) {
    this.progress = {
      scanned: 0,
      matched: 0,
      verified: 0,
      failed: 0,
      lastSeq: 0,
      endSeq,
      elapsedMs: 0,
    };
  }

  scanned(seq: number): void {
    this.#firstSeq ||= seq;
    this.progress.scanned++;
    this.progress.lastSeq = seq;
  }

  /**
   * Called once the message last scanned has been verified or failed: a report taken in
   * between would show it read but not yet verified ("verified" one behind "read").
   */
  settled(): void {
    if ((this.progress.scanned & 1023) === 0 && Date.now() - this.#lastReport >= this.intervalMs) {
      this.#lastReport = Date.now();
      this.report();
    }
  }

  /** Ranges verified by their checkpoint, and the messages in them. */
  #checkpoints = 0;
  #checkpointed = 0;

  checkpointed(c: { size: number }): void {
    this.#checkpoints++;
    this.#checkpointed += c.size;
  }

  /** A verified message; `checkpoint` is the index of the checkpoint that stood for its signature. */
  verified(m: StoredMessage, v: VerifiedEnvelope, checkpoint?: number): ReplayedMessage {
    this.progress.verified++;
    this.#chains.observe({
      producerId: v.header.producerId,
      subject: m.subject,
      seq: Number(v.header.producerSeq),
      prevDigest: v.header.prevDigest,
      digest: v.digest,
      messageId: v.header.id,
    });
    return {
      seq: m.seq,
      subject: m.subject,
      storedAt: m.storedAt,
      data: m.data,
      header: v.header,
      payloadBytes: v.payloadBytes,
      verified: true,
      keyId: v.key.keyId,
      digest: v.digest,
      ...(checkpoint === undefined ? {} : { checkpoint }),
    };
  }

  failed(m: { seq: number; subject: string }, err: unknown): void {
    this.progress.failed++;
    if (this.failures.length >= MAX_LISTED) return;
    const e = isTongbaoError(err) ? err : toTongbaoError(err, "TB_ERR_INTERNAL");
    this.failures.push({ seq: m.seq, subject: m.subject, code: e.code, message: e.message });
  }

  failedWith(m: { seq: number; subject: string }, code: string, message: string): void {
    this.progress.failed++;
    if (this.failures.length < MAX_LISTED)
      this.failures.push({ seq: m.seq, subject: m.subject, code, message });
  }

  matched(): void {
    this.progress.matched++;
  }

  report(): void {
    this.progress.elapsedMs = Date.now() - this.#started;
    try {
      this.onProgress?.({ ...this.progress });
    } catch (err) {
      this.warn(err);
    }
  }

  summary(stream: string, complete: boolean, auditSeq: number): ReplaySummary {
    this.#chains.flush();
    return {
      ...this.progress,
      stream,
      firstSeq: this.#firstSeq,
      failures: this.failures,
      gaps: this.gaps,
      gapCount: this.#gapCount,
      checkpoints: this.#checkpoints,
      checkpointed: this.#checkpointed,
      complete,
      auditSeq,
    };
  }
}
