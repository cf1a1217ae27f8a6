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

/** In-memory {@link SeenIds} keeping the last `capacity` ids (insertion order). */
export class RecentIds implements SeenIds {
  readonly #ids = new Set<string>();

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
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next();
      if (!oldest.done) this.#ids.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#ids.size;
  }
}
