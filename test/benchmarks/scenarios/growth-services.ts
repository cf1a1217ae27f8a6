import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawPublish } from "../raw/windowed-publish.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";
import { recordGrowthPoint } from "./growth-point.js";
import { tongbaoDepartmentSide } from "../tongbao/slots.js";

const SERVICES = [1, 2, 5, 10];

function count(o: { quick: boolean }): number {
  return o.quick ? 1_000 : 5_000;
}

const SIDES = [
  ["raw", "raw"],
  ["tongbao", "Tongbao"],
] as const;

const metrics: MetricSpec[] = SERVICES.flatMap((n) => [
  ...SIDES.map(([side, name]) => ({
    id: `${side}.${n}`,
    label: `${name}, ${n} service${n === 1 ? "" : "s"}: deliveries`,
    unit: "msg/s",
    better: "higher" as const,
  })),
  ...SIDES.map(([side, name]) => ({
    id: `${side}.${n}.mem`,
    label: `${name}, ${n} service${n === 1 ? "" : "s"}: peak RSS`,
    unit: "MiB",
    better: "lower" as const,
  })),
]);

/** The targets: one service's consume, and the broadcast to ten, each ≥ 0.8× raw. */
const TARGETS: Partial<Record<number, RatioSpec["target"]>> = {
  1: { atLeast: 0.8 },
  10: { atLeast: 0.8 },
};

const ratios: RatioSpec[] = SERVICES.map((n) => ({
  id: `ratio.${n}`,
  label: `Tongbao / raw, ${n} service${n === 1 ? "" : "s"}`,
  numerator: `tongbao.${n}`,
  denominator: `raw.${n}`,
  ...(TARGETS[n] ? { target: TARGETS[n] } : {}),
}));

/** Delivery throughput and memory as the number of department services grows from 1 to 10. */
export const growthServicesScenario: Scenario = {
  name: "growth-services",
  title: "Growth: 1 → 10 department services (broadcast fan-out)",
  measures: (o) =>
    `${count(o).toLocaleString("en")} stored messages of 1 KiB, broadcast to every department: ` +
    `N services (${SERVICES.join(", ")}), each with its own connection and durable consumer, ` +
    `drain the stream at once. Figure: total deliveries per second (N × messages / time until ` +
    `the last service is done). Raw: \`consume()\` with ack. Tongbao: one \`Consumer\` per ` +
    `service (verified, decoded, deduplicated, acked). The N services of a point share one ` +
    `fresh process, in which one service has first read the whole range, unmeasured (warm-up); ` +
    `its peak resident set (RSS) is the memory figure.`,
  metrics,
  ratios,
  // Every point is a process of its own: a smoke run measures each once.
  runs: (o) => (o.quick ? 1 : o.runs),
  async run(ctx: BenchContext): Promise<RunResult> {
    const m = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    {
      await using s = await openSession(ctx.url);
      await using stream = await benchStream(s.jsm, `RAW_FANOUT_${ctx.run}`, ["raw.fanout.>"]);
      await rawPublish(s.js, (seq) => `raw.fanout.${seq % 8}`, sequencedPayload(1024), m);
      for (const n of SERVICES) {
        await recordGrowthPoint(result, `raw.${n}`, {
          kind: "fan-out",
          side: "raw",
          url: ctx.url,
          run: ctx.run,
          services: n,
          count: m,
          source: { stream: stream.name },
        });
      }
    }
    const tongbao = await tongbaoDepartmentSide();
    if (!tongbao.available) {
      for (const n of SERVICES) {
        result.unavailable![`tongbao.${n}`] = tongbao.reason;
        result.unavailable![`tongbao.${n}.mem`] = tongbao.reason;
      }
      return result;
    }
    try {
      const key = await tongbao.side.store(ctx.url, m, ctx.run);
      for (const n of SERVICES) {
        await recordGrowthPoint(result, `tongbao.${n}`, {
          kind: "fan-out",
          side: "tongbao",
          url: ctx.url,
          run: ctx.run,
          services: n,
          count: m,
          source: key,
        });
      }
    } finally {
      await tongbao.side.clear(ctx.url);
    }
    return result;
  },
};
