import type { LatencyFigures } from "../raw/raw-latency.js";
import type { BenchContext } from "../types.js";
import { notYet, type Slot } from "./slot.js";

/** The Tongbao side of the end-to-end latency comparison. */
export interface TongbaoLatencySide {
  latency(ctx: BenchContext, rate: number, count: number): Promise<LatencyFigures>;
}

export async function tongbaoLatencySide(): Promise<Slot<TongbaoLatencySide>> {
  return notYet("not wired yet");
}
