import type { GrowthFigures, GrowthOrder } from "../growth-point-child.js";
import { runIsolated } from "../isolated-process.js";
import type { RunResult } from "../types.js";

/**
 * Runs one growth point in its own process (see growth-point-child.ts) and records its rate
 * and peak RSS under `id` and `id.mem`, or why the side could not be measured.
 */
export async function recordGrowthPoint(
  result: RunResult,
  id: string,
  order: GrowthOrder,
): Promise<void> {
  const f = await growthPoint(order);
  if ("unavailable" in f) {
    result.unavailable![id] = f.unavailable;
    result.unavailable![`${id}.mem`] = f.unavailable;
  } else {
    result.values[id] = f.rate;
    result.values[`${id}.mem`] = f.peakMiB;
  }
}

/** Runs one growth point in its own process (see growth-point-child.ts). */
function growthPoint(order: GrowthOrder): Promise<GrowthFigures> {
  return runIsolated<GrowthFigures>(
    new URL("../growth-point-child.ts", import.meta.url),
    [JSON.stringify(order)],
    `${order.kind} ${order.side}`,
  );
}
