import { openSession, benchStream, sequencedPayload } from "../raw/bench-stream.js";
import { rawPublish } from "../raw/windowed-publish.js";
import { withCpuPerMessage } from "../statistics.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import { tongbaoPublishSide } from "../tongbao/slots.js";

const PAYLOAD = 1024;
const WINDOW = 1024;

function count(ctx: { options: { quick: boolean } }): number {
  return ctx.options.quick ? 3_000 : 20_000;
}

/** Publish throughput: raw nats.js JetStream async publish vs Tongbao signed publish via the outbox. */
export const publishScenario: Scenario = {
  name: "publish",
  title: "Publish throughput (1 KiB)",
  measures: (o) =>
    `${count({ options: o }).toLocaleString("en")} messages of 1 KiB per side and run, each side into a ` +
    `fresh file-storage stream. Raw: nats.js \`js.publish\` with ${WINDOW} publishes awaiting their ` +
    `PubAck at once (no message id). Tongbao: \`Publisher.publish\` of ThreatBulletins whose ` +
    `encoded payload is 1 KiB — each is sealed (one Ed25519 signature per batch Merkle root), ` +
    `fsync'd into the outbox, then sent with its \`Nats-Msg-Id\`; the clock stops when the ` +
    `stream has acknowledged every copy. The two sides alternate which goes first. Client CPU ` +
    `per message is this process's user + system time over the measurement (nats-server runs ` +
    `apart).`,
  metrics: [
    { id: "raw", label: "raw js.publish", unit: "msg/s", better: "higher" },
    { id: "tongbao", label: "Tongbao publish (outbox)", unit: "msg/s", better: "higher" },
    { id: "raw.cpu", label: "raw: client CPU per message", unit: "µs", better: "lower" },
    { id: "tongbao.cpu", label: "Tongbao: client CPU per message", unit: "µs", better: "lower" },
  ],
  ratios: [
    {
      id: "ratio",
      label: "Tongbao / raw",
      numerator: "tongbao",
      denominator: "raw",
      target: { atLeast: 0.8 },
    },
  ],
  async setup(ctx) {
    // Warm-up, not recorded: JIT, connection buffers, the server's first stream files.
    await using s = await openSession(ctx.url);
    await using _stream = await benchStream(s.jsm, "WARM_PUBLISH", ["warm.publish.>"]);
    await rawPublish(s.js, () => "warm.publish.x", sequencedPayload(PAYLOAD), 2_000, WINDOW);
  },
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = count(ctx);
    const result: RunResult = { values: {}, unavailable: {} };
    const tongbao = await tongbaoPublishSide();
    const sides: Array<() => Promise<void>> = [
      async () => {
        await using s = await openSession(ctx.url);
        await using _stream = await benchStream(s.jsm, `RAW_PUB_${ctx.run}`, ["raw.pub.>"]);
        const { result: rate, cpuUsPerMsg } = await withCpuPerMessage(n, () =>
          rawPublish(s.js, (seq) => `raw.pub.${seq % 8}`, sequencedPayload(PAYLOAD), n, WINDOW),
        );
        result.values["raw"] = rate;
        result.values["raw.cpu"] = cpuUsPerMsg;
      },
      async () => {
        if (!tongbao.available) {
          result.unavailable!["tongbao"] = tongbao.reason;
          result.unavailable!["tongbao.cpu"] = tongbao.reason;
          return;
        }
        const { result: rate, cpuUsPerMsg } = await withCpuPerMessage(n, () =>
          tongbao.side.publish(ctx, n, PAYLOAD),
        );
        result.values["tongbao"] = rate;
        result.values["tongbao.cpu"] = cpuUsPerMsg;
      },
    ];
    if (ctx.run % 2 === 1) sides.reverse();
    for (const side of sides) await side();
    return result;
  },
};
