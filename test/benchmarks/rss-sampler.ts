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
  #heapPeak = 0;
  #buffersPeak = 0;
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

  /**
   * Stops sampling; figures in MiB. Besides the RSS: the peaks of the JS heap in use and of
   * the memory held by buffers, which tell where a growing RSS went.
   */
  stop(): {
    startMiB: number;
    peakMiB: number;
    growthMiB: number;
    heapPeakMiB: number;
    buffersPeakMiB: number;
  } {
    this.#sample();
    if (this.#timer) clearInterval(this.#timer);
    const tenth = this.#atTenPercent ?? this.#start;
    return {
      startMiB: this.#start / MiB,
      peakMiB: this.#peak / MiB,
      growthMiB: (this.#peak - tenth) / MiB,
      heapPeakMiB: this.#heapPeak / MiB,
      buffersPeakMiB: this.#buffersPeak / MiB,
    };
  }

  #sample(): void {
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    if (rss > this.#peak) this.#peak = rss;
    if (heapUsed > this.#heapPeak) this.#heapPeak = heapUsed;
    if (arrayBuffers > this.#buffersPeak) this.#buffersPeak = arrayBuffers;
  }
}
