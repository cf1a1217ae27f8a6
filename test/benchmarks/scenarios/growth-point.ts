import type { GrowthFigures, GrowthOrder } from "../growth-point-child.js";
import { runIsolated } from "../isolated-process.js";
import type { RunResult } from "../types.js";

/**
 * Runs one growth point in its own process (see growth-point-child.ts) and records its rate
 * and peak RSS under `id` and `id.mem`, or why the side could not be measured. Given the
 * point's message count, its client CPU per message (µs) goes under `id.cpu` as well.
 */
export async function recordGrowthPoint(
  result: RunResult,
  id: string,
  order: GrowthOrder,
  cpuPerMessageOf?: number,
): Promise<void> {
  const f = await growthPoint(order);
  const cpuId = cpuPerMessageOf === undefined ? undefined : `${id}.cpu`;
  if ("unavailable" in f) {
    result.unavailable![id] = f.unavailable;
    result.unavailable![`${id}.mem`] = f.unavailable;
    if (cpuId) result.unavailable![cpuId] = f.unavailable;
  } else {
    result.values[id] = f.rate;
    result.values[`${id}.mem`] = f.peakMiB;
    if (cpuId) result.values[cpuId] = f.cpuMicros / (cpuPerMessageOf as number);
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
