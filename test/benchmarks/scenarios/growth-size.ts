import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawPublish } from "../raw/windowed-publish.js";
import { RssSampler } from "../rss-sampler.js";
import { tongbaoPublishSide } from "../tongbao/publish-side.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";

const SIZES_KiB = [1, 4, 16, 64];
/** Messages per size: fewer as they grow, so each point moves a comparable volume. */
const COUNTS: Record<number, number> = { 1: 10_000, 4: 5_000, 16: 2_000, 64: 1_000 };

function count(kib: number, o: { quick: boolean }): number {
  return Math.round((COUNTS[kib] ?? 1_000) / (o.quick ? 5 : 1));
}

const metrics: MetricSpec[] = SIZES_KiB.flatMap((kib) => [
  {
    id: `raw.${kib}`,
    label: `raw js.publish, ${kib} KiB`,
    unit: "msg/s",
    better: "higher" as const,
  },
  {
    id: `tongbao.${kib}`,
    label: `Tongbao publish, ${kib} KiB`,
    unit: "msg/s",
    better: "higher" as const,
  },
  {
    id: `raw.${kib}.mem`,
    label: `raw, ${kib} KiB: RSS added`,
    unit: "MiB",
    better: "lower" as const,
  },
  {
    id: `tongbao.${kib}.mem`,
    label: `Tongbao, ${kib} KiB: RSS added`,
    unit: "MiB",
    better: "lower" as const,
  },
]);

const ratios: RatioSpec[] = SIZES_KiB.map((kib) => ({
  id: `ratio.${kib}`,
  label: `Tongbao / raw, ${kib} KiB`,
  numerator: `tongbao.${kib}`,
  denominator: `raw.${kib}`,
}));

/** Publish throughput and memory as messages grow from 1 KiB to 64 KiB. */
export const growthSizeScenario: Scenario = {
  name: "growth-size",
  title: "Growth: message size 1 KiB → 64 KiB (publish)",
  measures: (o) =>
    `Publish throughput per message size (${SIZES_KiB.map((k) => `${k} KiB × ${count(k, o).toLocaleString("en")}`).join(", ")}), ` +
    `raw \`js.publish\` (1,024 in flight) and Tongbao \`Publisher.publish\` (until every copy is ` +
    `acknowledged), each into a fresh stream. "RSS added" is the peak resident set during the ` +
    `point minus the resident set when it began.`,
  metrics,
  ratios,
  async run(ctx: BenchContext): Promise<RunResult> {
    const result: RunResult = { values: {}, unavailable: {} };
    const tongbao = await tongbaoPublishSide();
    for (const kib of SIZES_KiB) {
      const n = count(kib, ctx.options);
      {
        await using s = await openSession(ctx.url);
        await using _stream = await benchStream(s.jsm, `RAW_SIZE_${kib}_${ctx.run}`, [
          "raw.size.>",
        ]);
        const rss = new RssSampler().start();
        result.values[`raw.${kib}`] = await rawPublish(
          s.js,
          (seq) => `raw.size.${seq % 8}`,
          sequencedPayload(kib * 1024),
          n,
        );
        const m = rss.stop();
        result.values[`raw.${kib}.mem`] = m.peakMiB - m.startMiB;
      }
      if (tongbao.available) {
        const rss = new RssSampler().start();
        result.values[`tongbao.${kib}`] = await tongbao.side.publish(ctx, n, kib * 1024);
        const m = rss.stop();
        result.values[`tongbao.${kib}.mem`] = m.peakMiB - m.startMiB;
      } else {
        result.unavailable![`tongbao.${kib}`] = tongbao.reason;
        result.unavailable![`tongbao.${kib}.mem`] = tongbao.reason;
      }
    }
    return result;
  },
};
