import { notYet, type Slot } from "./slot.js";

/** What a replayer needs to find and verify stored messages; JSON, so a child process can get it. */
export type ReplaySource = Record<string, string>;

/** The Tongbao side of the replay comparisons. */
export interface TongbaoReplaySide {
  /** Stores `count` signed messages of about `payloadBytes`, as the publisher writes them. */
  store(
    url: string,
    count: number,
    payloadBytes: number,
    log: (line: string) => void,
  ): Promise<ReplaySource>;
  /** Verified replay of the first `count` stored messages; returns msg/s. */
  replay(
    url: string,
    source: ReplaySource,
    count: number,
    onProgress?: (delivered: number) => void,
  ): Promise<number>;
  clear(url: string, source: ReplaySource): Promise<void>;
}

/** Verified replay comes from @tongbao/bus (libs/bus/src/replay). */
export async function tongbaoReplaySide(): Promise<Slot<TongbaoReplaySide>> {
  const bus: Record<string, unknown> = await import("@tongbao/bus");
  if (typeof bus["Replay"] !== "function" && typeof bus["replay"] !== "function")
    return notYet(
      "@tongbao/bus does not export verified replay yet (libs/bus/src/replay is empty)",
    );
  return notYet("@tongbao/bus exports replay, but this benchmark is not wired to it yet");
}
