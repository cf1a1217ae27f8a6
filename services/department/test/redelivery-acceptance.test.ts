import { rm } from "node:fs/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { STREAMS, type ChainBreak } from "@tongbao/bus";
import { decodeEnvelope, decodeHeader } from "@tongbao/contracts";
import { OPERATOR } from "@tongbao/organisations";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const SUBJECT = "tb.live.to.mem.vulnerability.miit";
const SECRET = "tb-red-redelivered-4e17";

interface StoredCopy {
  seq: number;
  subject: string;
  storedAt: string;
  envelope: string;
  id: string;
}

interface Answer {
  delivered: number;
  alreadyHandled: number;
  failed: { seq: number; code: string }[];
  chainBreaks: ChainBreak[];
}

/**
 * The operator's re-delivery (POST /redeliveries) takes each message through the live
 * consumer's own acceptance step: TLP:RED is opened with the department's keys, and the
 * producer chains it follows are the live path's, so a gap in what is handed over is seen.
 */
describe("re-delivery through the live acceptance step", () => {
  let c: DepartmentCluster;
  let operator: NatsConnection;
  const copies: StoredCopy[] = [];
  showServerLogsOnFailure(() => (c ? [c.server] : []));

  const redeliver = async (...batch: StoredCopy[]): Promise<Answer> => {
    const res = await fetch(`${c.get("mem").url}/redeliveries`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        stream: STREAMS.LIVE,
        messages: batch.map(({ id: _id, ...m }) => m),
      }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Answer;
  };

  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "mem"]);
    operator = await c.connect(OPERATOR);
    const ids: string[] = [];
    for (const tag of ["c1", "c2", "c3"]) {
      const notice = plcVulnerabilityNotice(tag, ["mem"]);
      const { json } = await c.post("miit", "/messages", {
        ...notice,
        marking: { tlp: "RED" },
        payload: { ...notice.payload, mitigation: `${SECRET} ${tag}` },
      });
      ids.push(json["id"] as string);
    }
    await waitFor(() => ids.every((id) => c.inbox("mem").some((e) => e.id === id)), {
      name: "the three RED notices in mem's inbox",
      timeout: 20_000,
    });
    // The stored copies, as the operator's replay hands them over.
    const jsm = await jetstreamManager(operator);
    const last = (await jsm.streams.info(STREAMS.LIVE)).state.last_seq;
    for (let seq = 1; seq <= last; seq++) {
      const m = await jsm.streams.getMessage(STREAMS.LIVE, { seq });
      if (m?.subject !== SUBJECT) continue;
      copies.push({
        seq,
        subject: m.subject,
        storedAt: m.time.toISOString(),
        envelope: Buffer.from(m.data).toString("base64"),
        id: decodeHeader(decodeEnvelope(m.data).header).id,
      });
    }
    expect(copies.map((m) => m.id)).toEqual(ids);
    // mem loses its inbox journal and restarts: a fresh view of the chains, nothing handled.
    await c.stopOne("mem");
    await rm(c.layout.state("mem"), { recursive: true, force: true });
    await c.startOne("mem");
  }, 90_000);
  afterAll(async () => {
    await operator?.close();
    await c?.stop();
  });

  it("opens a re-delivered TLP:RED notice with the department's own keys", async () => {
    const [first] = copies as [StoredCopy];
    const answer = await redeliver(first);
    expect(answer).toMatchObject({ delivered: 1, failed: [], chainBreaks: [] });
    const entry = c.inbox("mem").find((e) => e.id === first.id);
    expect(entry).toMatchObject({ tlp: "RED", replay: true, source: "miit" });
    expect(entry!.payload["mitigation"]).toBe(`${SECRET} c1`);
    // The stored bytes hold none of it: what was read was decrypted here.
    expect(Buffer.from(first.envelope, "base64").includes(Buffer.from(SECRET))).toBe(false);
  });

  it("reports a gap in a re-delivered producer chain at once, and its closing when the gap is filled", async () => {
    const [, second, third] = copies as [StoredCopy, StoredCopy, StoredCopy];
    const gap = await redeliver(third);
    expect(gap).toMatchObject({ delivered: 1, failed: [] });
    expect(gap.chainBreaks).toEqual([
      expect.objectContaining({ kind: "gap", subject: SUBJECT, missing: 1, messageId: third.id }),
    ]);
    expect(gap.chainBreaks[0]!.seq).toBe(gap.chainBreaks[0]!.lastSeq + 2);
    // The missing one arriving late closes the gap, which is said; a second hand-over changes
    // nothing.
    const filled = await redeliver(second);
    expect(filled).toMatchObject({ delivered: 1, failed: [] });
    expect(filled.chainBreaks).toEqual([
      expect.objectContaining({
        kind: "gap-closed",
        subject: SUBJECT,
        lastSeq: gap.chainBreaks[0]!.lastSeq,
        seq: gap.chainBreaks[0]!.seq,
        missing: 1,
        messageId: second.id,
      }),
    ]);
    const again = await redeliver(...copies);
    expect(again).toMatchObject({ delivered: 0, alreadyHandled: 3, failed: [], chainBreaks: [] });
    expect(c.inbox("mem").map((e) => e.id)).toEqual([copies[0]!.id, third.id, second.id]);
  });
});
