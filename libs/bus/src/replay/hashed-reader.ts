import { HASH_RECORD_BYTES, NOT_HASHED } from "../envelope/envelope-hasher.js";
import type { HashedJob, HashingPool } from "./hashing-pool.js";
import type { OrderedReader, StoredMessage } from "./ordered-reader.js";
import { ownCopy } from "./own-copy.js";

/** Messages per chunk: enough that a job's round trip is small beside its hashing. */
const CHUNK_MESSAGES = 512;
/** Bytes of envelopes per chunk, unless one envelope alone is larger. */
const CHUNK_BYTES = 1024 * 1024;
/** One chunk being read by the caller, two with each worker: a worker never waits. */
const CHUNKS_PER_WORKER = 2;

class Chunk {
  readonly messages: StoredMessage[] = [];
  input = new ArrayBuffer(CHUNK_BYTES);
  ends = new ArrayBuffer(4 * CHUNK_MESSAGES);
  output = new ArrayBuffer(HASH_RECORD_BYTES * CHUNK_MESSAGES);
  /** The records, once hashed (all NOT_HASHED if the hashing thread failed). */
  records = new Uint8Array(0);
  private bytes = new Uint8Array(this.input);
  private endAt = new Int32Array(this.ends);
  private used = 0;
  /** Settles when `records` are there. */
  hashed: Promise<void> | undefined;
  done = false;
  /** The next message the caller takes. */
  next = 0;

  /** Copies `m` in; false when it does not fit (the chunk is full). */
  add(m: StoredMessage): boolean {
    const n = this.messages.length;
    const size = m.data.length;
    if (n === CHUNK_MESSAGES || (n > 0 && this.used + size > this.input.byteLength)) return false;
    if (size > this.input.byteLength) {
      this.input = new ArrayBuffer(size);
      this.bytes = new Uint8Array(this.input);
    }
    this.bytes.set(m.data, this.used);
    this.used += size;
    this.endAt[n] = this.used;
    this.messages.push(m);
    return true;
  }

  /** The buffers are back from the worker (or lost with it: then new ones). */
  hashedInto(job: HashedJob | null): void {
    if (job) {
      this.input = job.input;
      this.ends = job.ends;
      this.output = job.output;
    } else {
      this.input = new ArrayBuffer(this.input.byteLength);
      this.ends = new ArrayBuffer(4 * CHUNK_MESSAGES);
      this.output = new ArrayBuffer(HASH_RECORD_BYTES * CHUNK_MESSAGES);
      new Uint8Array(this.output).fill(NOT_HASHED);
    }
    this.bytes = new Uint8Array(this.input);
    this.endAt = new Int32Array(this.ends);
    this.records = new Uint8Array(this.output);
    this.done = true;
  }

  /** Ready without a worker: every record NOT_HASHED, the verifier hashes for itself. */
  unhashed(): void {
    this.records = new Uint8Array(this.output);
    for (let i = 0; i < this.messages.length; i++) this.records[i * HASH_RECORD_BYTES] = NOT_HASHED;
    this.hashed = Promise.resolve();
    this.done = true;
  }

  reset(): void {
    this.messages.length = 0;
    this.used = 0;
    this.hashed = undefined;
    this.done = false;
    this.next = 0;
  }
}

/**
 * An OrderedReader whose messages come with their hash records (EnvelopeHasher), computed in
 * the hashing pool's workers a few chunks ahead of the caller: the caller decodes and checks
 * one chunk while the workers hash (and check the signatures of) the next ones, each its own.
 * Chunks finish in any order; messages come out in the reader's order, since the caller takes
 * only the oldest chunk. Each `take()` sets `records` and `recordAt` to the record of the
 * message it returns. Messages in chunks count against the reader's look-ahead
 * (`hold`/`release`), so memory holds what the reader alone would, plus the chunks' copies:
 * 1 + 2 per worker chunks of at most 512 messages or 1 MiB. Chunks filled before the pool's
 * workers have loaded go out unhashed, to be hashed and checked by the caller.
 */
export class HashedReader {
  private readonly free: Chunk[] = [];
  private readonly queued: Chunk[] = [];
  private current: Chunk | undefined;
  /** A message taken from the reader that did not fit the last chunk: it opens the next. */
  private carried: StoredMessage | undefined;
  /** The records of the chunk the last message came from, and that message's offset in them. */
  records: Uint8Array = new Uint8Array(0);
  recordAt = 0;

  constructor(
    private readonly reader: OrderedReader,
    private readonly pool: HashingPool,
    /**
     * Whether a chunk from `lo` to `hi` needs the workers' signature verdicts; one that does
     * not (a checkpoint vouches for it) is handed out unhashed, to be hashed by the verifier.
     */
    private readonly needsVerdicts: (lo: number, hi: number) => boolean = () => true,
  ) {
    const chunks = 1 + CHUNKS_PER_WORKER * Math.max(1, pool.size);
    for (let i = 0; i < chunks; i++) this.free.push(new Chunk());
  }

  /** The next message if its hashes are ready, else undefined (then `ready()`). */
  take(): StoredMessage | undefined {
    if (this.free.length > 0) this.fill();
    for (;;) {
      const c = this.current;
      if (c && c.next < c.messages.length) {
        this.recordAt = c.next * HASH_RECORD_BYTES;
        const m = c.messages[c.next++]!;
        // The reader lent its bytes until released: the message gets a copy of its own, made
        // now, so that it dies young if the caller is prompt.
        m.data = ownCopy(m.data);
        this.reader.release(1);
        return m;
      }
      if (c) {
        c.reset();
        this.free.push(c);
        this.current = undefined;
        this.fill();
      }
      const head = this.queued[0];
      if (!head?.done) return undefined;
      this.current = this.queued.shift();
      this.records = head.records;
    }
  }

  /** Settles when `take()` may have a message again. */
  ready(): Promise<void> {
    return this.queued[0]?.hashed ?? this.reader.ready();
  }

  /** Moves what the reader has into free chunks and sends each filled one to be hashed. */
  private fill(): void {
    for (let chunk = this.free.pop(); chunk; chunk = this.free.pop()) {
      for (;;) {
        const m = this.carried ?? this.reader.hold();
        this.carried = undefined;
        if (m === undefined) break;
        if (!chunk.add(m)) {
          this.carried = m;
          break;
        }
      }
      if (chunk.messages.length === 0) {
        this.free.push(chunk);
        return;
      }
      this.submit(chunk);
      // Nothing carried over: the reader has no more for now.
      if (this.carried === undefined) return;
    }
  }

  private submit(chunk: Chunk): void {
    this.queued.push(chunk);
    if (!this.needsVerdicts(chunk.messages[0]!.seq, chunk.messages.at(-1)!.seq)) {
      // No signature to check: hashing here costs less than the trip to a worker and back
      // (measured in the replay-per-message bench), so the chunk goes out unhashed.
      chunk.unhashed();
      return;
    }
    if (!this.pool.ready) {
      // The workers are still loading (100–200 ms): the caller verifies this chunk itself
      // rather than hold its first output back until they are up.
      void this.pool.warm();
      chunk.unhashed();
      return;
    }
    chunk.hashed = this.pool
      .run({
        input: chunk.input,
        ends: chunk.ends,
        output: chunk.output,
        count: chunk.messages.length,
      })
      .then((job) => chunk.hashedInto(job));
  }
}
