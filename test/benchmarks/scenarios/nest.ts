import { nestCoreNatsThroughput } from "../nest/core-nats-throughput.js";
import { benchStream, openSession, sequencedPayload } from "../raw/bench-stream.js";
import { openDurable } from "../raw/durable-consume.js";
import { rawPublish } from "../raw/windowed-publish.js";
import { perSecond } from "../statistics.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import { nestJetStreamSide } from "../tongbao/slots.js";

const PAYLOAD = 1024;

function count(o: { quick: boolean }): number {
  return o.quick ? 3_000 : 20_000;
}

/** Handler throughput: our NestJS JetStream transport vs raw consume vs NestJS's built-in NATS transport. */
export const nestScenario: Scenario = {
  name: "nest",
  title: "NestJS handler throughput (1 KiB)",
  measures: (o) =>
    `${count(o).toLocaleString("en")} messages of about 1 KiB per side and run. Raw consume: a ` +
    `backlog of stored messages drained by a durable pull consumer (\`consume()\`, ack after the ` +
    `handler). Tongbao NestJS transport: a backlog of as many signed ThreatBulletins drained by ` +
    `a NestJS microservice whose strategy is \`TongbaoServer\` (the bus Consumer: verified, ` +
    `decoded, deduplicated, acked after the handler) with one \`@OnMessage\` handler, timed ` +
    `from \`listen()\` to the last message handled. NestJS built-in NATS transport — the peer ` +
    `a NestJS user would otherwise pick: a NestJS 12 microservice (\`Transport.NATS\`, core NATS, JSON) with one ` +
    `\`@EventPattern\` handler, receiving events that a \`ClientNats\` in a separate process ` +
    `emits as fast as it can; core NATS stores nothing, so it is measured from the first to ` +
    `the last event handled, and events it drops are reported.`,
  metrics: [
    { id: "raw", label: "raw consume (durable, ack)", unit: "msg/s", better: "higher" },
    { id: "nest-core", label: "NestJS built-in NATS transport", unit: "msg/s", better: "higher" },
    {
      id: "nest-jetstream",
      label: "Tongbao NestJS JetStream transport",
      unit: "msg/s",
      better: "higher",
    },
  ],
  ratios: [
    {
      id: "vs-raw",
      label: "Tongbao transport / raw consume",
      numerator: "nest-jetstream",
      denominator: "raw",
    },
    {
      id: "vs-core",
      label: "Tongbao transport / NestJS NATS transport",
      numerator: "nest-jetstream",
      denominator: "nest-core",
      // Beat the transport a NestJS user would otherwise pick, though it stores nothing.
      target: { atLeast: 1.0 },
    },
  ],
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = count(ctx.options);
    const result: RunResult = { values: {}, unavailable: {}, notes: [] };
    {
      await using s = await openSession(ctx.url);
      await using stream = await benchStream(s.jsm, `RAW_CONSUME_${ctx.run}`, ["raw.consume.>"]);
      await rawPublish(s.js, (seq) => `raw.consume.${seq % 8}`, sequencedPayload(PAYLOAD), n);
      await using reader = await openDurable(s.js, s.jsm, stream.name, "department");
      const start = performance.now();
      let bytes = 0;
      const { lastAt } = await reader.handle(n, (m) => (bytes += m.data.length));
      result.values["raw"] = perSecond(n, lastAt - start);
    }
    const core = await nestCoreNatsThroughput(ctx.url, n, PAYLOAD);
    result.values["nest-core"] = core.msgPerSec;
    if (core.received < n)
      result.notes!.push(
        `NestJS built-in NATS transport: ${n - core.received} of ${n} events lost (run ${ctx.run + 1})`,
      );
    const tongbao = await nestJetStreamSide();
    if (tongbao.available)
      result.values["nest-jetstream"] = await tongbao.side.handle(ctx, n, PAYLOAD);
    else result.unavailable!["nest-jetstream"] = tongbao.reason;
    return result;
  },
};
