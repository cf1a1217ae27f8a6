import type { JournalEntry } from "./journal-entry.js";

/** A record waiting for its next send, with how many attempts already failed. */
export interface SendItem {
  entry: JournalEntry;
  attempts: number;
  /** Earliest time (epoch ms) of the next attempt. */
  retryAt: number;
}

/** FIFO of records never sent yet, in sequence order; O(1) at both ends that matter. */
export class FreshQueue {
  #items: JournalEntry[] = [];
  #head = 0;

  get length(): number {
    return this.#items.length - this.#head;
  }
  push(entry: JournalEntry): void {
    this.#items.push(entry);
  }
  peek(i = 0): JournalEntry | undefined {
    return this.#items[this.#head + i];
  }
  shift(): JournalEntry | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const entry = this.#items[this.#head++];
    // Drop the consumed prefix now and then instead of on every shift.
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return entry;
  }
  unshift(entry: JournalEntry): void {
    if (this.#head > 0) this.#items[--this.#head] = entry;
    else this.#items.unshift(entry);
  }
}

/** Records whose send failed, kept in sequence order so retries go out oldest first. */
export class RetryQueue {
  #items: SendItem[] = [];

  get length(): number {
    return this.#items.length;
  }
  insert(item: SendItem): void {
    const seq = item.entry.seq;
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#items[mid] as SendItem).entry.seq < seq) lo = mid + 1;
      else hi = mid;
    }
    this.#items.splice(lo, 0, item);
  }
  /** The oldest item due at `now` (any item when `now` is Infinity). */
  takeDue(now: number): SendItem | undefined {
    const i = this.#items.findIndex((item) => item.retryAt <= now);
    return i < 0 ? undefined : this.#items.splice(i, 1)[0];
  }
  /** When the next item falls due, or undefined when there is none. */
  nextDue(): number | undefined {
    let min: number | undefined;
    for (const item of this.#items) if (min === undefined || item.retryAt < min) min = item.retryAt;
    return min;
  }
  /** Makes every item due now (the bus came back: no reason to wait out old backoffs). */
  dueNow(now: number): void {
    for (const item of this.#items) item.retryAt = now;
  }
  /** The first `n` items, in order, without removing them. */
  head(n: number): SendItem[] {
    return this.#items.slice(0, n);
  }
}
