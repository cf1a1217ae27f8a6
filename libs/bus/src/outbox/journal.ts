import { mkdir, open, unlink, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { writeChainSnapshot } from "./chain-snapshot.js";
import { lockDirectory } from "./directory-lock.js";
import type { JournalEntry, SegmentState } from "./journal-entry.js";
import { applyChainMeta, recoverJournal } from "./journal-recovery.js";
import { encodeAcks, encodePuts, putRecordBytes } from "./record-codec.js";
import { loadRecords } from "./record-loader.js";
import { createSegment, SEGMENT_HEADER_BYTES, segmentName, syncDir } from "./segment-files.js";
import type { ChainEntry, ChainState, OutboxRecord } from "./types.js";

export interface JournalOptions {
  segmentBytes?: number;
  maxResidentBytes?: number;
  /** How long acknowledgements may wait before being written on their own (50 ms). */
  ackFlushMs?: number;
  logger?: Logger;
}

/** Encoded PUTs waiting for the next group commit, with whom to tell when durable. */
interface PendingWrite {
  /** The records' bytes in file order, as one writev takes them (see encodePuts). */
  pieces: Uint8Array[];
  length: number;
  offsets: number[];
  entries: JournalEntry[];
  /** Copies made by compaction of entries already in the index. */
  rewrite: boolean;
  resolve: (entries: JournalEntry[]) => void;
  reject: (err: unknown) => void;
  /** Where the buffer went: a buffer never straddles two segments. */
  segment?: SegmentState;
  position?: number;
}

/**
 * The outbox's append-only journal: segment files of length-prefixed, CRC-checked records.
 * PUTs are made durable by group commit: every append that arrives while a write+fdatasync is
 * under way joins the next one, so the cost of a sync is shared by all the records behind
 * it. ACKs are written lazily and without a sync of their own: a lost ACK only means a resend
 * after a crash, which the stream deduplicates by `Nats-Msg-Id`.
 */
export class OutboxJournal {
  readonly #dir: string;
  readonly #segmentBytes: number;
  readonly #maxResident: number;
  readonly #ackFlushMs: number;
  readonly #log: Logger;
  readonly #segments: SegmentState[];
  readonly #byId = new Map<number, SegmentState>();
  readonly #index: Map<number, JournalEntry>;
  readonly #chains: Map<string, ChainEntry>;
  #chainsDirty = false;
  #nextSeq: number;
  #residentBytes: number;
  #pendingBytes = 0;
  #active: SegmentState;
  #handle: FileHandle;
  #queue: PendingWrite[] = [];
  #acks: number[] = [];
  #ackTimer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;
  #flushRunning = false;
  #maintenance: Promise<unknown> = Promise.resolve();
  #compactionScheduled = false;
  #failure: TongbaoError | undefined;
  #closed = false;
  #syncs = 0;
  #unlock: () => Promise<void> = async () => {};

  private constructor(
    dir: string,
    opts: Required<JournalOptions>,
    state: Awaited<ReturnType<typeof recoverJournal>>,
    active: SegmentState,
    handle: FileHandle,
  ) {
    this.#dir = dir;
    this.#segmentBytes = opts.segmentBytes;
    this.#maxResident = opts.maxResidentBytes;
    this.#ackFlushMs = opts.ackFlushMs;
    this.#log = opts.logger;
    this.#segments = state.segments;
    for (const seg of this.#segments) this.#byId.set(seg.id, seg);
    this.#index = state.index;
    for (const e of this.#index.values()) this.#pendingBytes += e.dataBytes;
    this.#chains = state.chains;
    // Meta recovered from segments is not in chains.json yet: snapshot before any deletion.
    this.#chainsDirty = this.#chains.size > 0;
    this.#nextSeq = state.nextSeq;
    this.#residentBytes = state.residentBytes;
    this.#active = active;
    this.#handle = handle;
  }

  /** Opens (or creates) the journal in `dir`, rebuilding the un-acknowledged records. */
  static async open(dir: string, opts: JournalOptions = {}): Promise<OutboxJournal> {
    const full: Required<JournalOptions> = {
      segmentBytes: opts.segmentBytes ?? 64 * 1024 * 1024,
      maxResidentBytes: opts.maxResidentBytes ?? 64 * 1024 * 1024,
      ackFlushMs: opts.ackFlushMs ?? 50,
      logger: opts.logger ?? pino({ level: "silent" }),
    };
    await mkdir(dir, { recursive: true });
    const unlock = await lockDirectory(dir);
    try {
      const state = await recoverJournal(dir, full.maxResidentBytes, full.logger);
      let active = state.segments[state.segments.length - 1];
      let handle: FileHandle;
      if (active) {
        handle = await open(join(dir, segmentName(active.id)), "r+");
      } else {
        active = { id: 1, live: 0, liveBytes: 0, size: SEGMENT_HEADER_BYTES };
        handle = await createSegment(dir, active.id, state.nextSeq);
        state.segments.push(active);
      }
      const journal = new OutboxJournal(dir, full, state, active, handle);
      journal.#unlock = unlock;
      journal.#scheduleCompaction();
      return journal;
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  get dir(): string {
    return this.#dir;
  }
  /** Un-acknowledged records, in sequence order. */
  pending(): IterableIterator<JournalEntry> {
    return this.#index.values();
  }
  get pendingCount(): number {
    return this.#index.size;
  }
  get pendingBytes(): number {
    return this.#pendingBytes;
  }
  /** The un-acknowledged record with the lowest sequence. */
  oldest(): JournalEntry | undefined {
    return this.#index.values().next().value;
  }
  /** Segment ids on disk, oldest first. */
  segmentIds(): number[] {
    return this.#segments.map((s) => s.id);
  }
  /** fdatasync calls made for PUTs so far: far fewer than appends, thanks to group commit. */
  get syncs(): number {
    return this.#syncs;
  }
  chainState(): ChainState {
    return new Map(this.#chains);
  }

  /** Appends PUTs; resolves with their entries once they are on disk and fdatasync'ed. */
  append(records: readonly OutboxRecord[]): Promise<JournalEntry[]> {
    if (this.#closed) return Promise.reject(closedError());
    if (this.#failure) return Promise.reject(this.#failure);
    const now = Date.now();
    const entries: JournalEntry[] = [];
    for (const record of records) {
      entries.push({
        seq: this.#nextSeq++,
        enqueuedAt: now,
        dataBytes: record.data.byteLength,
        record,
        segment: -1,
        offset: 0,
        length: putRecordBytes(record),
        acked: false,
      });
    }
    const { pieces, length, offsets } = encodePuts(entries);
    return new Promise<JournalEntry[]>((resolve, reject) => {
      this.#queue.push({ pieces, length, offsets, entries, rewrite: false, resolve, reject });
      this.#kick();
    });
  }

  /** Marks a record acknowledged. Written lazily; frees its memory and maybe its segment. */
  ack(entry: JournalEntry): void {
    if (entry.acked) return;
    entry.acked = true;
    if (!this.#index.delete(entry.seq)) return;
    this.#pendingBytes -= entry.dataBytes;
    if (entry.record) this.#residentBytes -= entry.dataBytes;
    entry.record = undefined;
    const seg = this.#byId.get(entry.segment);
    if (seg) {
      seg.live--;
      seg.liveBytes -= entry.length;
      if (seg.live === 0 && seg !== this.#active) this.#scheduleCompaction();
    }
    // After close nothing more is written: an ACK lost here means one deduplicated resend.
    if (this.#closed) return;
    this.#acks.push(entry.seq);
    if (!this.#ackTimer) {
      this.#ackTimer = setTimeout(() => {
        this.#ackTimer = undefined;
        this.#kick(true);
      }, this.#ackFlushMs);
    }
  }

  /** Brings records held only on disk back into memory (for sending). */
  load(entries: readonly JournalEntry[]): Promise<void> {
    return this.#exclusive(async () => {
      this.#residentBytes += await loadRecords(this.#dir, entries);
    });
  }

  /** Payload bytes of pending records currently held in memory. */
  get residentBytes(): number {
    return this.#residentBytes;
  }

  /** Writes every queued PUT and ACK durably, then closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#ackTimer);
    this.#ackTimer = undefined;
    await this.#maintenance.catch(() => undefined);
    this.#kick(true);
    await this.#flushing?.catch(() => undefined);
    if (!this.#failure) await this.#handle.datasync().catch(() => undefined);
    await this.#handle.close();
    await this.#unlock();
  }

  /** Starts a group commit unless one is running (it will pick up what is queued). */
  #kick(withAcks = false): void {
    if (this.#flushRunning || this.#failure) return;
    if (this.#queue.length === 0 && !(withAcks && this.#acks.length > 0)) return;
    this.#flushRunning = true;
    this.#flushing = this.#flushLoop();
  }

  async #flushLoop(): Promise<void> {
    try {
      while (this.#queue.length > 0 || (this.#closed && this.#acks.length > 0) || this.#ackDue()) {
        const batch = this.#queue;
        this.#queue = [];
        const acks = this.#acks;
        this.#acks = [];
        try {
          await this.#write(batch, acks);
        } catch (err) {
          this.#fail(err, batch);
          return;
        }
        for (const w of batch) w.resolve(w.entries);
      }
    } finally {
      // Reset in the same step as the last queue check, so no append can slip in between.
      this.#flushRunning = false;
    }
  }

  #fail(err: unknown, batch: PendingWrite[]): void {
    this.#failure = new TongbaoError(
      "TB_ERR_OUTBOX",
      `outbox journal write failed in ${this.#dir}: ${(err as Error).message}`,
      { cause: err },
    );
    this.#log.error({ err }, "outbox journal write failed; the outbox must be reopened");
    for (const w of [...batch, ...this.#queue]) w.reject(this.#failure);
    this.#queue = [];
  }

  #ackDue(): boolean {
    return this.#acks.length > 0 && this.#ackTimer === undefined;
  }

  async #write(batch: PendingWrite[], acks: number[]): Promise<void> {
    let bufs: Uint8Array[] = [];
    let start = this.#active.size;
    let pos = start;
    for (const w of batch) {
      if (pos > SEGMENT_HEADER_BYTES && pos + w.length > this.#segmentBytes) {
        await this.#writeAt(bufs, start, pos - start);
        await this.#sync();
        await this.#roll();
        bufs = [];
        start = pos = this.#active.size;
      }
      for (const piece of w.pieces) bufs.push(piece);
      w.segment = this.#active;
      w.position = pos;
      pos += w.length;
    }
    // ACKs always follow the PUTs they acknowledge, so replay in file order is correct.
    if (acks.length > 0) {
      const buf = encodeAcks(acks);
      bufs.push(buf);
      pos += buf.length;
    }
    await this.#writeAt(bufs, start, pos - start);
    if (batch.length > 0 || this.#closed) await this.#sync();
    for (const w of batch) this.#place(w);
  }

  async #sync(): Promise<void> {
    this.#syncs++;
    await this.#handle.datasync();
  }

  async #writeAt(bufs: Uint8Array[], position: number, length: number): Promise<void> {
    if (length === 0) return;
    const { bytesWritten } = await this.#handle.writev(bufs, position);
    if (bytesWritten !== length) {
      throw new Error(`short write: ${bytesWritten} of ${length} bytes`);
    }
    this.#active.size = position + length;
  }

  /** Records where durable copies now live; new entries join the index. */
  #place(w: PendingWrite): void {
    const seg = w.segment as SegmentState;
    const base = w.position as number;
    for (let i = 0; i < w.entries.length; i++) {
      const entry = w.entries[i] as JournalEntry;
      if (w.rewrite) {
        if (entry.acked) continue;
        const old = this.#byId.get(entry.segment);
        if (old) {
          old.live--;
          old.liveBytes -= entry.length;
        }
      } else {
        this.#index.set(entry.seq, entry);
        this.#pendingBytes += entry.dataBytes;
        const record = entry.record as OutboxRecord;
        if (record.meta && applyChainMeta(this.#chains, entry.seq, record)) {
          this.#chainsDirty = true;
        }
        if (this.#residentBytes + entry.dataBytes <= this.#maxResident) {
          this.#residentBytes += entry.dataBytes;
        } else {
          entry.record = undefined;
        }
      }
      entry.segment = seg.id;
      entry.offset = base + (w.offsets[i] as number);
      seg.live++;
      seg.liveBytes += entry.length;
    }
  }

  async #roll(): Promise<void> {
    const id = this.#active.id + 1;
    const handle = await createSegment(this.#dir, id, this.#nextSeq);
    await this.#handle.close();
    this.#handle = handle;
    this.#active = { id, live: 0, liveBytes: 0, size: SEGMENT_HEADER_BYTES };
    this.#segments.push(this.#active);
    this.#byId.set(id, this.#active);
    this.#scheduleCompaction();
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#maintenance.then(task, task);
    this.#maintenance = run.catch(() => undefined);
    return run;
  }

  #scheduleCompaction(): void {
    if (this.#compactionScheduled || this.#closed) return;
    this.#compactionScheduled = true;
    setImmediate(() => {
      this.#compactionScheduled = false;
      this.#exclusive(() => this.#compact()).catch((err: unknown) =>
        this.#log.error({ err }, "outbox journal compaction failed"),
      );
    });
  }

  /**
   * Deletes segments from the oldest on while every PUT in them is acknowledged. Only the
   * oldest may go: a younger segment can hold the ACKs of PUTs in an older one, and losing
   * those would resurrect delivered records after a restart. When a few stragglers in the
   * oldest segment are all that keep younger, fully acknowledged segments alive, they are
   * copied forward (same sequence) so the old segment can go.
   */
  async #compact(): Promise<void> {
    while (!this.#closed && this.#segments.length > 1) {
      const oldest = this.#segments[0] as SegmentState;
      if (oldest.live === 0) {
        if (this.#chainsDirty) {
          this.#chainsDirty = false;
          await writeChainSnapshot(this.#dir, this.#chains);
        }
        await unlink(join(this.#dir, segmentName(oldest.id)));
        await syncDir(this.#dir);
        this.#segments.shift();
        this.#byId.delete(oldest.id);
        this.#log.debug({ segment: oldest.id }, "deleted a fully acknowledged outbox segment");
        continue;
      }
      const next = this.#segments[1] as SegmentState;
      const pinning =
        this.#segments.length >= 3 && next.live === 0 && oldest.liveBytes * 4 <= this.#segmentBytes;
      if (!pinning) return;
      await this.#rewriteForward(oldest);
      if (oldest.live !== 0) return;
    }
  }

  async #rewriteForward(oldest: SegmentState): Promise<void> {
    const victims = [...this.#index.values()].filter((e) => e.segment === oldest.id);
    const spilled = victims.filter((e) => e.record === undefined);
    await loadRecords(this.#dir, spilled);
    // Acknowledged while loading: must not be copied after their ACK.
    const still = victims.filter((e) => !e.acked);
    if (still.length === 0) return;
    this.#log.info(
      { segment: oldest.id, records: still.length },
      "copying long-pending outbox records forward so their old segment can be deleted",
    );
    const { pieces, length, offsets } = encodePuts(still);
    for (const e of spilled) e.record = undefined;
    await new Promise<unknown>((resolve, reject) => {
      this.#queue.push({ pieces, length, offsets, entries: still, rewrite: true, resolve, reject });
      this.#kick();
    });
  }
}

function closedError(): TongbaoError {
  return new TongbaoError("TB_ERR_OUTBOX", "the outbox journal is closed", { retryable: false });
}
