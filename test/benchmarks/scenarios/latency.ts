import { benchStream, openSession } from "../raw/bench-stream.js";
import { rawLatency } from "../raw/raw-latency.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";
import { tongbaoLatencySide } from "../tongbao/slots.js";

const LOADS = [1_000, 5_000] as const;
const PERCENTILES = [
  ["p50", "p50"],
  ["p99", "p99"],
  ["p999", "p99.9"],
] as const;

function seconds(o: { quick: boolean }): number {
  return o.quick ? 1 : 4;
}

const metrics: MetricSpec[] = LOADS.flatMap((load) =>
  (["raw", "tongbao"] as const).flatMap((side) => [
    ...PERCENTILES.map(([key, name]) => ({
      id: `${side}.${load}.${key}`,
      label: `${side === "raw" ? "raw" : "Tongbao"} ${name} @ ${load.toLocaleString("en")}/s`,
      unit: "ms",
      better: "lower" as const,
    })),
    {
      id: `${side}.${load}.lag`,
      label: `${side === "raw" ? "raw" : "Tongbao"} sender behind schedule (max) @ ${load.toLocaleString("en")}/s`,
      unit: "ms",
      better: "lower" as const,
    },
  ]),
);

/** The ceilings on Tongbao / raw p99 per offered load. */
const P99_CEILING: Record<(typeof LOADS)[number], number> = { 1_000: 2, 5_000: 2.5 };

const ratios: RatioSpec[] = [
  ...LOADS.map((load) => ({
    id: `p99.${load}`,
    label: `Tongbao / raw p99 @ ${load.toLocaleString("en")}/s`,
    numerator: `tongbao.${load}.p99`,
    denominator: `raw.${load}.p99`,
    target: { atMost: P99_CEILING[load] },
  })),
  // At 5,000 msg/s a saturated side shows in the median first: it must stay within 2× raw.
  {
    id: "p50.5000",
    label: "Tongbao / raw p50 @ 5,000/s",
    numerator: "tongbao.5000.p50",
    denominator: "raw.5000.p50",
    target: { atMost: 2 },
  },
];

/** End-to-end latency at fixed offered loads: raw publish→consume vs Tongbao publish→department handler. */
export const latencyScenario: Scenario = {
  name: "latency",
  title: "End-to-end latency at fixed offered loads (1 KiB)",
  measures: (o) =>
    `Messages sent on a fixed schedule (${LOADS.map((l) => l.toLocaleString("en")).join(" and ")} ` +
    `msg/s, ${seconds(o)} s per load and side) and received by a durable pull consumer that acks ` +
    `each one. Latency runs from each message's scheduled send time — not the time the sender ` +
    `got round to it — to its handler, so a stalled sender counts against the figures ` +
    `(no coordinated omission); percentiles are exact, from every sample. "Sender behind schedule" is how late the ` +
    `sending loop got round to a due message at worst: when it is large, the sending process ` +
    `(or the machine) rather than the bus is what held messages back. Raw: \`js.publish\` → ` +
    `\`consume()\` handler. Tongbao: \`Publisher.publish\` (sealed, fsync'd outbox) → ` +
    `\`Consumer\` handler (verified, decoded, deduplicated, acked) on a separate connection, as a department service receives it.`,
  metrics,
  ratios,
  async run(ctx: BenchContext): Promise<RunResult> {
    const result: RunResult = { values: {}, unavailable: {} };
    const tongbao = await tongbaoLatencySide();
    for (const load of LOADS) {
      const count = load * seconds(ctx.options);
      {
        await using producer = await openSession(ctx.url, "bench-producer");
        await using department = await openSession(ctx.url, "bench-department");
        await using stream = await benchStream(producer.jsm, `RAW_LAT_${load}_${ctx.run}`, [
          "raw.lat.>",
        ]);
        const f = await rawLatency(producer, department, stream.name, "raw.lat.x", load, count);
        result.values[`raw.${load}.p50`] = f.p50;
        result.values[`raw.${load}.p99`] = f.p99;
        result.values[`raw.${load}.p999`] = f.p999;
        result.values[`raw.${load}.lag`] = f.senderLateMs;
      }
      for (const key of [...PERCENTILES.map(([k]) => k), "lag"]) {
        if (!tongbao.available) result.unavailable![`tongbao.${load}.${key}`] = tongbao.reason;
      }
      if (tongbao.available) {
        const f = await tongbao.side.latency(ctx, load, count);
        result.values[`tongbao.${load}.p50`] = f.p50;
        result.values[`tongbao.${load}.p99`] = f.p99;
        result.values[`tongbao.${load}.p999`] = f.p999;
        result.values[`tongbao.${load}.lag`] = f.senderLateMs;
      }
    }
    return result;
  },
};
