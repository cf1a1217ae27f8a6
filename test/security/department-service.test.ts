import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Consumer, Publisher, type DeliveredMessage } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { departmentFilters } from "@tongbao/security";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { AttackRange } from "./attack-range.js";

const { Status } = tongbao.envelope.v1;
const { Tlp } = tongbao.common.v1;

let range: AttackRange;
let outboxDir: string;

beforeAll(async () => {
  range = await AttackRange.start();
  outboxDir = await mkdtemp(join(tmpdir(), "tongbao-security-outbox-"));
});
afterAll(async () => {
  await range?.[Symbol.asyncDispose]();
  if (outboxDir) await rm(outboxDir, { recursive: true, force: true });
});
showServerLogsOnFailure(() => [range?.server]);

test("a department's Publisher and Consumer run under its restricted credentials", async () => {
  const nea = range.member("nea");
  const mem = range.member("mem");
  const neaConn = await range.connectAs("nea");
  const memConn = await range.connectAs("mem");
  try {
    const received: DeliveredMessage[] = [];
    // The durables exist (the operator made them): the Consumer only looks them up.
    const consumer = await Consumer.start({
      nc: memConn,
      verifier: range.verifier,
      durable: "mem",
      filterSubjects: departmentFilters(mem.profile, "live"),
      handler: (m) => {
        received.push(m);
        return Promise.resolve();
      },
    });
    await using publisher = await Publisher.open({
      nc: neaConn,
      signer: nea.signer,
      producerId: "nea-1",
      outboxDir,
    });
    await publisher.publish({
      type: "tongbao.bulletin.v1.ThreatBulletin",
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_AMBER_STRICT },
      recipients: ["mem"],
      payload: {
        kind: "BULLETIN_KIND_THREAT",
        title: "电网调度系统异常外联通报",
        summary: "Dispatch workstations beaconing to an unknown host",
        category: "INCIDENT_CATEGORY_MALWARE",
        severity: "SEVERITY_HIGH",
        indicators: [{ type: "INDICATOR_TYPE_IP", value: "203.0.113.9" }],
        recommendedMeasures: ["隔离受影响主机"],
      },
    });
    // The PubAck comes back on the department's own inbox prefix: the outbox empties.
    await publisher.drain(10_000);
    await waitFor(() => received.length === 1, {
      timeout: 20_000,
      name: "bulletin delivered to mem",
    });
    expect(received[0]).toMatchObject({ source: "nea", subject: "tb.live.to.mem.bulletin.nea" });
    // The planted plain-text messages on its addressed subject fail verification: the
    // Consumer quarantines them, which its credentials allow (write-only).
    await waitFor(() => consumer.stats().quarantined >= 2, {
      timeout: 20_000,
      name: "quarantined",
    });
    await consumer.stop();
  } finally {
    await neaConn.close();
    await memConn.close();
  }
});
