import type { BenchContext } from "../types.js";
import { notYet, type Slot } from "./slot.js";

/** The Tongbao side of the department-services growth: N Consumers over one broadcast stream. */
export interface TongbaoDepartmentSide {
  /** `services` department Consumers each receive the same `count` signed messages; returns deliveries/s. */
  fanOut(ctx: BenchContext, services: number, count: number): Promise<number>;
}

export async function tongbaoDepartmentSide(): Promise<Slot<TongbaoDepartmentSide>> {
  return notYet("not wired yet");
}
