import { availableParallelism } from "node:os";
import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawOrderedReplay } from "../raw/ordered-replay.js";
import { rawPublish } from "../raw/windowed-publish.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import { tongbaoPerMessageSide, type Slot } from "../tongbao/slots.js";
import type { ReplaySource, TongbaoPerMessageSide } from "../tongbao/types.js";

const STREAM = "RAW_REPLAY_PER_MESSAGE";
const MODES = ["onethread", "oneworker", "pool", "checkpoint"] as const;

function count(o: { quick: boolean }): number {
  return o.quick ? 4_000 : 40_000;
}

let tongbao: Slot<TongbaoPerMessageSide> | undefined;
let source: ReplaySource | undefined;

/**
 * Verified replay of traffic signed one message at a time (low-rate departments, `tongbao
 * publish` of one message): one Ed25519 check per message on one thread, the same checks
 * spread over the worker pool, and the range verified by its checkpoints instead.
 */
export const replayPerMessageScenario: Scenario = {
  name: "replay-per-message",
  title: "Replay of traffic signed one message at a time (1 KiB)",
  measures: (o) =>
    `${count(o).toLocaleString("en")} stored messages of 1 KiB, each under its own Ed25519 ` +
    `signature, replayed verified from the first. Raw: a nats.js ordered consumer over as many ` +
    `1 KiB messages. Tongbao: \`replay()\` with every signature checked on the replay's own ` +
    `thread; in a pool of one worker; in the pool of one worker per core (` +
    `${availableParallelism()} here); and by the range's checkpoints, sealed once in setup by ` +
    `\`sealCheckpoints\` (as \`tongbao checkpoint\` does: 4,096 messages per checkpoint), one ` +
    `checkpoint signature per range and each range's tree recomputed, every other per-message ` +
    `check (payload digest, key, window, subject) still made.`,
  metrics: [
    { id: "raw", label: "raw ordered consumer", unit: "msg/s", better: "higher" },
    {
      id: "tongbao.onethread",
      label: "Tongbao, every signature on the replay's thread",
      unit: "msg/s",
      better: "higher",
    },
    {
      id: "tongbao.oneworker",
      label: "Tongbao, every signature in one worker",
      unit: "msg/s",
      better: "higher",
    },
    {
      id: "tongbao.pool",
      label: "Tongbao, every signature in the worker pool (`--full`)",
      unit: "msg/s",
      better: "higher",
    },
    {
      id: "tongbao.checkpoint",
      label: "Tongbao, by checkpoints (the default where sealed)",
      unit: "msg/s",
      better: "higher",
    },
  ],
  ratios: [
    {
      id: "ratio.onethread",
      label: "Tongbao / raw, one thread",
      numerator: "tongbao.onethread",
      denominator: "raw",
    },
    {
      id: "ratio.oneworker",
      label: "Tongbao / raw, one worker",
      numerator: "tongbao.oneworker",
      denominator: "raw",
    },
    {
      id: "ratio.pool",
      label: "Tongbao / raw, worker pool",
      numerator: "tongbao.pool",
      denominator: "raw",
    },
    {
      id: "ratio.checkpoint",
      label: "Tongbao / raw, by checkpoints",
      numerator: "tongbao.checkpoint",
      denominator: "raw",
      target: { atLeast: 0.5 },
    },
  ],
  async setup(ctx) {
    const n = count(ctx.options);
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    await benchStream(s.jsm, STREAM, ["raw.per-message.>"]);
    ctx.log(`storing ${n} raw messages`);
    await rawPublish(s.js, (seq) => `raw.per-message.${seq % 8}`, sequencedPayload(1024), n);
    tongbao = await tongbaoPerMessageSide();
    if (tongbao.available) {
      ctx.log(`storing ${n} messages signed one at a time, and sealing them`);
      source = await tongbao.side.store(ctx.url, n, 1024, ctx.log);
    }
  },
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    await using s = await openSession(ctx.url);
    result.values["raw"] = await rawOrderedReplay(s.js, STREAM, n);
    for (const mode of MODES) {
      if (tongbao?.available && source) {
        result.values[`tongbao.${mode}`] = await tongbao.side.replay(ctx.url, source, n, mode);
      } else {
        result.unavailable![`tongbao.${mode}`] =
          tongbao && !tongbao.available ? tongbao.reason : "not set up";
      }
    }
    return result;
  },
  async teardown(ctx) {
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    if (tongbao?.available && source) await tongbao.side.clear(ctx.url, source);
  },
};
