import { headers as natsHeaders } from "@nats-io/transport-node";
import { startFastIngest } from "@nats-io/jetstream/internal";
import { serverHas } from "@tongbao/bus";
import { openSession, benchStream, sequencedPayload } from "../raw/bench-stream.js";
import { publishWindowed } from "../raw/windowed-publish.js";
import { perSecond } from "../statistics.js";
import type { BenchContext, RunResult, Scenario } from "../types.js";
import type { JetStreamSession } from "../raw/bench-stream.js";

const PAYLOAD = 1024;
/** A sealed group's size in the outbox: one signature over up to 256 messages. */
const GROUP = 256;
const WINDOW = 1024;

function count(ctx: { options: { quick: boolean } }): number {
  return ctx.options.quick ? 2_048 : 20_480;
}

/** Every publish carries a `Nats-Msg-Id`, as the outbox's sends do (resends must dedupe). */
function idHeaders(run: number, side: string, seq: number) {
  const h = natsHeaders();
  h.set("Nats-Msg-Id", `${side}-${run}-${seq}`);
  return h;
}

/** Stream config flags the newer ways need (unknown to older servers, so set only here). */
async function featureStream(s: JetStreamSession, name: string, subject: string) {
  const stream = await benchStream(s.jsm, name, [subject]);
  await s.jsm.streams.update(name, {
    subjects: [subject],
    ...({ allow_atomic: true, allow_batched: true } as object),
  });
  return stream;
}

async function storedCount(s: JetStreamSession, stream: string): Promise<number> {
  return (await s.jsm.streams.info(stream)).state.messages;
}

/** Atomic batches of GROUP messages, one after another, each committed and acknowledged. */
async function atomicBatches(
  s: JetStreamSession,
  subject: string,
  n: number,
  id: (seq: number) => ReturnType<typeof natsHeaders>,
): Promise<void> {
  const payload = sequencedPayload(PAYLOAD);
  for (let first = 0; first < n; first += GROUP) {
    const last = Math.min(first + GROUP, n) - 1;
    const batch = await s.js.startBatch(subject, payload(first), { headers: id(first) });
    for (let seq = first + 1; seq < last; seq++)
      batch.add(subject, payload(seq), { headers: id(seq) });
    await batch.commit(subject, payload(last), { headers: id(last) } as object);
  }
}

/** One fast-ingest batch of `n` messages, paced by the server's flow-control acks. */
async function fastIngest(
  s: JetStreamSession,
  subject: string,
  n: number,
  id: (seq: number) => ReturnType<typeof natsHeaders>,
): Promise<void> {
  const payload = sequencedPayload(PAYLOAD);
  const batch = await startFastIngest(s.nc, subject, payload(0), {
    allowGaps: false,
    headers: id(0),
  });
  for (let seq = 1; seq < n - 1; seq++)
    await batch.add(subject, payload(seq), { headers: id(seq) });
  await batch.last(subject, payload(n - 1), { headers: id(n - 1) });
}

/**
 * What nats-server 2.12–2.15 offer for publishing a sealed group, against the plain windowed
 * `js.publish` the outbox uses: throughput, and whether a resend of the same message ids is
 * stored again (the outbox resends after a crash and relies on `Nats-Msg-Id` dedupe).
 */
export const serverFeaturesScenario: Scenario = {
  name: "server-features",
  title: "Newer servers' batch publishing (1 KiB, ids set)",
  measures: (o) =>
    `${count({ options: o }).toLocaleString("en")} messages of 1 KiB per way and run, each way ` +
    `into a fresh file-storage stream with \`allow_atomic\` and \`allow_batched\`, every message ` +
    `with its own \`Nats-Msg-Id\`. Plain: \`js.publish\` with ${WINDOW} awaiting their PubAck at ` +
    `once, as the outbox sends. Atomic: \`js.startBatch\` batches of ${GROUP} (a sealed group), ` +
    `one after another, each committed (2.12+). Fast ingest: one batch of all messages paced by ` +
    `the server's flow-control acks (2.14+; nats.js's internal \`startFastIngest\`). After each ` +
    `way the same messages are sent again with the same ids; the note says how many the stream ` +
    `stored a second time.`,
  metrics: [
    { id: "plain", label: "plain js.publish, windowed", unit: "msg/s", better: "higher" },
    { id: "atomic", label: "atomic batch publish", unit: "msg/s", better: "higher" },
    { id: "fast", label: "fast ingest", unit: "msg/s", better: "higher" },
  ],
  ratios: [
    { id: "atomic.ratio", label: "atomic / plain", numerator: "atomic", denominator: "plain" },
    { id: "fast.ratio", label: "fast ingest / plain", numerator: "fast", denominator: "plain" },
  ],
  async run(ctx: BenchContext): Promise<RunResult> {
    const n = count(ctx);
    const result: RunResult = { values: {}, unavailable: {}, notes: [] };
    await using s = await openSession(ctx.url);
    const version = s.nc.info?.version;
    const payload = sequencedPayload(PAYLOAD);
    const ways: Array<{
      id: "plain" | "atomic" | "fast";
      has: boolean;
      send: (subject: string, id: (seq: number) => ReturnType<typeof natsHeaders>) => Promise<void>;
    }> = [
      {
        id: "plain",
        has: true,
        send: (subject, id) =>
          publishWindowed(n, WINDOW, (seq) =>
            s.js.publish(subject, payload(seq), { headers: id(seq) }),
          ),
      },
      {
        id: "atomic",
        has: serverHas(version, "atomicBatchPublish"),
        send: (subject, id) => atomicBatches(s, subject, n, id),
      },
      {
        id: "fast",
        has: serverHas(version, "fastIngest"),
        send: (subject, id) => fastIngest(s, subject, n, id),
      },
    ];
    if (ctx.run % 2 === 1) ways.reverse();
    for (const way of ways) {
      if (!way.has) {
        result.unavailable![way.id] = `nats-server ${version} has no ${way.id} publishing`;
        continue;
      }
      const name = `FEATURE_${way.id.toUpperCase()}_${ctx.run}`;
      const subject = `feature.${way.id}.${ctx.run}`;
      await using _stream = await featureStream(s, name, subject);
      const id = (seq: number) => idHeaders(ctx.run, way.id, seq);
      const start = performance.now();
      await way.send(subject, id);
      result.values[way.id] = perSecond(n, performance.now() - start);
      // The resend an outbox makes after a crash: same ids, inside the duplicate window.
      await way.send(subject, id).catch((err: unknown) => {
        result.notes!.push(`${way.id}: the resend was refused: ${String(err)}`);
      });
      const again = (await storedCount(s, name)) - n;
      if (ctx.run === 0)
        result.notes!.push(
          `${way.id}: a resend of the same ${n.toLocaleString("en")} ids stored ` +
            `${again.toLocaleString("en")} again`,
        );
    }
    return result;
  },
};
