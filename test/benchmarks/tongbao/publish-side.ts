import type { BenchContext } from "../types.js";
import { notYet, type Slot } from "./slot.js";

/** The Tongbao side of the publish comparisons. */
export interface TongbaoPublishSide {
  /** Publishes `count` messages of about `payloadBytes` through the outbox; returns msg/s. */
  publish(ctx: BenchContext, count: number, payloadBytes: number): Promise<number>;
}

export async function tongbaoPublishSide(): Promise<Slot<TongbaoPublishSide>> {
  return notYet("not wired yet");
}
