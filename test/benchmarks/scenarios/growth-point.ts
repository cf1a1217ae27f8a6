import type { GrowthFigures, GrowthOrder } from "../growth-point-child.js";
import { runIsolated } from "../isolated-process.js";

/** Runs one growth point in its own process (see growth-point-child.ts). */
export function growthPoint(order: GrowthOrder): Promise<GrowthFigures> {
  return runIsolated<GrowthFigures>(
    new URL("../growth-point-child.ts", import.meta.url),
    [JSON.stringify(order)],
    `${order.kind} ${order.side}`,
  );
}
