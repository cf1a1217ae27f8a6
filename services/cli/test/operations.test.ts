import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import { Quarantine, STREAMS } from "@tongbao/bus";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runInProcess } from "./fixtures/run-cli.js";
import { BULLETIN, POWER_SUBJECT, SignedBus } from "./fixtures/signed-bus.js";

describe("tongbao operations", () => {
  let bus: SignedBus;
  let populatedFrom: Date;
  let populatedTo: Date;
  showServerLogsOnFailure(() => [bus.server]);
  const cli = (...args: string[]) => runInProcess(args, bus.env());

  beforeAll(async () => {
    bus = await SignedBus.start();
    populatedFrom = new Date();
    await bus.populate(20);
    populatedTo = new Date();
    const jsm = await jetstreamManager(bus.nc);
    await jsm.consumers.add(STREAMS.LIVE, {
      durable_name: "nea-live",
      filter_subject: "tb.live.bulletin.power.*",
      ack_policy: AckPolicy.Explicit,
    });
  });
  afterAll(async () => {
    await bus?.[Symbol.asyncDispose]();
  });

  async function quarantineStored(seq: number, data?: Uint8Array): Promise<number> {
    const jsm = await jetstreamManager(bus.nc);
    const m = await jsm.streams.getMessage(STREAMS.LIVE, { seq });
    if (!m) throw new Error(`no message #${seq}`);
    const q = new Quarantine(bus.js);
    await q.put({
      reason: new TongbaoError("TB_ERR_UNKNOWN_KEY", "key not registered yet"),
      subject: m.subject,
      stream: STREAMS.LIVE,
      streamSeq: seq,
      storedAt: m.time,
      deliveryCount: 1,
      consumer: "nea-test",
      data: data ?? m.data,
    });
    return (await jsm.streams.info(STREAMS.QUARANTINE)).state.last_seq;
  }

  it("documents every command with an example and the exit codes", async () => {
    const top = await cli("--help");
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("3 verification failures");
    for (const name of ["replay", "tail", "status", "quarantine", "keys", "audit", "publish"]) {
      const run = await cli(name, "--help");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Example: tongbao ${name} `));
    }
  });

  it("exits 4 with what to do when the bus cannot be reached", async () => {
    const run = await runCli(
      ["status"],
      bus.env({ TONGBAO_URL: "nats://127.0.0.1:1", TONGBAO_CONNECT_DEADLINE: "1" }),
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("tongbao up");
  });

  it("shows streams, a department's consumer lag and the quarantine count", async () => {
    await quarantineStored(2);
    const run = await cli("status", "--json");
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as {
      streams: { name: string; messages: number }[];
      consumers: { department: string; lag: number }[];
      quarantine: { total: number; byCode: Record<string, number> };
    };
    expect(s.streams.find((r) => r.name === STREAMS.LIVE)?.messages).toBe(20);
    expect(s.consumers).toEqual([expect.objectContaining({ department: "nea", lag: 20 })]);
    expect(s.quarantine.total).toBeGreaterThanOrEqual(1);
    expect(s.quarantine.byCode["TB_ERR_UNKNOWN_KEY"]).toBeGreaterThanOrEqual(1);
  });

  it("follows a stream with filters and prints decoded messages", async () => {
    const run = await cli(
      "tail",
      "--from-seq",
      "1",
      "--count",
      "3",
      "--family",
      "bulletin",
      "--json",
    );
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l["seq"])).toEqual([1, 2, 3]);
    expect(lines[0]).toMatchObject({ verified: true, header: { type: BULLETIN } });
  });

  it("lists, shows and releases a quarantined message after re-validating it", async () => {
    const qseq = await quarantineStored(3);
    const list = await cli("quarantine", "list", "--json");
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`"seq":${qseq}`);
    const show = await cli("quarantine", "show", String(qseq), "--json");
    expect(JSON.parse(show.stdout)).toMatchObject({
      code: "TB_ERR_UNKNOWN_KEY",
      streamSeq: 3,
      message: { header: { source: "miit" } },
    });
    const refused = await cli("quarantine", "release", String(qseq));
    expect(refused.code).toBe(2);
    // Anyone publishing into TB_LIVE can use a message id; the one a release would take from
    // the record's number alone must not make the stream drop the release as a duplicate.
    await bus.js.publish("tb.live.bulletin.power.nea", "not a release", {
      msgID: `release:${STREAMS.QUARANTINE}:${qseq}`,
    });
    const released = await cli(
      "quarantine",
      "release",
      String(qseq),
      "--reason",
      "key now registered",
      "--json",
    );
    expect(released.stderr).toBe("");
    expect(released.code).toBe(0);
    const r = JSON.parse(released.stdout) as { stream: string; seq: number; duplicate: boolean };
    expect(r.duplicate).toBe(false);
    const jsm = await jetstreamManager(bus.nc);
    const copy = await jsm.streams.getMessage(STREAMS.LIVE, { seq: r.seq });
    expect(copy?.subject).toBe(POWER_SUBJECT);
    expect(copy?.header.get("Tb-Released-From")).toBe(`${STREAMS.QUARANTINE}#${qseq}`);
  });

  it("keeps a quarantined message that still fails validation", async () => {
    const jsm = await jetstreamManager(bus.nc);
    const m = await jsm.streams.getMessage(STREAMS.LIVE, { seq: 4 });
    const e = decodeEnvelope(m?.data ?? new Uint8Array());
    const payload = Uint8Array.from(e.payload);
    payload[4] = (payload[4] ?? 0) ^ 0xff;
    const qseq = await quarantineStored(4, encodeEnvelope({ ...e, payload }));
    const run = await cli("quarantine", "release", String(qseq), "--reason", "try it");
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("still fails validation");
  });

  it("generates, registers, lists and revokes a signing key, and publishes with one", async () => {
    const keyFile = join(bus.home, "keys", "miit-2.pem");
    const gen = await cli(
      "keys",
      "generate",
      "--org",
      "miit",
      "--out",
      keyFile,
      "--register",
      "--reason",
      "second service",
      "--json",
    );
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    const keyId = (JSON.parse(gen.stdout) as { registered: { keyId: string } }).registered.keyId;

    const message = join(bus.home, "bulletin.json");
    await writeFile(
      message,
      JSON.stringify({
        type: BULLETIN,
        status: "live",
        marking: { tlp: "green", dataLevel: "DATA_LEVEL_GENERAL" },
        sectors: ["power"],
        payload: {
          kind: "BULLETIN_KIND_THREAT",
          title: "published from the command",
          summary: "s",
          category: "INCIDENT_CATEGORY_MALWARE",
          severity: "SEVERITY_LOW",
        },
      }),
    );
    const pub = await cli(
      "publish",
      message,
      "--org",
      "miit",
      "--key",
      keyFile,
      "--outbox",
      join(bus.home, "outbox"),
      "--json",
    );
    expect(pub.stderr).toBe("");
    expect(pub.code).toBe(0);
    expect(JSON.parse(pub.stdout)).toMatchObject({ subjects: [POWER_SUBJECT] });
    const last = (await (await jetstreamManager(bus.nc)).streams.info(STREAMS.LIVE)).state.last_seq;
    const tailed = await cli("tail", "--from-seq", String(last), "--count", "1", "--json");
    expect(JSON.parse(tailed.stdout)).toMatchObject({
      keyId,
      payload: { title: "published from the command" },
    });

    const outbox = await cli("status", "--outbox", join(bus.home, "outbox"), "--json");
    expect(JSON.parse(outbox.stdout)).toMatchObject({
      outboxes: [{ dir: join(bus.home, "outbox"), pending: 0 }],
    });

    const revoke = await cli("keys", "revoke", keyId, "--reason", "service retired", "--json");
    expect(revoke.code).toBe(0);
    const list = await cli("keys", "list", "--org", "miit", "--json");
    const keys = JSON.parse(list.stdout) as { keyId: string; revokedTime?: string }[];
    expect(keys.find((k) => k.keyId === keyId)?.revokedTime).toBeDefined();
  });

  it("refuses a message file that fails validation, naming the field, and publishes nothing", async () => {
    const message = join(bus.home, "bad.json");
    await writeFile(
      message,
      JSON.stringify([
        {
          type: BULLETIN,
          status: "live",
          marking: { tlp: "red" },
          sectors: ["power"],
          payload: { kind: "BULLETIN_KIND_THREAT", title: "x" },
        },
      ]),
    );
    const before = (await (await jetstreamManager(bus.nc)).streams.info(STREAMS.LIVE)).state
      .last_seq;
    const run = await cli("publish", message, "--org", "miit", "--key", join(bus.home, "none.pem"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json at \[0\]/);
    expect((await (await jetstreamManager(bus.nc)).streams.info(STREAMS.LIVE)).state.last_seq).toBe(
      before,
    );
  });

  it("replays a time range through the marking, family and origin filters", async () => {
    const file = join(bus.home, "window.jsonl");
    const range = ["--since", populatedFrom.toISOString(), "--until", populatedTo.toISOString()];
    const kept = await cli(
      "replay",
      ...range,
      "--marking",
      "green",
      "--family",
      "bulletin",
      "--origin",
      "miit",
      "--reason",
      "window check",
      "--output",
      file,
      "--json",
    );
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout)).toMatchObject({
      firstSeq: 1,
      matched: 20,
      verified: 20,
      failed: 0,
    });
    const none = await cli(
      "replay",
      ...range,
      "--origin",
      "nea",
      "--reason",
      "window check",
      "--output",
      file,
      "--json",
    );
    expect(JSON.parse(none.stdout)).toMatchObject({ scanned: 20, matched: 0 });
    expect(await readFile(file, "utf8")).toBe("");
  });

  it("verifies the audit trail, and reports a forged registry record with its sequence", async () => {
    const replayRun = await cli(
      "replay",
      "--from-seq",
      "1",
      "--to-seq",
      "5",
      "--reason",
      "audit check",
      "--output",
      join(bus.home, "r.jsonl"),
    );
    expect(replayRun.code).toBe(0);
    const clean = await cli("audit", "--json");
    expect(clean.code).toBe(0);
    const records = clean.stdout
      .trim()
      .split("\n")
      .map(
        (l) => JSON.parse(l) as { record?: { action: string; reason?: string }; summary?: unknown },
      );
    expect(
      records.some((r) => r.record?.action === "replay" && r.record.reason === "audit check"),
    ).toBe(true);
    expect(records.some((r) => r.record?.action === "key-revoke")).toBe(true);

    const forged = await bus.js.publish(
      "tba.key-revoke.mallory",
      JSON.stringify({
        v: 1,
        id: "0190b0b0-0000-7000-8000-000000000000",
        time: new Date().toISOString(),
        action: "key-revoke",
        actor: "mallory",
        reason: "x",
        detail: { event: Buffer.from("not signed").toString("base64") },
      }),
    );
    const run = await runCli(["audit"], bus.env());
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`#${forged.seq}`);
    expect(run.stdout).toContain("FAILED: the registry event it carries does not verify");
  });
});
