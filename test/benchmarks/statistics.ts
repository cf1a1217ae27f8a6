import type { Summary } from "./types.js";

/** Median, min and max of the figures of several runs (the median of an even count averages). */
export function summarise(values: number[]): Summary {
  if (values.length === 0) throw new Error("summarise: no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** Messages per second over a span measured with performance.now(). */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
}

export const MiB = 1024 * 1024;

/** Runs `fn` and returns its result with this process's CPU time (user + system) per message, in µs. */
export async function withCpuPerMessage<T>(
  count: number,
  fn: () => Promise<T>,
): Promise<{ result: T; cpuUsPerMsg: number }> {
  const before = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(before);
  return { result, cpuUsPerMsg: (used.user + used.system) / count };
}
