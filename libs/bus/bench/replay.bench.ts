// Replay throughput and memory: a raw ordered-consumer read of a stream of 1 KiB bulletins,
// against Tongbao's verified replay of the same range (ordered consumer, envelope + Merkle
// proof + batch signature + key window + subject checks, chain tracking, audit records), and
// the resident memory through the whole range. Not a test: prints numbers, asserts nothing.
//
//   node --conditions=source --import tsx/esm libs/bus/bench/replay.bench.ts [--count N] [--rounds R] [--only raw,verified,unverified]
//
// `--count 1000000` shows memory staying flat through a million messages (a few minutes,
// mostly filling the stream). The measurement functions are exported for the project-wide
// benchmark command.
import { parseArgs } from "node:util";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import { contracts, tongbao } from "@tongbao/contracts";
import { startNatsServer } from "@tongbao/testing";
import {
  ED25519,
  EnvelopeVerifier,
  draftMessage,
  sealBatch,
  replay,
  type Signer,
  type SigningKeyInfo,
} from "../src/mod.js";
import { messageDigestOf } from "../src/crypto/digest.js";
import { chainedHeader } from "../src/publisher/header-bytes.js";
import { bulletinOfSize, timed, type Throughput } from "./publish.bench.js";

export const REPLAY_SUBJECT = "tb.test.bulletin.power.miit";

export interface MemoryTrace {
  rssStartMiB: number;
  rssPeakMiB: number;
  rssEndMiB: number;
}

const mib = (bytes: number) => bytes / 2 ** 20;

/**
 * Fills `stream` with `count` sealed bulletins on one subject, as a publisher would have: one
 * producer chain, sealed `batch` at a time under one signature each.
 */
export async function fillStream(
  nc: NatsConnection,
  opts: { count: number; signer: Signer; batch?: number; payloadSize?: number },
): Promise<void> {
  const batch = opts.batch ?? 256;
  const { bytes: payload } = bulletinOfSize(opts.payloadSize ?? 1024);
  const input = {
    type: "tongbao.bulletin.v1.ThreatBulletin",
    payload,
    status: tongbao.envelope.v1.Status.STATUS_TEST,
    marking: { tlp: tongbao.common.v1.Tlp.TLP_GREEN },
    sectors: [tongbao.common.v1.Sector.SECTOR_POWER],
  };
  const js = jetstream(nc);
  let prev: Uint8Array = new Uint8Array(0);
  let seq = 0;
  for (let done = 0; done < opts.count; done += batch) {
    const items = [];
    for (let i = 0; i < Math.min(batch, opts.count - done); i++) {
      const draft = draftMessage(input, opts.signer.orgId, "bench-1", new Date());
      const header = chainedHeader(draft.headerBase, ++seq, prev);
      prev = messageDigestOf(header, draft.payloadSha256);
      items.push({ header, payload: draft.payload });
    }
    const acks = sealBatch(items, opts.signer).map((e) => js.publish(REPLAY_SUBJECT, e));
    // Whole batches in flight; the last ack of each keeps the producer a few batches ahead.
    if ((done / batch) % 8 === 7) await Promise.all(acks);
    else void Promise.all(acks).catch(() => {});
  }
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info("TB_TEST");
  if (info.state.messages < opts.count) {
    throw new Error(`stream holds ${info.state.messages} of ${opts.count} messages`);
  }
}

/** Reads the whole stream with a raw ordered consumer (no decoding): the baseline. */
export function measureRawReplay(nc: NatsConnection, stream = "TB_TEST"): Promise<Throughput> {
  return timedRun(async () => {
    let n = 0;
    const consumer = await jetstream(nc).consumers.get(stream, { opt_start_seq: 1 });
    const messages = await consumer.consume({ max_messages: 1000 });
    for await (const m of messages) {
      n += m.data.length > 0 ? 1 : 0;
      if (m.info.pending === 0) break;
    }
    messages.stop();
    await consumer.delete().catch(() => {});
    return n;
  });
}

/** Tongbao's replay of the whole stream, verified or not, with the RSS through it. */
export async function measureTongbaoReplay(
  nc: NatsConnection,
  opts: { verifier: EnvelopeVerifier; verify: boolean; stream?: string },
): Promise<Throughput & MemoryTrace & { signatureChecks: number; failed: number }> {
  const trace = { rssStartMiB: mib(process.memoryUsage().rss), rssPeakMiB: 0, rssEndMiB: 0 };
  let failed = 0;
  const before = opts.verifier.stats.signatureChecks;
  const t = await timedRun(async () => {
    let n = 0;
    const r = replay({
      nc,
      verifier: opts.verifier,
      stream: opts.stream ?? "TB_TEST",
      from: { seq: 1 },
      verify: opts.verify,
      audit: { actor: "bench", reason: "replay benchmark" },
      onProgress: () => {
        trace.rssPeakMiB = Math.max(trace.rssPeakMiB, mib(process.memoryUsage().rss));
      },
      progressIntervalMs: 200,
    });
    for await (const m of r) n += m.payloadBytes.length > 0 ? 1 : 0;
    failed = (await r.summary).failed;
    return n;
  });
  trace.rssEndMiB = mib(process.memoryUsage().rss);
  trace.rssPeakMiB = Math.max(trace.rssPeakMiB, trace.rssEndMiB);
  return {
    ...t,
    ...trace,
    signatureChecks: opts.verifier.stats.signatureChecks - before,
    failed,
  };
}

/** Like timed(), for a run that reports how many messages it handled. */
async function timedRun(fn: () => Promise<number>): Promise<Throughput> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const messages = await fn();
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    messages,
    seconds,
    msgsPerSec: messages / seconds,
    cpuUsPerMsg: (used.user + used.system) / messages,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "100000" },
      rounds: { type: "string", default: "3" },
      only: { type: "string" },
    },
  });
  const count = Number(values.count);
  const rounds = Number(values.rounds);
  await using server = await startNatsServer();
  const nc = await connect({ servers: server.url });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: "TB_TEST",
    subjects: ["tb.test.>"],
    duplicate_window: nanos(120_000),
  });
  await jsm.streams.add({ name: "TB_AUDIT", subjects: ["tba.>"] });
  const { privateKey, publicKey } = ED25519.generateKeyPair();
  const signer: Signer = { orgId: "miit", keyId: "miit-bench", suite: ED25519, privateKey };
  const key: SigningKeyInfo = {
    keyId: signer.keyId,
    orgId: "miit",
    algorithm: ED25519.algorithm,
    publicKey,
    notBefore: new Date(0),
  };
  const keys = { key: () => Promise.resolve(key), cachedKey: () => key };

  const filled = await timed(count, () => fillStream(nc, { count, signer }));
  console.log(`filled ${count} messages in ${filled.seconds.toFixed(1)} s`);
  const modes = [
    { key: "raw", label: "raw ordered consumer", run: () => measureRawReplay(nc) },
    {
      key: "verified",
      label: "Tongbao replay, verified",
      run: () => measureTongbaoReplay(nc, { verifier: new EnvelopeVerifier(keys), verify: true }),
    },
    {
      key: "unverified",
      label: "Tongbao replay, unverified",
      run: () => measureTongbaoReplay(nc, { verifier: new EnvelopeVerifier(keys), verify: false }),
    },
  ].filter((m) => !values.only || values.only.split(",").includes(m.key));

  const best = new Map<string, Throughput & Partial<MemoryTrace> & { signatureChecks?: number }>();
  for (let round = 1; round <= rounds; round++) {
    for (const m of modes) {
      const t = await m.run();
      if (t.messages !== count) throw new Error(`${m.label} read ${t.messages} of ${count}`);
      const prev = best.get(m.label);
      if (!prev || t.msgsPerSec > prev.msgsPerSec) best.set(m.label, t);
    }
  }
  await nc.close();
  const raw = best.get("raw ordered consumer");
  console.log(
    `\n${count} messages of ${contracts.threatBulletin.typeName} (1 KiB payload), best of ${rounds}, nats-server ${await server.version()}`,
  );
  console.log(
    `${"mode".padEnd(28)} ${"msgs/s".padStart(8)} ${"vs raw".padStart(7)} ${"CPU µs/msg".padStart(11)} ${"RSS start/peak/end MiB".padStart(24)} ${"sig checks".padStart(10)}`,
  );
  for (const [label, t] of best) {
    const rss =
      t.rssStartMiB === undefined
        ? ""
        : `${t.rssStartMiB.toFixed(0)}/${t.rssPeakMiB?.toFixed(0)}/${t.rssEndMiB?.toFixed(0)}`;
    console.log(
      `${label.padEnd(28)} ${t.msgsPerSec.toFixed(0).padStart(8)} ${(raw ? t.msgsPerSec / raw.msgsPerSec : NaN).toFixed(2).padStart(7)} ${t.cpuUsPerMsg.toFixed(1).padStart(11)} ${rss.padStart(24)} ${String(t.signatureChecks ?? "").padStart(10)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
