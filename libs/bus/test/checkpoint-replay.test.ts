import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCheckpoint, signCheckpoint } from "../src/checkpoint/checkpoint-head.js";
import { CheckpointLog, checkpointKey } from "../src/checkpoint/checkpoint-log.js";
import { sealCheckpoints } from "../src/checkpoint/checkpoint-sealer.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { AdminKeys } from "../src/registry/admin-keys.js";
import { generateAdminSigner } from "../src/registry/dev-identity.js";
import { HashingPool } from "../src/replay/hashing-pool.js";
import { replay } from "../src/replay/replay.js";
import { BUCKETS, provision } from "../src/topology.js";
import { storeSealedRange } from "./fixtures/sealed-range.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

// Long enough for the worker pool (2,048 or more), in checkpoints of 1,024.
const COUNT = 4_000;
const PER_CHECKPOINT = 1_024;
const SUBJECT = "tb.test.bulletin.power.miit";
const miit = orgKey("miit");
const admin = generateAdminSigner();
const admins = new AdminKeys(admin.adminKeys);
const WHO = { actor: "ops-miit", reason: "checkpoint test" };

describe("checkpoints over traffic signed one message at a time", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let tampered = 0;
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    jsm = await jetstreamManager(nc);
    await provision(jsm);
    const js = jetstream(nc);
    await storeSealedRange(js, miit.signer, {
      count: COUNT,
      payloadBytes: 300,
      subject: SUBJECT,
      perSignature: 1,
    });
    // A message whose payload was altered after signing, inside what will be sealed.
    const e = decodeEnvelope((await jsm.streams.getMessage("TB_TEST", { seq: 9 }))!.data);
    const payload = Uint8Array.from(e.payload);
    payload[2] = (payload[2] ?? 0) ^ 0xff;
    tampered = (await js.publish(SUBJECT, encodeEnvelope({ ...e, payload }))).seq;
    await storeSealedRange(js, miit.signer, { count: 100, payloadBytes: 300, subject: SUBJECT });
  }, 120_000);
  afterAll(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  async function run(opts: { full?: boolean; log?: CheckpointLog }) {
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    const r = replay({
      nc,
      verifier,
      stream: "TB_TEST",
      from: { seq: 1 },
      audit: WHO,
      pool: new HashingPool(2),
      ...(opts.full ? { full: true } : {}),
      ...(opts.log ? { checkpoints: opts.log } : {}),
    });
    const seqs: number[] = [];
    for await (const m of r) seqs.push(m.seq);
    return { seqs, summary: await r.summary, stats: verifier.stats };
  }

  it("seals verified ranges, leaves the forged message out, and replays by one signature per range", async () => {
    const report = await sealCheckpoints({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      signer: admin.signer,
      admins,
      stream: "TB_TEST",
      maxMessages: PER_CHECKPOINT,
      audit: WHO,
    });
    const total = COUNT + 101;
    expect(report.sealed.map((c) => c.excluded)).toEqual([[], [], [], [tampered], []]);
    expect(report).toMatchObject({ lastSeq: total, excluded: 1 });
    expect(report.sealed.at(-1)).toMatchObject({ treeSize: total - 1 });

    const log = await CheckpointLog.open({ nc, stream: "TB_TEST", admins });
    const light = await run({ log });
    const full = await run({ full: true, log });
    const expected = Array.from({ length: total }, (_, i) => i + 1).filter((s) => s !== tampered);
    expect(light.seqs).toEqual(expected);
    expect(full.seqs).toEqual(expected);
    // By checkpoints: no originator signature is checked; the forged message, no leaf, is
    // checked alone and refused by its payload digest before its signature.
    expect(light.summary).toMatchObject({ checkpoints: 5, checkpointed: total - 1, failed: 1 });
    expect(light.stats.signatureChecks + light.stats.workerChecks).toBe(0);
    expect(light.summary.failures).toEqual([
      expect.objectContaining({ seq: tampered, code: "TB_ERR_SIGNATURE" }),
    ]);
    // The control: --full checks them all (the 100 sealed together under one signature).
    expect(full.summary).toMatchObject({ checkpoints: 0, checkpointed: 0, failed: 1 });
    expect(full.stats.signatureChecks + full.stats.workerChecks).toBe(COUNT + 1);
  });

  it("refuses a log with a checkpoint signed by a key that is not a registry admin", async () => {
    const log = await CheckpointLog.open({ nc, stream: "TB_TEST", admins });
    const last = log.last!;
    const intruder = generateAdminSigner();
    const forged = signCheckpoint(
      {
        ...last,
        index: last.index + 1,
        firstSeq: last.lastSeq + 1,
        lastSeq: last.lastSeq + 1,
        size: 0,
        keyId: intruder.signer.keyId,
      },
      intruder.signer,
      [],
      last.frontier,
    );
    const kv = await new Kvm(nc).open(BUCKETS.CHECKPOINTS);
    await kv.create(checkpointKey("TB_TEST", forged.index), encodeCheckpoint(forged));
    await expect(CheckpointLog.open({ nc, stream: "TB_TEST", admins })).rejects.toThrow(
      /checkpoint 6 of TB_TEST is signed by ".*", which is not a registry admin key/,
    );
    await kv.delete(checkpointKey("TB_TEST", forged.index));
  });
});
