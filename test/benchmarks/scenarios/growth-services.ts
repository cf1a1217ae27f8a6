import {
  benchStream,
  openSession,
  sequencedPayload,
  type JetStreamSession,
} from "../raw/bench-stream.js";
import { openDurable } from "../raw/durable-consume.js";
import { rawPublish } from "../raw/windowed-publish.js";
import { RssSampler } from "../rss-sampler.js";
import { perSecond } from "../statistics.js";
import { tongbaoDepartmentSide } from "../tongbao/department-side.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";

const SERVICES = [1, 2, 5, 10];

function count(o: { quick: boolean }): number {
  return o.quick ? 1_000 : 5_000;
}

const metrics: MetricSpec[] = SERVICES.flatMap((n) => [
  {
    id: `raw.${n}`,
    label: `raw, ${n} service(s): deliveries`,
    unit: "msg/s",
    better: "higher" as const,
  },
  {
    id: `tongbao.${n}`,
    label: `Tongbao, ${n} service(s): deliveries`,
    unit: "msg/s",
    better: "higher" as const,
  },
  {
    id: `raw.${n}.mem`,
    label: `raw, ${n} service(s): RSS added`,
    unit: "MiB",
    better: "lower" as const,
  },
  {
    id: `tongbao.${n}.mem`,
    label: `Tongbao, ${n} service(s): RSS added`,
    unit: "MiB",
    better: "lower" as const,
  },
]);

const ratios: RatioSpec[] = SERVICES.map((n) => ({
  id: `ratio.${n}`,
  label: `Tongbao / raw, ${n} service(s)`,
  numerator: `tongbao.${n}`,
  denominator: `raw.${n}`,
}));

/** Delivery throughput and memory as the number of department services grows from 1 to 10. */
export const growthServicesScenario: Scenario = {
  name: "growth-services",
  title: "Growth: 1 → 10 department services (broadcast fan-out)",
  measures: (o) =>
    `${count(o).toLocaleString("en")} stored messages of 1 KiB, all broadcast to every ` +
    `department: N services (${SERVICES.join(", ")}), each with its own connection and durable ` +
    `consumer, all in this one process, drain the stream at once. Figure: total deliveries ` +
    `per second (N × messages / time until the last service is done). Raw: \`consume()\` with ` +
    `ack. Tongbao: one \`Consumer\` per service (verified, decoded, deduplicated, acked). ` +
    `"RSS added" is the peak resident set during the point minus the resident set when it began.`,
  metrics,
  ratios,
  async run(ctx: BenchContext): Promise<RunResult> {
    const m = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {} };
    const tongbao = await tongbaoDepartmentSide();
    await using s = await openSession(ctx.url);
    await using stream = await benchStream(s.jsm, `RAW_FANOUT_${ctx.run}`, ["raw.fanout.>"]);
    await rawPublish(s.js, (seq) => `raw.fanout.${seq % 8}`, sequencedPayload(1024), m);
    for (const n of SERVICES) {
      const rss = new RssSampler().start();
      const sessions: JetStreamSession[] = [];
      try {
        for (let i = 0; i < n; i++) sessions.push(await openSession(ctx.url, `department-${i}`));
        const readers = await Promise.all(
          sessions.map((d, i) => openDurable(d.js, d.jsm, stream.name, `dept-${n}-${i}`)),
        );
        const start = performance.now();
        await Promise.all(readers.map((r) => r.handle(m, () => undefined)));
        result.values[`raw.${n}`] = perSecond(n * m, performance.now() - start);
        for (const r of readers) await r[Symbol.asyncDispose]();
      } finally {
        for (const d of sessions) await d[Symbol.asyncDispose]();
      }
      const mem = rss.stop();
      result.values[`raw.${n}.mem`] = mem.peakMiB - mem.startMiB;
    }
    if (tongbao.available) {
      for (const n of SERVICES) {
        const rss = new RssSampler().start();
        result.values[`tongbao.${n}`] = await tongbao.side.fanOut(ctx, n, m);
        const mem = rss.stop();
        result.values[`tongbao.${n}.mem`] = mem.peakMiB - mem.startMiB;
      }
    } else {
      for (const n of SERVICES) {
        result.unavailable![`tongbao.${n}`] = tongbao.reason;
        result.unavailable![`tongbao.${n}.mem`] = tongbao.reason;
      }
    }
    return result;
  },
};
