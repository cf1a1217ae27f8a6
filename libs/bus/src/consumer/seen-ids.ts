/**
 * The ids of messages already handled, most recent first out of mind. A bounded set: it
 * catches the duplicates that arrive close together (the copies of a multi-sector broadcast,
 * a redelivery after a lost ack, an outbox resend past the stream's dedup window) without
 * growing with the stream.
 */
export interface SeenIds {
  has(id: string): boolean;
  add(id: string): void;
}

/**
 * In-memory {@link SeenIds} keeping the last `capacity` ids (insertion order). The order is
 * kept in a ring beside the set: a Set used as a queue (delete the first of `values()`) makes
 * V8 walk past every entry deleted since the table was last rebuilt, which cost a full set
 * 40 to 150 µs per message, more than everything else a delivery does.
 */
export class RecentIds implements SeenIds {
  readonly #ids = new Set<string>();
  readonly #order: (string | undefined)[] = [];
  /** Where the next id goes in #order; once the ring is full, the oldest id is there. */
  #next = 0;

  constructor(readonly capacity = 100_000) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  add(id: string): void {
    if (this.#ids.has(id)) return;
    const oldest = this.#order[this.#next];
    if (oldest !== undefined) this.#ids.delete(oldest);
    this.#order[this.#next] = id;
    this.#ids.add(id);
    this.#next = this.#next + 1 === this.capacity ? 0 : this.#next + 1;
  }

  get size(): number {
    return this.#ids.size;
  }
}
