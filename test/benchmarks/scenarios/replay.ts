import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawOrderedReplay } from "../raw/ordered-replay.js";
import { rawPublish } from "../raw/windowed-publish.js";
import { withCpuPerMessage } from "../statistics.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import { tongbaoReplaySide, type Slot } from "../tongbao/slots.js";
import type { ReplaySource, TongbaoReplaySide } from "../tongbao/types.js";

const STREAM = "RAW_REPLAY";

function count(o: { quick: boolean }): number {
  return o.quick ? 10_000 : 100_000;
}

let tongbao: Slot<TongbaoReplaySide> | undefined;
let source: ReplaySource | undefined;

/** Replay throughput: raw ordered consumer vs Tongbao verified replay of the same number of stored messages. */
export const replayScenario: Scenario = {
  name: "replay",
  title: "Replay throughput (1 KiB)",
  measures: (o) =>
    `${count(o).toLocaleString("en")} stored messages of 1 KiB, replayed from the first. Raw: a ` +
    `nats.js ordered consumer read with \`consume()\` (batches of 1,000), counting messages. ` +
    `Tongbao: verified replay of as many signed ThreatBulletins (each envelope checked against ` +
    `its batch's Merkle root, one Ed25519 verification per batch, payload decoded), hashing in ` +
    `the replay's hashing thread as a range this long does by default, and once more with ` +
    `everything on the replay's own thread. For ` +
    `comparison, the raw consumer also reads the signed range without verifying it. Each stream ` +
    `is filled once before the runs; every run replays both.`,
  metrics: [
    { id: "raw", label: "raw ordered consumer", unit: "msg/s", better: "higher" },
    { id: "tongbao", label: "Tongbao verified replay", unit: "msg/s", better: "higher" },
    {
      id: "tongbao.onethread",
      label: "Tongbao verified replay, no hashing thread",
      unit: "msg/s",
      better: "higher",
    },
    {
      id: "raw.signed",
      label: "raw ordered consumer, the signed range",
      unit: "msg/s",
      better: "higher",
    },
    { id: "raw.cpu", label: "raw: client CPU per message", unit: "µs", better: "lower" },
    { id: "tongbao.cpu", label: "Tongbao: client CPU per message", unit: "µs", better: "lower" },
  ],
  ratios: [
    {
      id: "ratio",
      label: "Tongbao / raw",
      numerator: "tongbao",
      denominator: "raw",
      // Issue 16's target for verified replay against a raw ordered consumer.
      target: { atLeast: 0.8 },
    },
    {
      id: "ratio.onethread",
      label: "Tongbao / raw, no hashing thread",
      numerator: "tongbao.onethread",
      denominator: "raw",
    },
    {
      id: "ratio.signed",
      label: "Tongbao / raw over the same signed range",
      numerator: "tongbao",
      denominator: "raw.signed",
    },
  ],
  async setup(ctx) {
    const n = count(ctx.options);
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    await benchStream(s.jsm, STREAM, ["raw.replay.>"]);
    ctx.log(`storing ${n} raw messages`);
    await rawPublish(s.js, (seq) => `raw.replay.${seq % 8}`, sequencedPayload(1024), n);
    tongbao = await tongbaoReplaySide();
    if (tongbao.available) {
      ctx.log(`storing ${n} signed messages`);
      source = await tongbao.side.store(ctx.url, n, 1024, ctx.log);
    }
  },
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    await using s = await openSession(ctx.url);
    const raw = await withCpuPerMessage(n, () => rawOrderedReplay(s.js, STREAM, n));
    result.values["raw"] = raw.result;
    result.values["raw.cpu"] = raw.cpuUsPerMsg;
    if (tongbao?.available && source) {
      const side = tongbao.side;
      const verified = await withCpuPerMessage(n, () => side.replay(ctx.url, source!, n));
      result.values["tongbao"] = verified.result;
      result.values["tongbao.cpu"] = verified.cpuUsPerMsg;
      // Everything on the replay's own thread: what the hashing thread adds, on this machine.
      result.values["tongbao.onethread"] = await side.replay(ctx.url, source, n, undefined, false);
      // The same stored envelopes read without verifying: what the bigger messages and their
      // Nats-Msg-Id headers cost the reading alone.
      result.values["raw.signed"] = await rawOrderedReplay(s.js, source["stream"]!, n);
    } else {
      const reason = tongbao && !tongbao.available ? tongbao.reason : "not set up";
      result.unavailable!["tongbao"] = reason;
      result.unavailable!["tongbao.cpu"] = reason;
      result.unavailable!["tongbao.onethread"] = reason;
      result.unavailable!["raw.signed"] = reason;
    }
    return result;
  },
  async teardown(ctx) {
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    if (tongbao?.available && source) await tongbao.side.clear(ctx.url, source);
  },
};
