import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "../types.js";
import { notYet, type Slot } from "./slot.js";

/** The NestJS JetStream transport (@tongbao/nest) side of the handler-throughput comparison. */
export interface NestJetStreamSide {
  /** Handles a backlog of `count` signed messages in an @EventPattern handler; returns msg/s. */
  handle(ctx: BenchContext, count: number, payloadBytes: number): Promise<number>;
}

export async function nestJetStreamSide(): Promise<Slot<NestJetStreamSide>> {
  const nest = fileURLToPath(new URL("../../../libs/nest/src/mod.ts", import.meta.url));
  if (!existsSync(nest)) return notYet("@tongbao/nest (libs/nest) does not exist yet");
  return notYet("@tongbao/nest exists, but this benchmark is not wired to it yet");
}
