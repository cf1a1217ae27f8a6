import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { STREAMS, decodeAuditRecord } from "@tongbao/bus";
import { plcVulnerabilityNotice, type InboxEntry } from "@tongbao/department";
import { OPERATOR } from "@tongbao/organisations";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The department suite's secure bus with services under their own credentials.
import { DepartmentCluster } from "@tongbao/department/testing";
import type { RedeliveryReport } from "../src/redelivery.js";
import { runInProcess } from "./fixtures/run-cli.js";
const RECEIPT = "tongbao.receipt.v1.Receipt";

/**
 * MIIT and MEM as department services on the secure bus, each under its own credentials;
 * the operator's CLI re-delivers to MEM.
 */
describe("tongbao replay --deliver-to", () => {
  let c: DepartmentCluster;
  let operator: NatsConnection;
  const ids: string[] = [];
  showServerLogsOnFailure(() => (c ? [c.server] : []));

  const dept = (id: string) => c.get(id);
  const redeliver = async (...args: string[]) => {
    const run = await runInProcess(
      ["replay", "--deliver-to", dept("mem").url, "--actor", "ops-li", "--json", ...args],
      {
        TONGBAO_URL: c.url,
        TONGBAO_NKEY: c.layout.nkeyFile(OPERATOR),
        TONGBAO_TLS_CA: c.layout.caFile,
        TONGBAO_HOME: c.dir,
      },
    );
    return {
      ...run,
      summary: run.code === 2 ? undefined : (JSON.parse(run.stdout) as RedeliveryReport),
    };
  };
  const receiptsAtMiit = (id: string): InboxEntry[] =>
    dept("miit")
      .service.inbox.entries()
      .filter((e) => e.type === RECEIPT && e.payload["messageId"] === id);
  const memEntries = (id: string) =>
    dept("mem")
      .service.inbox.entries()
      .filter((e) => e.id === id);

  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "mem"]);
    operator = await c.connect(OPERATOR);
    for (const tag of ["r1", "r2", "r3"]) {
      const { json } = await c.post("miit", "/messages", plcVulnerabilityNotice(tag, ["mem"]));
      ids.push(json["id"] as string);
    }
    await waitFor(() => ids.every((id) => receiptsAtMiit(id).length === 1), {
      name: "MEM's receipt for each notice at MIIT",
      timeout: 20_000,
    });
  }, 60_000);
  afterAll(async () => {
    await operator?.close();
    await c?.stop();
  });

  it("re-delivers messages already handled without a second entry or receipt", async () => {
    const { code, summary, stderr } = await redeliver("--from-seq", "1", "--reason", "drill check");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(summary).toMatchObject({ org: "mem", delivered: 0, alreadyHandled: 3, failed: [] });
    const jsm = await jetstreamManager(operator);
    const audit = await jsm.streams.getMessage(STREAMS.AUDIT, { seq: summary!.auditSeq });
    expect(decodeAuditRecord(audit!.data)).toMatchObject({
      action: "replay",
      actor: "ops-li",
      reason: "drill check (re-delivery to mem)",
    });
    for (const id of ids) {
      expect(memEntries(id)).toHaveLength(1);
      expect(memEntries(id)[0]!.replay).toBeUndefined();
    }
    expect(dept("mem").service.inbox.sentMessages()).toHaveLength(3);
  });

  it("restores a lost inbox journal: entries come back flagged as a replay, receipted once more, and a second replay does nothing", async () => {
    await c.stopOne("mem");
    // The inbox journal is lost; the outbox (and the durable consumers' place) are kept.
    await rm(c.layout.state("mem"), { recursive: true, force: true });
    await c.startOne("mem");
    expect(dept("mem").service.inbox.size).toBe(0);

    const first = await redeliver("--since", "2000-01-01T00:00:00Z", "--reason", "inbox restored");
    expect(first.code).toBe(0);
    expect(first.summary).toMatchObject({ delivered: 3, alreadyHandled: 0, failed: [] });
    for (const id of ids) {
      expect(memEntries(id)).toHaveLength(1);
      expect(memEntries(id)[0]!.replay).toBe(true);
    }
    // The lost journal held which receipts went out, so each notice is receipted again (a new
    // receipt id); the sender's status view shows MEM receipted, once, either way.
    await waitFor(() => ids.every((id) => receiptsAtMiit(id).length === 2), {
      name: "the second receipts at MIIT",
      timeout: 20_000,
    });
    for (const id of ids) {
      const status = (await (await fetch(`${dept("miit").url}/messages/${id}`)).json()) as {
        recipientsStatus: { org: string; receipted: boolean }[];
      };
      expect(status.recipientsStatus).toEqual([
        expect.objectContaining({ org: "mem", receipted: true }),
      ]);
    }

    const again = await redeliver("--from-seq", "1", "--reason", "inbox restored, checked");
    expect(again.summary).toMatchObject({ delivered: 0, alreadyHandled: 3, failed: [] });
    expect(dept("mem").service.inbox.size).toBe(3);
    expect(dept("mem").service.inbox.sentMessages()).toHaveLength(3);
  });

  it("reports a message that fails verification by its sequence and exits 3", async () => {
    const js = jetstream(operator);
    const { seq } = await js.publish("tb.live.to.mem.vulnerability.miit", randomBytes(64));
    const { code, summary } = await redeliver("--from-seq", String(seq), "--reason", "suspect");
    expect(code).toBe(3);
    expect(summary!.failed).toEqual([expect.objectContaining({ seq })]);
    expect(summary!.delivered).toBe(0);
  });

  it("refuses a re-delivery without a reason, or with reading options, and names a bad field", async () => {
    expect((await redeliver("--from-seq", "1")).code).toBe(2);
    expect((await redeliver("--from-seq", "1", "--reason", "x", "--family", "bulletin")).code).toBe(
      2,
    );
    const res = await fetch(`${dept("mem").url}/redeliveries`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ stream: "TB_LIVE", messages: [{ seq: 0 }] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "TB_ERR_BAD_REQUEST" });
  });

  it("refuses a message off the department's own subjects, however well signed", async () => {
    // A genuine notice to MIIT alone, handed to MEM as if it were MEM's.
    const { json } = await c.post("miit", "/messages", plcVulnerabilityNotice("r9", ["nea"]));
    const stored = await (
      await jetstreamManager(operator)
    ).streams.getMessage(STREAMS.LIVE, {
      last_by_subj: "tb.live.to.nea.vulnerability.miit",
    });
    expect(json["id"]).toBeDefined();
    const res = await fetch(`${dept("mem").url}/redeliveries`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        stream: "TB_LIVE",
        messages: [
          {
            seq: stored!.seq,
            subject: stored!.subject,
            storedAt: stored!.time.toISOString(),
            envelope: Buffer.from(stored!.data).toString("base64"),
          },
        ],
      }),
    });
    const answer = (await res.json()) as { delivered: number; failed: { code: string }[] };
    expect(answer.delivered).toBe(0);
    expect(answer.failed).toEqual([expect.objectContaining({ code: "TB_ERR_FORBIDDEN" })]);
  });
});
