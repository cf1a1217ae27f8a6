// Throughput of 1 KiB messages: raw JetStream async publish (many in flight) against the same
// messages going through the durable outbox (enqueue → fdatasync → publish → PubAck → ack),
// on one nats-server in one run. Not a test: it prints a table and asserts nothing.
//
//   node --conditions=source --import tsx/esm libs/bus/bench/outbox.bench.ts [messages] [only]
//
// `only` (raw, ob100 or ob1) runs just that mode, e.g. under `node --cpu-prof`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { connect, nanos } from "@nats-io/transport-node";
import { startNatsServer } from "@tongbao/testing";
import {
  jetStreamPipelineSender,
  jetStreamSender,
  Outbox,
  type OutboxRecord,
  type OutboxSender,
} from "../src/outbox/mod.js";

const MESSAGES = Number(process.argv[2] ?? 50_000);
const ONLY = process.argv[3];
const WINDOW = 1024;
const SIZE = 1024;
const STREAM = "BENCH";

function records(run: string, n: number): OutboxRecord[] {
  const data = Buffer.alloc(SIZE, 7);
  return Array.from({ length: n }, (_, i) => ({
    subject: `bench.${run}.${i % 8}`,
    msgId: `${run}-${i}`,
    data,
  }));
}

/** Raw async publish, WINDOW requests in flight, each with a Nats-Msg-Id like the outbox's. */
async function raw(js: JetStreamClient, run: string): Promise<void> {
  const all = records(run, MESSAGES);
  let next = 0;
  const lane = async () => {
    while (next < all.length) {
      const r = all[next++] as OutboxRecord;
      await js.publish(r.subject, r.data, { msgID: r.msgId, expect: { streamName: STREAM } });
    }
  };
  await Promise.all(Array.from({ length: WINDOW }, lane));
}

/** Through the outbox, `batch` records per enqueue() call, many calls outstanding. */
async function viaOutbox(send: OutboxSender, run: string, batch: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-outbox-bench-"));
  const outbox = await Outbox.open({ dir, send, maxInFlight: WINDOW });
  try {
    const all = records(run, MESSAGES);
    const calls: Promise<void>[] = [];
    for (let i = 0; i < all.length; i += batch) {
      calls.push(outbox.enqueue(all.slice(i, i + batch)));
      // Keep the backlog bounded, as a publisher would: wait for the oldest calls to be durable.
      if (calls.length >= 4096 / batch) await calls.shift();
    }
    await Promise.all(calls);
    await outbox.drain(300_000);
    return outbox.stats().sent;
  } finally {
    await outbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Wall seconds, and CPU µs per message this process spent (less noisy on a shared machine). */
async function time(fn: () => Promise<unknown>): Promise<{ seconds: number; cpuUs: number }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpuUs: (used.user + used.system) / MESSAGES,
  };
}

await using server = await startNatsServer();
const nc = await connect({ servers: server.url });
const jsm = await jetstreamManager(nc);
await jsm.streams.add({ name: STREAM, subjects: ["bench.>"], duplicate_window: nanos(120_000) });
const js = jetstream(nc);
const viaJs = jetStreamSender(js, { expectedStream: STREAM });
const pipeline = jetStreamPipelineSender(nc, { expectedStream: STREAM });

await raw(js, "warmup"); // JIT, connection buffers, stream files
const rows: { mode: string; seconds: number; cpuUs: number }[] = [];
const modes = [
  { key: "raw", mode: `raw js.publish, ${WINDOW} in flight`, run: (id: string) => raw(js, id) },
  { key: "ob100", mode: "outbox, 100 per enqueue", run: (id: string) => viaOutbox(viaJs, id, 100) },
  { key: "ob1", mode: "outbox, 1 per enqueue", run: (id: string) => viaOutbox(viaJs, id, 1) },
  {
    key: "pipe100",
    mode: "outbox+pipeline, 100 per enqueue",
    run: (id: string) => viaOutbox(pipeline, id, 100),
  },
  {
    key: "pipe1",
    mode: "outbox+pipeline, 1 per enqueue",
    run: (id: string) => viaOutbox(pipeline, id, 1),
  },
].filter((m) => !ONLY || m.key === ONLY);
const ROUNDS = 3;
for (let round = 1; round <= ROUNDS; round++) {
  for (const { key, mode, run } of modes) {
    rows.push({ mode, ...(await time(() => run(`${key}-${round}`))) });
  }
}
const stored = (await jsm.streams.info(STREAM)).state.messages;
pipeline.stop();
await nc.close();

const best = new Map<string, { seconds: number; cpuUs: number }>();
for (const { mode, seconds, cpuUs } of rows) {
  const prev = best.get(mode);
  best.set(mode, {
    seconds: Math.min(prev?.seconds ?? Infinity, seconds),
    cpuUs: Math.min(prev?.cpuUs ?? Infinity, cpuUs),
  });
}
const rawRate = MESSAGES / (best.get(modes[0]?.mode ?? "")?.seconds ?? NaN);
const version = await server.version();
console.log(
  `\n${MESSAGES} messages of ${SIZE} B per run, best of ${ROUNDS}, nats-server ${version}`,
);
console.log(
  `${"mode".padEnd(34)} ${"msgs/s".padStart(8)} ${"MiB/s".padStart(6)} ` +
    `${"vs raw".padStart(6)} ${"CPU µs/msg".padStart(10)}`,
);
for (const [mode, { seconds, cpuUs }] of best) {
  const rate = MESSAGES / seconds;
  console.log(
    `${mode.padEnd(34)} ${rate.toFixed(0).padStart(8)} ${((rate * SIZE) / 2 ** 20).toFixed(1).padStart(6)} ` +
      `${(rate / rawRate).toFixed(2).padStart(6)} ${cpuUs.toFixed(1).padStart(10)}`,
  );
}
console.log(
  `(the stream holds ${stored} messages: ${MESSAGES} × ${rows.length + 1} runs expected)`,
);
