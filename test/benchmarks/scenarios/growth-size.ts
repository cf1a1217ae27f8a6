import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";
import { recordGrowthPoint } from "./growth-point.js";
import { tongbaoPublishSide } from "../tongbao/slots.js";

const SIZES_KiB = [1, 4, 16, 64];
/** Messages per size: fewer as they grow, so each point moves a comparable volume. */
const COUNTS: Record<number, number> = { 1: 10_000, 4: 5_000, 16: 2_000, 64: 1_000 };

function count(kib: number, o: { quick: boolean }): number {
  return Math.round((COUNTS[kib] ?? 1_000) / (o.quick ? 5 : 1));
}

const SIDES = [
  ["raw", "raw js.publish"],
  ["tongbao", "Tongbao publish"],
] as const;

const metrics: MetricSpec[] = SIZES_KiB.flatMap((kib) => [
  ...SIDES.map(([side, name]) => ({
    id: `${side}.${kib}`,
    label: `${name}, ${kib} KiB`,
    unit: "msg/s",
    better: "higher" as const,
  })),
  ...SIDES.map(([side, name]) => ({
    id: `${side}.${kib}.mem`,
    label: `${name}, ${kib} KiB: peak RSS`,
    unit: "MiB",
    better: "lower" as const,
  })),
  ...SIDES.map(([side, name]) => ({
    id: `${side}.${kib}.cpu`,
    label: `${name}, ${kib} KiB: client CPU per message`,
    unit: "µs",
    better: "lower" as const,
  })),
]);

/** The issue's target is set on the largest message only; smaller sizes are reported. */
const TARGET_KiB = 64;

const ratios: RatioSpec[] = SIZES_KiB.map((kib) => ({
  id: `ratio.${kib}`,
  label: `Tongbao / raw, ${kib} KiB`,
  numerator: `tongbao.${kib}`,
  denominator: `raw.${kib}`,
  ...(kib === TARGET_KiB ? { target: { atLeast: 0.8 } } : {}),
}));

/** Publish throughput and memory as messages grow from 1 KiB to 64 KiB. */
export const growthSizeScenario: Scenario = {
  name: "growth-size",
  title: "Growth: message size 1 KiB → 64 KiB (publish)",
  measures: (o) =>
    `Publish throughput per message size (${SIZES_KiB.map((k) => `${k} KiB × ${count(k, o).toLocaleString("en")}`).join(", ")}): ` +
    `raw \`js.publish\` (1,024 in flight) and Tongbao \`Publisher.publish\` (1,024 calls ` +
    `outstanding, until the stream has acknowledged every copy), each into a fresh stream. ` +
    `Every point runs in a fresh process; its peak resident set (RSS) is the memory figure, ` +
    `and its user + system time over the measurement, per message, the client CPU figure ` +
    `(nats-server runs apart): on a loaded machine it moves less than msg/s does.`,
  metrics,
  ratios,
  // Every point is a process of its own: a smoke run measures each once.
  runs: (o) => (o.quick ? 1 : o.runs),
  async run(ctx: BenchContext): Promise<RunResult> {
    const result: RunResult = { values: {}, unavailable: {} };
    const tongbao = await tongbaoPublishSide();
    for (const kib of SIZES_KiB) {
      for (const [side] of SIDES) {
        if (side === "tongbao" && !tongbao.available) {
          result.unavailable![`tongbao.${kib}`] = tongbao.reason;
          result.unavailable![`tongbao.${kib}.mem`] = tongbao.reason;
          result.unavailable![`tongbao.${kib}.cpu`] = tongbao.reason;
          continue;
        }
        const n = count(kib, ctx.options);
        await recordGrowthPoint(
          result,
          `${side}.${kib}`,
          {
            kind: "publish",
            side,
            url: ctx.url,
            workDir: ctx.workDir,
            run: ctx.run,
            payloadBytes: kib * 1024,
            count: n,
          },
          n,
        );
      }
    }
    return result;
  },
};
