import { EventEmitter } from "node:events";
import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { DeadLetterFile } from "./dead-letter.js";
import { Delivery } from "./delivery.js";
import { OutboxJournal } from "./journal.js";
import { validateRecords } from "./record-validation.js";
import type {
  ChainState,
  ConnectionStatusSource,
  OutboxEvents,
  OutboxOptions,
  OutboxRecord,
  OutboxStats,
} from "./types.js";

const STATS_INTERVAL_MS = 100;
const CLOSE_WAIT_MS = 10_000;

/**
 * The publisher's durable local outbox. `enqueue()` resolves only once the records are
 * fdatasync'ed in the journal; from then on they are sent whenever the bus can be reached and
 * leave the outbox only on the stream's PubAck (or, if the stream refuses them for good, via
 * the dead-letter file). After a crash, `open()` on the same directory picks up every record
 * that was not acknowledged and sends it again; `Nats-Msg-Id` makes the stream store it once.
 */
export class Outbox {
  readonly #journal: OutboxJournal;
  readonly #delivery: Delivery;
  readonly #deadLetters: DeadLetterFile;
  readonly #log: Logger;
  readonly #events = new EventEmitter();
  #statsTimer: NodeJS.Timeout | undefined;
  #drainWaiters: { resolve: () => void; reject: (err: Error) => void }[] = [];
  #status: AsyncIterable<{ type: string }> | undefined;
  #closing: Promise<void> | undefined;

  private constructor(journal: OutboxJournal, opts: OutboxOptions, log: Logger) {
    this.#journal = journal;
    this.#log = log;
    this.#deadLetters = DeadLetterFile.inDir(opts.dir);
    this.#delivery = new Delivery({
      journal,
      send: opts.send,
      deadLetters: this.#deadLetters,
      maxInFlight: opts.maxInFlight ?? 1024,
      maxInFlightBytes: opts.maxInFlightBytes ?? 16 * 1024 * 1024,
      retryInitialMs: opts.retryInitialMs ?? 100,
      retryMaxMs: opts.retryMaxMs ?? 5_000,
      logger: log,
      onChange: () => this.#changed(),
      onDeadLetter: (letter) => this.#events.emit("dead-letter", letter),
    });
  }

  /** Opens the outbox in `opts.dir` and starts sending whatever it still holds. */
  static async open(opts: OutboxOptions): Promise<Outbox> {
    checkOptions(opts);
    const log = (opts.logger ?? pino({ level: "silent" })).child({ component: "outbox" });
    const journal = await OutboxJournal.open(opts.dir, {
      ...(opts.segmentBytes === undefined ? {} : { segmentBytes: opts.segmentBytes }),
      ...(opts.maxResidentBytes === undefined ? {} : { maxResidentBytes: opts.maxResidentBytes }),
      logger: log,
    });
    const outbox = new Outbox(journal, opts, log);
    if (journal.pendingCount > 0) {
      log.info(
        { pending: journal.pendingCount, bytes: journal.pendingBytes },
        "outbox reopened with records not yet acknowledged by the stream; resending them",
      );
    }
    if (opts.connection) outbox.#watch(opts.connection);
    outbox.#delivery.admit(journal.pending());
    return outbox;
  }

  /**
   * Stores records durably; resolves once they are on disk (fdatasync'ed). Calls that arrive
   * while a sync is under way share the next one (group commit), so batching is automatic.
   */
  async enqueue(records: readonly OutboxRecord[]): Promise<void> {
    if (this.#closing) {
      throw new TongbaoError("TB_ERR_OUTBOX", "the outbox is closed: nothing was accepted", {
        retryable: false,
      });
    }
    validateRecords(records);
    if (records.length === 0) return;
    const entries = await this.#journal.append(records);
    if (this.#closing) return; // durable: the next open sends them
    this.#delivery.admit(entries);
    this.#changed();
  }

  stats(): OutboxStats {
    const oldest = this.#journal.oldest();
    const d = this.#delivery;
    return {
      pending: this.#journal.pendingCount,
      inFlight: d.inFlight,
      bytes: this.#journal.pendingBytes,
      oldestAgeMs: oldest ? Math.max(0, Date.now() - oldest.enqueuedAt) : 0,
      sent: d.sent,
      duplicates: d.duplicates,
      retries: d.retries,
      failedPermanently: d.failedPermanently,
      connected: d.up,
    };
  }

  /** Latest `meta` per subject over every record ever enqueued here, across restarts. */
  chainState(): ChainState {
    return this.#journal.chainState();
  }

  /** Journal segment files on disk, oldest first (for operators and tests). */
  segments(): number[] {
    return this.#journal.segmentIds();
  }

  /** Subscribes to `stats` (at most every 100 ms, when something changed) or `dead-letter`. */
  on<E extends keyof OutboxEvents>(event: E, listener: OutboxEvents[E]): () => void {
    this.#events.on(event, listener);
    return () => this.#events.off(event, listener);
  }

  /** Resolves when every enqueued record has been acknowledged (or dead-lettered). */
  drain(timeoutMs = 30_000): Promise<void> {
    if (this.#journal.pendingCount === 0) return Promise.resolve();
    if (this.#closing) return Promise.reject(closedBeforeDrain(this.#journal.pendingCount));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#drainWaiters = this.#drainWaiters.filter((w) => w !== waiter);
        const { pending, inFlight } = this.stats();
        reject(
          new TongbaoError(
            "TB_ERR_TIMEOUT",
            `outbox still holds ${pending} records (${inFlight} in flight) after ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      const waiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err: Error) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.#drainWaiters.push(waiter);
    });
  }

  /**
   * Stops sending, lets sends in flight finish (up to 10 s), writes outstanding
   * acknowledgements and closes the files. Records not yet acknowledged stay in the journal
   * for the next open.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    const status = this.#status;
    if (status && "stop" in status && typeof status.stop === "function") status.stop();
    clearTimeout(this.#statsTimer);
    await this.#delivery.stop(CLOSE_WAIT_MS);
    await this.#deadLetters.close();
    await this.#journal.close();
    const pending = this.#journal.pendingCount;
    for (const w of this.#drainWaiters.splice(0)) w.reject(closedBeforeDrain(pending));
    this.#log.debug({ pending }, "outbox closed");
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #changed(): void {
    if (this.#journal.pendingCount === 0 && this.#drainWaiters.length > 0) {
      for (const w of this.#drainWaiters.splice(0)) w.resolve();
    }
    if (this.#statsTimer || this.#closing || this.#events.listenerCount("stats") === 0) return;
    this.#statsTimer = setTimeout(() => {
      this.#statsTimer = undefined;
      this.#events.emit("stats", this.stats());
    }, STATS_INTERVAL_MS);
  }

  #watch(connection: ConnectionStatusSource): void {
    const status = connection.status();
    this.#status = status;
    void (async () => {
      try {
        for await (const s of status) {
          if (this.#closing) break;
          if (s.type === "disconnect") this.#delivery.onDisconnect();
          else if (s.type === "reconnect") this.#delivery.onReconnect();
        }
      } catch (err) {
        this.#log.debug({ err }, "connection status stream ended");
      }
    })();
  }
}

function closedBeforeDrain(pending: number): TongbaoError {
  return new TongbaoError(
    "TB_ERR_OUTBOX",
    `the outbox was closed with ${pending} records still pending`,
    { retryable: false },
  );
}

function checkOptions(opts: OutboxOptions): void {
  const bad = (path: string, why: string) =>
    new TongbaoError("TB_ERR_CONFIG", `outbox option ${path} ${why}`, { path });
  if (typeof opts.dir !== "string" || opts.dir === "") throw bad("dir", "must be a directory path");
  if (typeof opts.send !== "function") throw bad("send", "must be a function");
  const positive = {
    segmentBytes: opts.segmentBytes,
    maxInFlight: opts.maxInFlight,
    maxInFlightBytes: opts.maxInFlightBytes,
    maxResidentBytes: opts.maxResidentBytes,
    retryInitialMs: opts.retryInitialMs,
    retryMaxMs: opts.retryMaxMs,
  };
  for (const [key, value] of Object.entries(positive)) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      throw bad(key, `must be a positive number, got ${String(value)}`);
    }
  }
  if (opts.segmentBytes !== undefined && opts.segmentBytes < 4096) {
    throw bad("segmentBytes", "must be at least 4096");
  }
}
