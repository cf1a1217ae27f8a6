import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { rawPublish } from "../raw/windowed-publish.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";
import { recordGrowthPoint } from "./growth-point.js";
import { tongbaoDepartmentSide } from "../tongbao/slots.js";

/** Services reading one broadcast: past a hundred, as a province's organisations would be. */
const SERVICES = 120;

function count(o: { quick: boolean }): number {
  return o.quick ? 200 : 1_000;
}

const metrics: MetricSpec[] = [
  { id: "raw", label: `raw, ${SERVICES} services: deliveries`, unit: "msg/s", better: "higher" },
  {
    id: "tongbao",
    label: `Tongbao, ${SERVICES} services: deliveries`,
    unit: "msg/s",
    better: "higher",
  },
  { id: "raw.mem", label: `raw, ${SERVICES} services: peak RSS`, unit: "MiB", better: "lower" },
  {
    id: "tongbao.mem",
    label: `Tongbao, ${SERVICES} services: peak RSS`,
    unit: "MiB",
    better: "lower",
  },
];

const ratios: RatioSpec[] = [
  {
    id: "ratio",
    label: `Tongbao / raw, ${SERVICES} services`,
    numerator: "tongbao",
    denominator: "raw",
    target: { atLeast: 0.8 },
  },
];

/** One broadcast read by 120 organisations, each from its own generated profile. */
export const fanOutManyScenario: Scenario = {
  name: "fan-out-many",
  title: `Fan-out to ${SERVICES} organisations (generated profiles)`,
  measures: (o) =>
    `${count(o).toLocaleString("en")} stored broadcast bulletins of 1 KiB, read by ${SERVICES} ` +
    `services at once, each with its own connection. Tongbao: each service is an organisation ` +
    `profile made up for the run (the \`DepartmentProfile\` of @tongbao/organisations) and ` +
    `reads its own \`subscriptionFilters()\` (addressed traffic and the power sector's ` +
    `bulletins, one durable per filter) through a \`Consumer\` (verified, decoded, deduplicated, ` +
    `acked). Raw: one durable per service, \`consume()\` with ack. Figure: total deliveries per ` +
    `second until the last service is done; both sides in one fresh process each, in which one ` +
    `service has first read the whole range, unmeasured (warm-up).`,
  metrics,
  ratios,
  runs: (o) => (o.quick ? 1 : o.runs),
  async run(ctx: BenchContext): Promise<RunResult> {
    const m = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    {
      await using s = await openSession(ctx.url);
      await using stream = await benchStream(s.jsm, `RAW_MANY_${ctx.run}`, ["raw.many.>"]);
      await rawPublish(s.js, (seq) => `raw.many.${seq % 8}`, sequencedPayload(1024), m);
      await recordGrowthPoint(result, "raw", {
        kind: "fan-out",
        side: "raw",
        url: ctx.url,
        run: ctx.run,
        services: SERVICES,
        count: m,
        source: { stream: stream.name },
      });
    }
    const tongbao = await tongbaoDepartmentSide();
    if (!tongbao.available) {
      result.unavailable!["tongbao"] = tongbao.reason;
      result.unavailable!["tongbao.mem"] = tongbao.reason;
      return result;
    }
    try {
      const key = await tongbao.side.store(ctx.url, m, ctx.run);
      await recordGrowthPoint(result, "tongbao", {
        kind: "fan-out",
        side: "tongbao",
        url: ctx.url,
        run: ctx.run,
        services: SERVICES,
        count: m,
        source: key,
        profiles: true,
      });
    } finally {
      await tongbao.side.clear(ctx.url);
    }
    return result;
  },
};
