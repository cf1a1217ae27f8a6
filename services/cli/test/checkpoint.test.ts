import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  BUCKETS,
  Publisher,
  bucketStream,
  STREAMS,
  checkpointKey,
  keyIdFor,
  loadPrivateKey,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { DEV_KEY_FILES, OPERATOR, connectAs, dataLayout } from "@tongbao/organisations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";
import { busUp } from "./fixtures/up-process.js";

const { Status, Tlp, Sector } = {
  Status: tongbao.envelope.v1.Status,
  Tlp: tongbao.common.v1.Tlp,
  Sector: tongbao.common.v1.Sector,
};
/** Drill traffic: TB_EXERCISE allows deleting a message, which the live record does not. */
const STREAM = STREAMS.EXERCISE;
const COUNT = 60;
const PER_CHECKPOINT = 16;

describe("tongbao checkpoint and replay over checkpointed ranges", () => {
  let bus: Awaited<ReturnType<typeof busUp>>;
  let env: Record<string, string>;
  let operator: NatsConnection;
  let miit: NatsConnection;
  let outbox: string;

  const connect = (org: string) => {
    const layout = dataLayout(bus.home);
    return connectAs({
      url: `tls://127.0.0.1:${bus.port}`,
      nkey: layout.nkeyFile(org),
      tlsCa: layout.caFile,
      name: `checkpoint-test-${org}`,
      ...(org === OPERATOR ? {} : { orgId: org }),
    });
  };
  const replay = (...args: string[]) =>
    runCli(
      [
        "replay",
        "--status",
        "exercise",
        "--from-seq",
        "1",
        "--reason",
        "checkpoint test",
        "--json",
        "--output",
        join(bus.home, "out.jsonl"),
        ...args,
      ],
      env,
    );
  const summaryOf = (run: { stdout: string }) =>
    JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;

  beforeAll(async () => {
    bus = await busUp();
    const layout = dataLayout(bus.home);
    env = {
      TONGBAO_HOME: bus.home,
      TONGBAO_URL: `tls://127.0.0.1:${bus.port}`,
      TONGBAO_NKEY: layout.nkeyFile(OPERATOR),
      TONGBAO_TLS_CA: layout.caFile,
      TONGBAO_ACTOR: "ops-test",
    };
    operator = await connect(OPERATOR);
    miit = await connect("miit");
    // Low-rate department traffic: miit, under its own credentials and key, each message
    // published and acknowledged before the next, so each carries a signature of its own.
    const { privateKey, suite } = await loadPrivateKey(
      join(bus.home, "keys", DEV_KEY_FILES.signer("miit")),
    );
    const signer = {
      orgId: "miit",
      keyId: keyIdFor("miit", suite.publicKeyOf(privateKey)),
      suite,
      privateKey,
    };
    outbox = await mkdtemp(join(tmpdir(), "tongbao-checkpoint-"));
    const publisher = await Publisher.open({
      nc: miit,
      signer,
      producerId: "cp-test",
      outboxDir: outbox,
    });
    for (let i = 0; i < COUNT; i++) {
      await publisher.publish({
        type: "tongbao.bulletin.v1.ThreatBulletin",
        status: Status.STATUS_EXERCISE,
        marking: { tlp: Tlp.TLP_GREEN },
        sectors: [Sector.SECTOR_POWER],
        payload: {
          kind: "BULLETIN_KIND_THREAT",
          title: `演练通报 ${i}`,
          summary: "checkpoint test bulletin",
          category: "INCIDENT_CATEGORY_MALWARE",
          severity: "SEVERITY_LOW",
        },
      });
      await publisher.drain(10_000);
    }
    await publisher.close();
  }, 180_000);
  afterAll(async () => {
    await miit?.close();
    await operator?.close();
    await bus?.stop();
    if (outbox) await rm(outbox, { recursive: true, force: true });
  });

  it("seals the stream into signed checkpoints that a replay verifies instead of each signature", async () => {
    const sealed = await runCli(
      ["checkpoint", "--status", "exercise", "--max-messages", String(PER_CHECKPOINT), "--json"],
      env,
    );
    expect(sealed.stderr).toBe("");
    expect(sealed.code).toBe(0);
    const heads = sealed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, number>);
    expect(heads).toHaveLength(Math.ceil(COUNT / PER_CHECKPOINT));
    expect(heads.at(-1)).toMatchObject({ index: heads.length, treeSize: COUNT, lastSeq: COUNT });

    // Sealing again finds nothing new; listing checks every signature and consistency proof.
    const again = await runCli(["checkpoint", "--status", "exercise"], env);
    expect(again.stdout).toMatch(/nothing to seal/);
    const listed = await runCli(["checkpoint", "--status", "exercise", "--list"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(
        `${heads.length} checkpoints of ${STREAM}, every signature and consistency proof checked`,
      ),
    );

    const light = await replay();
    expect(light.code, light.stderr).toBe(0);
    expect(summaryOf(light)).toMatchObject({
      scanned: COUNT,
      verified: COUNT,
      failed: 0,
      checkpoints: heads.length,
      checkpointed: COUNT,
    });
    // A subject filter shows the ranges only in part: every message by its own signature.
    const filtered = await replay("--subject", "tb.exercise.bulletin.*.miit");
    expect(filtered.code, filtered.stderr).toBe(0);
    expect(summaryOf(filtered)).toMatchObject({ verified: COUNT, failed: 0, checkpoints: 0 });
    const full = await replay("--full");
    expect(full.code, full.stderr).toBe(0);
    expect(summaryOf(full)).toMatchObject({
      verified: COUNT,
      failed: 0,
      checkpoints: 0,
      checkpointed: 0,
    });
  });

  it("refuses a department's write to the checkpoint bucket, which the operator's succeeds", async () => {
    const key = checkpointKey(STREAM, 1);
    const subject = (k: string) => `$KV.${BUCKETS.CHECKPOINTS}.${k}`;
    const jsm = await jetstreamManager(operator);
    const stored = () =>
      jsm.streams
        .getMessage(bucketStream(BUCKETS.CHECKPOINTS), { last_by_subj: subject(key) })
        .then((m) => m?.seq);
    const before = await stored();
    expect(before).toBeGreaterThan(0);
    const forged = JSON.stringify({ v: 1, stream: STREAM, index: 1, forged: true });
    // miit's own account imports nothing of the bucket: its writes reach no stream.
    const js = jetstream(miit, { timeout: 2_000 });
    await expect(js.publish(subject(key), forged)).rejects.toThrow();
    await expect(js.publish(subject(checkpointKey(STREAM, 99)), forged)).rejects.toThrow();
    await expect(
      jetstreamManager(miit, { timeout: 2_000 }).then((m) =>
        m.streams.purge(bucketStream(BUCKETS.CHECKPOINTS)),
      ),
    ).rejects.toThrow();
    expect(await stored()).toBe(before);
    const info = await jsm.streams.info(bucketStream(BUCKETS.CHECKPOINTS), {
      subjects_filter: ">",
    });
    expect(Object.keys(info.state.subjects ?? {})).not.toContain(
      subject(checkpointKey(STREAM, 99)),
    );
    // The positive control: the operator's account writes the bucket (outside any stream's log).
    const probe = await jetstream(operator).publish(subject("probe.operator-write"), "ok");
    expect(probe.seq).toBeGreaterThan(0);
    await jsm.streams.purge(bucketStream(BUCKETS.CHECKPOINTS), {
      filter: subject("probe.operator-write"),
    });
    // A checkpoint already stored is write-once: a create over it fails, even the operator's.
    await expect(
      jetstream(operator).publish(subject(key), forged, { expect: { lastSubjectSequence: 0 } }),
    ).rejects.toThrow();
    // The log still verifies.
    const listed = await runCli(["checkpoint", "--status", "exercise", "--list"], env);
    expect(listed.code, listed.stderr).toBe(0);
  });

  it("fails the replay, naming the checkpoint, once a sealed message is removed from the stream", async () => {
    const jsm = await jetstreamManager(operator);
    const removed = PER_CHECKPOINT + 3;
    expect(await jsm.streams.deleteMessage(STREAM, removed)).toBe(true);
    const run = await replay();
    expect(run.code).toBe(3);
    const summary = summaryOf(run) as {
      failures: { seq: number; code: string; message: string }[];
    };
    expect(summary).toMatchObject({
      scanned: COUNT - 1,
      verified: COUNT - 1,
      checkpoints: heads(COUNT) - 1,
    });
    expect(summary.failures).toEqual([
      expect.objectContaining({
        seq: PER_CHECKPOINT + 1,
        code: "TB_ERR_CHECKPOINT",
        message: expect.stringMatching(
          /checkpoint 2 of TB_EXERCISE .*sealed 16 messages; the stream now holds 15 there: a message was removed/,
        ),
      }),
    ]);
  });
});

function heads(count: number): number {
  return Math.ceil(count / PER_CHECKPOINT);
}
