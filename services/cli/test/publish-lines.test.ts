import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { STREAMS } from "@tongbao/bus";
import { decodeEnvelope } from "@tongbao/contracts";
import { DepartmentCluster } from "@tongbao/department/testing";
import { OPERATOR } from "@tongbao/organisations";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";

/** A power-sector ThreatBulletin as an operator writes it, one JSON object. */
function bulletin(n: number, marking: Record<string, string> = { tlp: "green" }) {
  return {
    type: "tongbao.bulletin.v1.ThreatBulletin",
    status: "live",
    marking,
    sectors: ["power"],
    payload: {
      kind: "BULLETIN_KIND_THREAT",
      title: `关于工业路由器漏洞利用的通报 ${n}`,
      summary: "Mirai variant spreading through exposed industrial routers",
      category: "INCIDENT_CATEGORY_MALWARE",
      severity: "SEVERITY_HIGH",
    },
  };
}

const lines = (count: number, bad?: { line: number; text: string }) =>
  Array.from({ length: count }, (_, i) =>
    bad?.line === i + 1 ? bad.text : JSON.stringify(bulletin(i + 1)),
  ).join("\n") + "\n";

/**
 * `tongbao publish` with JSON Lines, run as its own process, on the secure bus as `tongbao up`
 * runs it (TLS, an account per organisation), publishing under MIIT's own credentials.
 */
describe("tongbao publish, JSON Lines", () => {
  let c: DepartmentCluster;
  let operator: NatsConnection;
  let jsm: JetStreamManager;
  showServerLogsOnFailure(() => (c ? [c.server] : []));

  const publish = (args: string[], stdin?: string) =>
    runCli(
      ["publish", ...args, "--org", "miit", "--json"],
      {
        TONGBAO_URL: c.url,
        TONGBAO_NKEY: c.layout.nkeyFile("miit"),
        TONGBAO_TLS_CA: c.layout.caFile,
        TONGBAO_HOME: c.dir,
      },
      { timeoutMs: 120_000, ...(stdin === undefined ? {} : { input: stdin }) },
    );
  const stored = async () => (await jsm.streams.info(STREAMS.LIVE)).state.last_seq;

  beforeAll(async () => {
    c = await DepartmentCluster.start([]);
    operator = await c.connect(OPERATOR);
    jsm = await jetstreamManager(operator);
  }, 60_000);
  afterAll(async () => {
    await operator?.close();
    await c?.stop();
  });

  it("publishes every line of a .jsonl file, sealed in groups under few signatures", async () => {
    const file = join(c.dir, "bulletins.jsonl");
    await writeFile(file, lines(2_500));
    const before = await stored();
    const run = await publish([file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const results = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; subjects: string[] });
    expect(results).toHaveLength(2_500);
    expect(results[0]!.subjects).toEqual(["tb.live.bulletin.power.miit"]);
    expect(await stored()).toBe(before + 2_500);
    // Batched: one signature per sealed group, not one per message.
    const signatures = new Set<string>();
    for (let seq = before + 1; seq <= before + 2_500; seq++) {
      const m = await jsm.streams.getMessage(STREAMS.LIVE, { seq });
      signatures.add(
        Buffer.from(decodeEnvelope(m!.data).signatures[0]?.value ?? []).toString("hex"),
      );
    }
    expect(signatures.size).toBeLessThanOrEqual(40);
  });

  it("reads JSON Lines from stdin with -", async () => {
    const before = await stored();
    const run = await publish(["-"], lines(3));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(await stored()).toBe(before + 3);
  });

  it("refuses a bad line by number and field, exit 2, and says what was published", async () => {
    const file = join(c.dir, "late-fault.ndjson");
    const bad = JSON.stringify(bulletin(1_500, { tlp: "purple" }));
    await writeFile(file, lines(2_000, { line: 1_500, text: bad }));
    const before = await stored();
    const run = await publish([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} line 1500, field marking.tlp:`);
    expect(run.stderr).toContain('"purple" is not known');
    // The first window (lines 1–1,024) went out; the bad line's window did not.
    expect(run.stderr).toContain("1024 messages before line 1025 were published");
    expect(run.stderr).toContain("publish from line 1025");
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1_024);
    expect(await stored()).toBe(before + 1_024);
  });

  it("publishes nothing when a line in the first window is not JSON", async () => {
    const before = await stored();
    const run = await publish(["-"], lines(10, { line: 4, text: '{"type": "tongbao.bulletin' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("stdin line 4: not JSON");
    expect(run.stderr).toContain("nothing was published");
    expect(run.stdout).toBe("");
    expect(await stored()).toBe(before);
  });
});
