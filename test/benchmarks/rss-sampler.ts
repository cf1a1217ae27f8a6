import { MiB } from "./statistics.js";

/**
 * Samples the resident set size of this process while a long operation runs, against the
 * progress it reports. "Flat" memory means the RSS at the end of the range is about the RSS
 * at 10 % of it: the growth figure is rss(100 %) − rss(10 %), with rss(p) the peak seen up to
 * progress p.
 */
export class RssSampler {
  #timer: NodeJS.Timeout | undefined;
  #peak = 0;
  #atTenPercent: number | undefined;
  readonly #start = process.memoryUsage.rss();

  constructor(private readonly intervalMs = 50) {}

  start(): this {
    this.#sample();
    this.#timer = setInterval(() => this.#sample(), this.intervalMs);
    this.#timer.unref();
    return this;
  }

  /** Progress of the operation, 0..1; call as it advances. */
  progress(fraction: number): void {
    if (this.#atTenPercent === undefined && fraction >= 0.1) {
      this.#sample();
      this.#atTenPercent = this.#peak;
    }
  }

  /** Stops sampling; figures in MiB. */
  stop(): { startMiB: number; peakMiB: number; growthMiB: number } {
    this.#sample();
    if (this.#timer) clearInterval(this.#timer);
    const tenth = this.#atTenPercent ?? this.#start;
    return {
      startMiB: this.#start / MiB,
      peakMiB: this.#peak / MiB,
      growthMiB: (this.#peak - tenth) / MiB,
    };
  }

  #sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.#peak) this.#peak = rss;
  }
}
