/**
 * Every latency of a run, kept exactly (a run records at most a few hundred thousand), so
 * percentiles are read from the sorted samples rather than from histogram buckets.
 */
export class LatencySamples {
  #samples: Float64Array;
  #count = 0;

  constructor(expected: number) {
    this.#samples = new Float64Array(Math.max(16, expected));
  }

  get count(): number {
    return this.#count;
  }

  record(ms: number): void {
    if (this.#count === this.#samples.length) {
      const grown = new Float64Array(this.#samples.length * 2);
      grown.set(this.#samples);
      this.#samples = grown;
    }
    this.#samples[this.#count++] = ms;
  }

  /**
   * The value at quantile q (0..1) by the nearest-rank method: the smallest sample such that
   * at least q of all samples are less than or equal to it.
   */
  percentiles(qs: number[]): number[] {
    if (this.#count === 0) throw new Error("no latency samples recorded");
    const sorted = this.#samples.slice(0, this.#count).sort();
    return qs.map(
      (q) => sorted[Math.min(this.#count - 1, Math.max(0, Math.ceil(q * this.#count) - 1))]!,
    );
  }
}
