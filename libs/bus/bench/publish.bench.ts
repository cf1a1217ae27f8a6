// Publish throughput of 1 KiB bulletins: raw JetStream async publish (many in flight) of the
// payload bytes, against Tongbao's publish (check and encode → group commit: chain, Merkle
// seal, one signature → outbox fdatasync → send → PubAck) of the same payload, until every
// message is acknowledged by the stream. Not a test: prints a table, asserts nothing.
//
//   node --conditions=source --import tsx/esm libs/bus/bench/publish.bench.ts [--count N] [--rounds R] [--only raw,bytes,instance,json] [--max-batch 256]
//
// The measurement functions are exported for the project-wide benchmark command.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import { contracts, tongbao } from "@tongbao/contracts";
import { startNatsServer } from "@tongbao/testing";
import { ED25519, Publisher, type PublishInput, type Signer } from "../src/mod.js";

export interface Throughput {
  messages: number;
  seconds: number;
  msgsPerSec: number;
  /** CPU time of this process per message (user + system), in µs. */
  cpuUsPerMsg: number;
}

export type PayloadForm = "bytes" | "instance" | "json";

/** A ThreatBulletin whose encoding is `size` bytes, in each form publish() takes. */
export function bulletinOfSize(size: number) {
  const base = {
    kind: "BULLETIN_KIND_THREAT",
    title: "工业控制系统漏洞通报",
    summary: "Mirai variant spreading through exposed industrial routers",
    category: "INCIDENT_CATEGORY_MALWARE",
    severity: "SEVERITY_HIGH",
  };
  const overhead = contracts.threatBulletin.encode(contracts.threatBulletin.fromJson(base)).length;
  const json = { ...base, body: "x".repeat(Math.max(0, size - overhead - 3)) };
  const instance = contracts.threatBulletin.fromJson(json);
  return { json, instance, bytes: contracts.threatBulletin.encode(instance) };
}

export async function timed(messages: number, fn: () => Promise<unknown>): Promise<Throughput> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    messages,
    seconds,
    msgsPerSec: messages / seconds,
    cpuUsPerMsg: (used.user + used.system) / messages,
  };
}

/**
 * Raw JetStream async publish: `window` publishes in flight, each with a Nats-Msg-Id, to the
 * subject Tongbao would use, until every PubAck is in.
 */
export function measureRawPublish(
  nc: NatsConnection,
  opts: { count: number; payload: Uint8Array; window?: number; run: string },
): Promise<Throughput> {
  const js = jetstream(nc);
  const window = opts.window ?? 1024;
  return timed(opts.count, async () => {
    let next = 0;
    const lane = async () => {
      while (next < opts.count) {
        const i = next++;
        await js.publish("tb.test.bulletin.power.miit", opts.payload, {
          msgID: `${opts.run}-${i}`,
        });
      }
    };
    await Promise.all(Array.from({ length: window }, lane));
  });
}

/**
 * Tongbao publish through a fresh outbox: up to `backlog` publishes outstanding (as a service
 * applying backpressure would), then drain until the stream has acknowledged every copy.
 */
export async function measureTongbaoPublish(
  nc: NatsConnection,
  opts: {
    count: number;
    signer: Signer;
    payload: PublishInput["payload"];
    backlog?: number;
    maxBatch?: number;
  },
): Promise<Throughput & { signatures: number }> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-publish-bench-"));
  const publisher = await Publisher.open({
    nc,
    signer: opts.signer,
    producerId: `bench-${process.pid}`,
    outboxDir: dir,
    ...(opts.maxBatch ? { maxBatch: opts.maxBatch } : {}),
  });
  const input: PublishInput = {
    type: "tongbao.bulletin.v1.ThreatBulletin",
    payload: opts.payload,
    status: tongbao.envelope.v1.Status.STATUS_TEST,
    marking: { tlp: tongbao.common.v1.Tlp.TLP_GREEN },
    sectors: [tongbao.common.v1.Sector.SECTOR_POWER],
  };
  try {
    const result = await timed(opts.count, async () => {
      const backlog = opts.backlog ?? 4096;
      let outstanding = 0;
      let failed: unknown;
      let room: (() => void) | undefined;
      const settled = (err?: unknown) => {
        failed ??= err;
        // Resume at half the backlog, so the producer runs in bursts, not one call at a time.
        if (--outstanding <= backlog / 2 && room) {
          room();
          room = undefined;
        }
      };
      for (let i = 0; i < opts.count; i++) {
        outstanding++;
        publisher.publish(input).then(() => settled(), settled);
        if (outstanding >= backlog) await new Promise<void>((resolve) => (room = resolve));
      }
      await publisher.drain(600_000);
      if (failed) throw failed;
    });
    return { ...result, signatures: publisher.stats().signatures };
  } finally {
    await publisher.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "30000" },
      rounds: { type: "string", default: "3" },
      size: { type: "string", default: "1024" },
      only: { type: "string" },
      "max-batch": { type: "string", default: "256" },
    },
  });
  const count = Number(values.count);
  const maxBatch = Number(values["max-batch"]);
  const rounds = Number(values.rounds);
  const payload = bulletinOfSize(Number(values.size));
  await using server = await startNatsServer();
  const nc = await connect({ servers: server.url });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: "TB_TEST",
    subjects: ["tb.test.>"],
    duplicate_window: nanos(120_000),
  });
  const { privateKey } = ED25519.generateKeyPair();
  const signer: Signer = { orgId: "miit", keyId: "miit-bench", suite: ED25519, privateKey };

  const modes: { key: string; label: string; run: (round: number) => Promise<Throughput> }[] = [
    {
      key: "raw",
      label: "raw js.publish, 1024 in flight",
      run: (r) => measureRawPublish(nc, { count, payload: payload.bytes, run: `raw-${r}` }),
    },
    {
      key: "bytes",
      label: "Tongbao publish, payload bytes",
      run: () => measureTongbaoPublish(nc, { count, signer, payload: payload.bytes, maxBatch }),
    },
    {
      key: "instance",
      label: "Tongbao publish, message object",
      run: () => measureTongbaoPublish(nc, { count, signer, payload: payload.instance, maxBatch }),
    },
    {
      key: "json",
      label: "Tongbao publish, JSON (schema-checked)",
      run: () => measureTongbaoPublish(nc, { count, signer, payload: payload.json, maxBatch }),
    },
  ].filter((m) => !values.only || values.only.split(",").includes(m.key));

  await measureRawPublish(nc, { count: 5_000, payload: payload.bytes, run: "warmup" });
  const best = new Map<string, Throughput>();
  for (let round = 1; round <= rounds; round++) {
    for (const m of modes) {
      const t = await m.run(round);
      const prev = best.get(m.label);
      if (!prev || t.msgsPerSec > prev.msgsPerSec) best.set(m.label, t);
    }
  }
  await nc.close();
  const raw = best.get(modes.find((m) => m.key === "raw")?.label ?? "");
  console.log(
    `\n${count} bulletins of ${payload.bytes.length} B payload per run, best of ${rounds}, nats-server ${await server.version()}`,
  );
  console.log(
    `${"mode".padEnd(40)} ${"msgs/s".padStart(8)} ${"vs raw".padStart(7)} ${"CPU µs/msg".padStart(11)}`,
  );
  for (const [label, t] of best) {
    console.log(
      `${label.padEnd(40)} ${t.msgsPerSec.toFixed(0).padStart(8)} ${(raw ? t.msgsPerSec / raw.msgsPerSec : NaN).toFixed(2).padStart(7)} ${t.cpuUsPerMsg.toFixed(1).padStart(11)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
