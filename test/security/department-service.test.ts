import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  Consumer,
  Publisher,
  Registry,
  generateAdminSigner,
  generateSigner,
  type DeliveredMessage,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { departmentFilters, redPayloadProtection } from "@tongbao/security";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { AttackRange } from "./attack-range.js";

const { Status } = tongbao.envelope.v1;
const { Tlp, Sector, OrgKind } = tongbao.common.v1;

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

test("a TLP:RED payload is encrypted to its recipients: the operator reads ciphertext, the recipient reads the bulletin", async () => {
  const nea = range.member("nea");
  const mem = range.member("mem");
  // Each member's current encryption key, as the registry would answer it.
  const keys = { currentEncryptionKey: (org: string) => range.members.get(org)?.red };
  const neaConn = await range.connectAs("nea");
  const memConn = await range.connectAs("mem");
  try {
    const received: DeliveredMessage[] = [];
    const consumer = await Consumer.start({
      nc: memConn,
      verifier: range.verifier,
      durable: "mem",
      filterSubjects: ["tb.live.to.mem.>"],
      protection: redPayloadProtection({ own: mem.red, keys }),
      handler: (m) => {
        if (m.source === "nea") received.push(m);
        return Promise.resolve();
      },
    });
    await using publisher = await Publisher.open({
      nc: neaConn,
      signer: nea.signer,
      producerId: "nea-red",
      outboxDir: join(outboxDir, "red"),
      protection: redPayloadProtection({ own: nea.red, keys }),
    });
    const title = "变电站继电保护装置固件后门";
    const { subjects } = await publisher.publish({
      type: "tongbao.bulletin.v1.ThreatBulletin",
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_RED },
      recipients: ["mem", "nhc"],
      payload: {
        kind: "BULLETIN_KIND_THREAT",
        title,
        summary: "Backdoor account in relay protection firmware",
        category: "INCIDENT_CATEGORY_MALWARE",
        severity: "SEVERITY_CRITICAL",
        indicators: [{ type: "INDICATOR_TYPE_DOMAIN", value: "update.example.invalid" }],
        recommendedMeasures: ["断开远程维护通道"],
      },
    });
    await publisher.drain(10_000);
    // What the stream holds (and the bus operator can read) is signed ciphertext.
    for (const subject of subjects) {
      const stored = await range.jsm.streams.getMessage("TB_LIVE", { last_by_subj: subject });
      expect(Buffer.from(stored!.data).includes(Buffer.from(title))).toBe(false);
      await range.verifier.verify(stored!.data, { subject, storedAt: stored!.time });
    }
    await waitFor(() => received.length === 1, {
      timeout: 20_000,
      name: "RED bulletin opened by mem",
    });
    expect((received[0]!.payload as { title: string }).title).toBe(title);
    expect(received[0]!.header.marking?.tlp).toBe(Tlp.TLP_RED);
    await consumer.stop();
  } finally {
    await neaConn.close();
    await memConn.close();
  }
});

test("a department reads the key registry with its restricted credentials and cannot write it", async () => {
  const admin = generateAdminSigner();
  const adminRegistry = await Registry.open({ nc: range.operator, adminKeys: admin.adminKeys });
  const nea = generateSigner("nea");
  await adminRegistry.registerOrganization(
    {
      id: "nea",
      nameZh: "国家能源局",
      nameEn: "National Energy Administration",
      kind: OrgKind.ORG_KIND_DEPARTMENT,
      region: "100000",
      sectors: [Sector.SECTOR_POWER],
    },
    admin.signer,
  );
  await adminRegistry.registerKey(nea.signingKeyRecord, admin.signer, "initial key");
  const memConn = await range.connectAs("mem");
  try {
    // A KV watch (ordered consumer on KV_tb_registry) and lookups, under mem's permissions.
    const registry = await Registry.open({ nc: memConn, adminKeys: admin.adminKeys, audit: false });
    expect(registry.organization("nea")?.nameEn).toBe("National Energy Administration");
    expect((await registry.key(nea.signer.keyId))?.orgId).toBe("nea");
    const forged = generateSigner("nea");
    await expect(
      registry.registerKey(forged.signingKeyRecord, admin.signer, "slipped in"),
    ).rejects.toThrow(/Permissions Violation|permission/i);
    await registry.close();
  } finally {
    await memConn.close();
    await adminRegistry.close();
  }
});
