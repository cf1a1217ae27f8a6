import { toTongbaoError, type TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import type { DeadLetterFile } from "./dead-letter.js";
import type { JournalEntry } from "./journal-entry.js";
import type { OutboxJournal } from "./journal.js";
import { retryDelay } from "./retry-backoff.js";
import { FreshQueue, RetryQueue, type SendItem } from "./send-queue.js";
import type { DeadLetter, OutboxRecord, OutboxSender, SendResult } from "./types.js";

/** Consecutive failed sends after which the bus counts as unreachable. */
const DOWN_AFTER_FAILURES = 3;
/** Payload bytes read back from disk at once when the records to send are not in memory. */
const LOAD_AHEAD_BYTES = 4 * 1024 * 1024;

export interface DeliveryOptions {
  journal: OutboxJournal;
  send: OutboxSender;
  deadLetters: DeadLetterFile;
  maxInFlight: number;
  maxInFlightBytes: number;
  retryInitialMs: number;
  retryMaxMs: number;
  logger: Logger;
  onChange: () => void;
  onDeadLetter: (letter: DeadLetter) => void;
}

/**
 * Sends durable records to the bus and acknowledges them in the journal on the stream's ack.
 *
 * While the bus is up, many sends are in flight at once (bounded by count and bytes), oldest
 * due retries first, then new records in order. A failed send is retried with exponential
 * backoff and jitter, per record, so one record that keeps failing does not hold up the rest.
 * After a few failures in a row (or on a disconnect) the bus counts as down: then one probe at
 * a time goes out, spaced by the same backoff, and the first success reopens the full window.
 * A permanent refusal moves the record to the dead-letter file. Nothing is ever dropped.
 */
export class Delivery {
  readonly #o: DeliveryOptions;
  readonly #fresh = new FreshQueue();
  readonly #retry = new RetryQueue();
  #inFlight = 0;
  #windowCount = 0;
  #windowBytes = 0;
  /** Bumped when the bus comes back: sends from before no longer count against the window. */
  #epoch = 0;
  #up = true;
  #failStreak = 0;
  #probeAttempt = 0;
  #probeDue = false;
  #probeInFlight = false;
  #probeTimer: NodeJS.Timeout | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #retryTimerAt = Infinity;
  #loading = false;
  #stopped = false;
  readonly #deadLettering = new Set<Promise<void>>();
  #idleWaiters: (() => void)[] = [];
  sent = 0;
  duplicates = 0;
  retries = 0;
  failedPermanently = 0;

  constructor(opts: DeliveryOptions) {
    this.#o = opts;
  }

  get inFlight(): number {
    return this.#inFlight;
  }
  get up(): boolean {
    return this.#up;
  }

  /** Hands durable records (in sequence order) over for sending. */
  admit(entries: Iterable<JournalEntry>): void {
    for (const entry of entries) this.#fresh.push(entry);
    this.#pump();
  }

  /** The connection dropped: stop filling the window, probe until it is back. */
  onDisconnect(): void {
    this.#markDown("connection to NATS lost");
  }

  /** The connection is back: retry at once instead of waiting out backoffs. */
  onReconnect(): void {
    this.#retry.dueNow(Date.now());
    if (!this.#up) {
      clearTimeout(this.#probeTimer);
      this.#probeTimer = undefined;
      this.#probeAttempt = 0;
      this.#probeDue = true;
    }
    this.#pump();
  }

  /** Stops sending; waits (at most `timeoutMs`) for sends in flight and dead-letter writes. */
  async stop(timeoutMs: number): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#probeTimer);
    clearTimeout(this.#retryTimer);
    if (this.#inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.#idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await Promise.allSettled([...this.#deadLettering]);
  }

  #pump(): void {
    if (this.#stopped || this.#loading) return;
    const now = Date.now();
    if (!this.#up) {
      this.#probe(now);
      return;
    }
    let retryReady = this.#retry.length > 0;
    while (
      this.#windowCount < this.#o.maxInFlight &&
      this.#windowBytes < this.#o.maxInFlightBytes
    ) {
      let item = retryReady ? this.#retry.takeDue(now) : undefined;
      if (!item) {
        retryReady = false;
        const entry = this.#fresh.shift();
        if (!entry) break;
        item = { entry, attempts: 0, retryAt: 0 };
      }
      if (item.entry.record === undefined) {
        this.#giveBack(item);
        this.#loadAhead();
        return;
      }
      this.#send(item, false);
    }
    this.#armRetryTimer(now);
  }

  #probe(now: number): void {
    if (!this.#probeDue || this.#probeInFlight) return;
    // A record that never failed is the best test of the bus: a retry may fail on its own.
    const fresh = this.#fresh.shift();
    const item: SendItem | undefined = fresh
      ? { entry: fresh, attempts: 0, retryAt: 0 }
      : this.#retry.takeDue(Infinity);
    if (!item) return;
    if (item.entry.record === undefined) {
      this.#giveBack(item);
      this.#loadAhead();
      return;
    }
    this.#probeDue = false;
    this.#send(item, true);
    this.#armRetryTimer(now);
  }

  #giveBack(item: SendItem): void {
    if (item.attempts === 0) this.#fresh.unshift(item.entry);
    else this.#retry.insert(item);
  }

  /** Reads the next records to send back from disk, in one go, then resumes. */
  #loadAhead(): void {
    if (this.#loading) return;
    const wanted: JournalEntry[] = [];
    let bytes = 0;
    for (const item of this.#retry.head(this.#o.maxInFlight)) {
      if (item.entry.record === undefined) wanted.push(item.entry);
    }
    const limit = Math.min(this.#fresh.length, this.#o.maxInFlight * 4);
    for (let i = 0; i < limit && bytes < LOAD_AHEAD_BYTES; i++) {
      const entry = this.#fresh.peek(i) as JournalEntry;
      if (entry.record === undefined) {
        wanted.push(entry);
        bytes += entry.dataBytes;
      }
    }
    this.#loading = true;
    this.#o.journal.load(wanted).then(
      () => {
        this.#loading = false;
        this.#pump();
      },
      (err: unknown) => {
        this.#o.logger.error({ err }, "cannot read pending records back from the outbox journal");
        setTimeout(() => {
          this.#loading = false;
          this.#pump();
        }, this.#o.retryMaxMs).unref();
      },
    );
  }

  #send(item: SendItem, probe: boolean): void {
    const entry = item.entry;
    const epoch = this.#epoch;
    this.#inFlight++;
    if (probe) this.#probeInFlight = true;
    else {
      this.#windowCount++;
      this.#windowBytes += entry.dataBytes;
    }
    let result: Promise<SendResult>;
    try {
      result = this.#o.send(entry.record as OutboxRecord);
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      (res) => this.#sent(item, epoch, probe, res),
      (err: unknown) => this.#failed(item, epoch, probe, err),
    );
  }

  #settle(item: SendItem, epoch: number, probe: boolean): void {
    this.#inFlight--;
    if (probe) this.#probeInFlight = false;
    else if (epoch === this.#epoch) {
      this.#windowCount--;
      this.#windowBytes -= item.entry.dataBytes;
    }
  }

  #sent(item: SendItem, epoch: number, probe: boolean, res: SendResult): void {
    this.#settle(item, epoch, probe);
    this.#o.journal.ack(item.entry);
    this.sent++;
    if (res.duplicate) this.duplicates++;
    this.#failStreak = 0;
    if (!this.#up) this.#markUp();
    this.#afterSettle();
  }

  #failed(item: SendItem, epoch: number, probe: boolean, err: unknown): void {
    this.#settle(item, epoch, probe);
    const error = toTongbaoError(err, "TB_ERR_UNAVAILABLE");
    if (!error.retryable) {
      // After stop the record simply stays in the journal and is refused again next time.
      if (!this.#stopped) this.#deadLetter(item, error);
      this.#afterSettle();
      return;
    }
    this.retries++;
    const attempts = item.attempts + 1;
    const delay = retryDelay(attempts, this.#o.retryInitialMs, this.#o.retryMaxMs);
    this.#retry.insert({ entry: item.entry, attempts, retryAt: Date.now() + delay });
    this.#failStreak++;
    this.#o.logger.debug(
      { seq: item.entry.seq, attempts, code: error.code, err: error.message },
      "outbox send failed; will retry",
    );
    if (probe) {
      this.#probeAttempt++;
      this.#armProbe();
    } else if (this.#failStreak >= DOWN_AFTER_FAILURES) {
      this.#markDown(error.message);
    }
    this.#afterSettle();
  }

  #afterSettle(): void {
    if (this.#inFlight === 0 && this.#idleWaiters.length > 0) {
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const wake of waiters) wake();
    }
    this.#o.onChange();
    this.#pump();
  }

  #deadLetter(item: SendItem, error: TongbaoError): void {
    const { entry } = item;
    const record = entry.record as OutboxRecord;
    const letter: DeadLetter = {
      seq: entry.seq,
      subject: record.subject,
      msgId: record.msgId,
      ...(record.headers ? { headers: record.headers } : {}),
      ...(record.meta ? { meta: record.meta } : {}),
      data: Buffer.from(
        record.data.buffer,
        record.data.byteOffset,
        record.data.byteLength,
      ).toString("base64"),
      enqueuedAt: new Date(entry.enqueuedAt).toISOString(),
      failedAt: new Date().toISOString(),
      reason: error.toJSON(),
    };
    const written = this.#o.deadLetters.append(letter).then(
      () => {
        this.#o.journal.ack(entry);
        this.failedPermanently++;
        this.#o.logger.error(
          { seq: entry.seq, subject: record.subject, msgId: record.msgId, reason: letter.reason },
          "the stream refused a record for good; moved it to the dead-letter file",
        );
        this.#o.onDeadLetter(letter);
        this.#o.onChange();
      },
      (err: unknown) => {
        this.#o.logger.error({ err, seq: entry.seq }, "cannot write the dead-letter file");
        const retryAt = Date.now() + this.#o.retryMaxMs;
        this.#retry.insert({ entry, attempts: item.attempts + 1, retryAt });
        this.#pump();
      },
    );
    const tracked = written.finally(() => this.#deadLettering.delete(tracked));
    this.#deadLettering.add(tracked);
  }

  #markDown(reason: string): void {
    if (!this.#up) return;
    this.#up = false;
    this.#probeAttempt = 0;
    this.#probeDue = false;
    this.#o.logger.warn(
      { reason, pending: this.#o.journal.pendingCount },
      "bus unreachable: records stay in the outbox while it is probed",
    );
    this.#armProbe();
    this.#o.onChange();
  }

  #markUp(): void {
    this.#up = true;
    clearTimeout(this.#probeTimer);
    this.#probeTimer = undefined;
    this.#probeDue = false;
    this.#epoch++;
    this.#windowCount = 0;
    this.#windowBytes = 0;
    this.#retry.dueNow(Date.now());
    this.#o.logger.info(
      { pending: this.#o.journal.pendingCount },
      "bus reachable again: sending the outbox backlog",
    );
  }

  #armProbe(): void {
    if (this.#stopped) return;
    clearTimeout(this.#probeTimer);
    const delay = retryDelay(this.#probeAttempt + 1, this.#o.retryInitialMs, this.#o.retryMaxMs);
    this.#probeTimer = setTimeout(() => {
      this.#probeTimer = undefined;
      this.#probeDue = true;
      this.#pump();
    }, delay);
  }

  #armRetryTimer(now: number): void {
    if (!this.#up || this.#retry.length === 0 || this.#stopped) return;
    const due = this.#retry.nextDue() ?? Infinity;
    if (due <= now || (this.#retryTimer && this.#retryTimerAt <= due)) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimerAt = due;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#retryTimerAt = Infinity;
      this.#pump();
    }, due - now);
  }
}
