import type { BenchOptions } from "../cli-options.js";
import { runIsolated } from "../isolated-process.js";
import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawPublish } from "../raw/windowed-publish.js";
import type { ReplayMemoryFigures } from "../replay-memory-child.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import { tongbaoReplaySide, type Slot } from "../tongbao/slots.js";
import type { ReplaySource, TongbaoReplaySide } from "../tongbao/types.js";

const STREAM = "RAW_REPLAY_RSS";
/** "Flat": the resident set may grow at most this much between 10 % and 100 % of the range. */
export const FLAT_MiB = 32;

/** The range replayed, unless --replay-count says otherwise. */
function replayMemoryCount(o: Pick<BenchOptions, "quick" | "replayCount">): number {
  return o.replayCount ?? (o.quick ? 20_000 : 1_000_000);
}

let tongbao: Slot<TongbaoReplaySide> | undefined;
let tongbaoSource: ReplaySource | undefined;

/** Peak RSS of a replay of the whole range (1,000,000 messages by default), each in its own process. */
export const replayMemoryScenario: Scenario = {
  name: "replay-memory",
  title: "Replay memory (peak RSS over a long range)",
  measures: (o) =>
    `A replay of ${replayMemoryCount(o).toLocaleString("en")} stored messages of 1 KiB, run once per side ` +
    `in a fresh child process whose resident set (RSS) is sampled every 20 ms. Peak is the ` +
    `highest RSS seen; growth is the peak at the end minus the peak at 10 % of the range — ` +
    `"flat" means growth of at most ${FLAT_MiB} MiB, whatever the range. The peaks of the JS ` +
    `heap in use and of buffer memory say where the RSS went. Throughput of the ` +
    `same replays is shown alongside.`,
  metrics: [
    { id: "raw.peak", label: "raw ordered consumer: peak RSS", unit: "MiB", better: "lower" },
    { id: "raw.growth", label: "raw: RSS growth 10%→100%", unit: "MiB", better: "lower" },
    { id: "raw.heap", label: "raw: JS heap in use, peak", unit: "MiB", better: "lower" },
    { id: "raw.buffers", label: "raw: buffers, peak", unit: "MiB", better: "lower" },
    { id: "raw.rate", label: "raw: replay rate", unit: "msg/s", better: "higher" },
    {
      id: "tongbao.peak",
      label: "Tongbao verified replay: peak RSS",
      unit: "MiB",
      better: "lower",
    },
    { id: "tongbao.growth", label: "Tongbao: RSS growth 10%→100%", unit: "MiB", better: "lower" },
    { id: "tongbao.heap", label: "Tongbao: JS heap in use, peak", unit: "MiB", better: "lower" },
    { id: "tongbao.buffers", label: "Tongbao: buffers, peak", unit: "MiB", better: "lower" },
    { id: "tongbao.rate", label: "Tongbao: replay rate", unit: "msg/s", better: "higher" },
  ],
  ratios: [
    {
      id: "growth",
      label: "Tongbao RSS growth (MiB, target: flat)",
      numerator: "tongbao.growth",
      target: { atMost: FLAT_MiB },
    },
    {
      id: "rate",
      label: "Tongbao / raw replay rate",
      numerator: "tongbao.rate",
      denominator: "raw.rate",
    },
  ],
  runs: () => 1,
  async setup(ctx) {
    const n = replayMemoryCount(ctx.options);
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    await benchStream(s.jsm, STREAM, ["raw.rss.>"]);
    ctx.log(`storing ${n} raw messages`);
    await rawPublish(s.js, (seq) => `raw.rss.${seq % 8}`, sequencedPayload(1024), n);
    tongbao = await tongbaoReplaySide();
    if (tongbao.available) {
      ctx.log(`storing ${n} signed messages`);
      tongbaoSource = await tongbao.side.store(ctx.url, n, 1024, ctx.log);
    }
  },
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = replayMemoryCount(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    const raw = await replayInChild("raw", ctx.url, n, { stream: STREAM });
    result.values["raw.peak"] = raw.peakMiB;
    result.values["raw.growth"] = raw.growthMiB;
    result.values["raw.heap"] = raw.heapPeakMiB;
    result.values["raw.buffers"] = raw.buffersPeakMiB;
    result.values["raw.rate"] = raw.msgPerSec;
    if (tongbao?.available && tongbaoSource) {
      const t = await replayInChild("tongbao", ctx.url, n, tongbaoSource);
      result.values["tongbao.peak"] = t.peakMiB;
      result.values["tongbao.growth"] = t.growthMiB;
      result.values["tongbao.heap"] = t.heapPeakMiB;
      result.values["tongbao.buffers"] = t.buffersPeakMiB;
      result.values["tongbao.rate"] = t.msgPerSec;
    } else {
      const reason = tongbao && !tongbao.available ? tongbao.reason : "not set up";
      for (const id of ["peak", "growth", "heap", "buffers", "rate"].map((m) => `tongbao.${m}`))
        result.unavailable![id] = reason;
    }
    return result;
  },
  async teardown(ctx) {
    await using s = await openSession(ctx.url);
    await s.jsm.streams.delete(STREAM).catch(() => undefined);
    if (tongbao?.available && tongbaoSource) await tongbao.side.clear(ctx.url, tongbaoSource);
  },
};

function replayInChild(
  side: "raw" | "tongbao",
  url: string,
  count: number,
  source: ReplaySource,
): Promise<ReplayMemoryFigures> {
  return runIsolated<ReplayMemoryFigures>(
    new URL("../replay-memory-child.ts", import.meta.url),
    [side, url, String(count), JSON.stringify(source)],
    `${side} replay of ${count}`,
  );
}
