/**
 * Counts events as a handler receives them, for one measurement at a time. Handlers reach it
 * through a module-level instance instead of dependency injection: the benchmark runs from
 * TypeScript compiled without decorator metadata, and a counter needs no injection anyway.
 */
export class EventTally {
  received = 0;
  firstAt = 0;
  lastAt = 0;
  #expected = Infinity;
  #done: (() => void) | undefined;

  /** Resets the counts and resolves the returned promise once `expected` events arrived. */
  expect(expected: number): Promise<void> {
    this.received = 0;
    this.firstAt = 0;
    this.lastAt = 0;
    this.#expected = expected;
    return new Promise((resolve) => (this.#done = resolve));
  }

  hit(): void {
    const now = performance.now();
    if (this.received++ === 0) this.firstAt = now;
    this.lastAt = now;
    if (this.received >= this.#expected) this.#done?.();
  }
}

export const bulletinTally = new EventTally();
