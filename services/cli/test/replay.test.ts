import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeAuditRecord, STREAMS } from "@tongbao/bus";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";
import { POWER_SUBJECT, SignedBus } from "./fixtures/signed-bus.js";

const COUNT = 100_000;

/** Splits length-delimited protobuf (varint length, then the message). */
function frames(bytes: Buffer): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    let length = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++] ?? 0;
      length += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    out.push(bytes.subarray(at, at + length));
    at += length;
  }
  return out;
}

describe("tongbao replay", () => {
  let bus: SignedBus;
  let tamperedSeq = 0;
  showServerLogsOnFailure(() => [bus.server]);

  beforeAll(async () => {
    bus = await SignedBus.start();
    await bus.populate(COUNT);
    // One more message: a genuine envelope whose payload was altered after signing.
    const first = await bus.js.consumers.get(STREAMS.LIVE, { opt_start_seq: 1 });
    const original = await first.next();
    if (!original) throw new Error("the populated stream is empty");
    const e = decodeEnvelope(original.data);
    const payload = Uint8Array.from(e.payload);
    payload[4] = (payload[4] ?? 0) ^ 0xff;
    tamperedSeq = (await bus.js.publish(POWER_SUBJECT, encodeEnvelope({ ...e, payload }))).seq;
  }, 60_000);
  afterAll(async () => {
    await bus?.[Symbol.asyncDispose]();
  });

  async function auditRecords() {
    const c = await bus.js.consumers.get(STREAMS.AUDIT, { filter_subjects: "tba.replay.>" });
    const records = [];
    for (;;) {
      const m = await c.next({ expires: 1_000 });
      if (!m) break;
      records.push(decodeAuditRecord(m.data));
      if (m.info.pending === 0) break;
    }
    return records;
  }

  it("verifies every one of 100,000 messages replayed to a file and records the replay", async () => {
    const file = join(bus.home, "range.jsonl");
    const run = await runCli(
      [
        "replay",
        "--from-seq",
        "1",
        "--to-seq",
        String(COUNT),
        "--reason",
        "incident 2025-0042 review",
        "--output",
        file,
        "--json",
      ],
      bus.env(),
    );
    expect(run.stderr).not.toMatch(/Error|at /);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout.trim()) as Record<string, unknown>;
    console.log(
      `replay of ${COUNT} messages: ${String(summary["elapsedMs"])} ms, peak RSS ` +
        `${Math.round(Number(summary["peakRssBytes"]) / 2 ** 20)} MiB`,
    );
    expect(summary).toMatchObject({
      scanned: COUNT,
      matched: COUNT,
      verified: COUNT,
      failed: 0,
      gaps: 0,
      complete: true,
    });
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(COUNT);
    const first = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(first).toMatchObject({
      seq: 1,
      subject: POWER_SUBJECT,
      verified: true,
      header: { type: "tongbao.bulletin.v1.ThreatBulletin", source: "miit" },
      payload: { title: "关于Mirai变种僵尸网络攻击工业路由器的通报" },
    });
    expect((JSON.parse(lines[COUNT - 1] ?? "{}") as { seq: number }).seq).toBe(COUNT);

    const records = await auditRecords();
    const start = records.find(
      (r) => r.detail?.["phase"] === "start" && r.reason === "incident 2025-0042 review",
    );
    expect(start).toMatchObject({
      action: "replay",
      actor: "ops-test",
      detail: { stream: "TB_LIVE", from: { seq: 1 }, to: { seq: COUNT } },
    });
    expect(records.find((r) => r.detail?.["startRecord"] === start?.id)).toMatchObject({
      detail: { phase: "end", verified: COUNT, failed: 0 },
    });
  });

  it("reports a tampered message as failed with its sequence and exits 3", async () => {
    const run = await runCli(
      [
        "replay",
        "--from-seq",
        String(tamperedSeq - 10),
        "--reason",
        "tamper check",
        "--output",
        join(bus.home, "tail.jsonl"),
      ],
      bus.env(),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("10 verified, 1 failed, 0 gaps");
    expect(run.stdout).toMatch(
      new RegExp(`failed #${tamperedSeq} ${POWER_SUBJECT}: TB_ERR_SIGNATURE`),
    );
  });

  it("refuses a replay without --reason and records nothing", async () => {
    const before = (await auditRecords()).length;
    const run = await runCli(["replay", "--from-seq", "1", "--output", "-"], bus.env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--reason is required");
    expect(run.stdout).toBe("");
    expect(await auditRecords()).toHaveLength(before);
  });

  it("writes length-delimited protobuf to stdout and its summary to stderr", async () => {
    const run = await runCli(
      ["replay", "--from-seq", "5", "--to-seq", "7", "--format", "protobuf", "--reason", "export"],
      bus.env(),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("3 verified, 0 failed");
    const ids = frames(run.stdoutBytes).map((f) => decodeEnvelope(f));
    expect(ids).toHaveLength(3);
    expect(ids.every((e) => e.signatures.length === 1)).toBe(true);
  });
});
