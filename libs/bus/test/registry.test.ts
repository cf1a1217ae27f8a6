import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { tongbao } from "@tongbao/contracts";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeAuditRecord } from "../src/audit/audit-log.js";
import type { Signer } from "../src/crypto/types.js";
import { SM2_SM3 } from "../src/crypto/sm2.js";
import { toTimestamp } from "../src/envelope/header-fields.js";
import { sealBatch } from "../src/envelope/seal.js";
import { EnvelopeVerifier } from "../src/envelope/verifier.js";
import { generateAdminSigner, generateSigner } from "../src/registry/dev-identity.js";
import { Registry } from "../src/registry/registry.js";
import { openKeyEvent, sealKeyEvent } from "../src/registry/registry-events.js";
import { toKeyProto } from "../src/registry/key-records.js";
import { AdminKeys } from "../src/registry/admin-keys.js";
import { BUCKETS, provision } from "../src/topology.js";
import { bulletinItem } from "./envelope-fixtures.js";

const { OrgKind, Sector } = tongbao.common.v1;
const { KeyEventKind } = tongbao.registry.v1;

const MIIT = {
  id: "miit",
  nameZh: "工业和信息化部",
  nameEn: "Ministry of Industry and Information Technology",
  kind: OrgKind.ORG_KIND_DEPARTMENT,
  region: "100000",
  sectors: [Sector.SECTOR_RAW_MATERIALS, Sector.SECTOR_TELECOMMUNICATIONS],
};
const NEA = {
  ...MIIT,
  id: "nea",
  nameZh: "国家能源局",
  nameEn: "National Energy Administration",
  sectors: [Sector.SECTOR_POWER],
};

const at = (iso: string): Date => new Date(iso);

/** One bulletin from `signer`, signed as of `time`. */
function bulletin(signer: Signer, time: Date): Uint8Array {
  return sealBatch(
    [bulletinItem({ source: signer.orgId, time: toTimestamp(time) })],
    signer,
  )[0] as Uint8Array;
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe("Registry", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let kv: KV;
  const admin = generateAdminSigner();
  const registries: Registry[] = [];
  showServerLogsOnFailure(() => [server]);

  const open = async (): Promise<Registry> => {
    const r = await Registry.open({ nc, adminKeys: admin.adminKeys });
    registries.push(r);
    return r;
  };

  beforeEach(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    js = jetstream(nc);
    await provision(await jetstreamManager(nc));
    kv = await new Kvm(nc).open(BUCKETS.REGISTRY);
  });
  afterEach(async () => {
    for (const r of registries.splice(0)) await r.close();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("registers organisations and keys that another process loads and verifies", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const miit = generateSigner("miit", "ed25519", { notBefore: at("2024-01-01T00:00:00Z") });
    const info = await registry.registerKey(miit.signingKeyRecord, admin.signer, "initial key");
    expect(info).toMatchObject({
      keyId: miit.signer.keyId,
      orgId: "miit",
      notBefore: at("2024-01-01T00:00:00Z"),
    });

    const other = await open();
    expect(other.organization("miit")).toMatchObject({
      nameZh: "工业和信息化部",
      kind: OrgKind.ORG_KIND_DEPARTMENT,
    });
    expect(other.organizations().map((o) => o.id)).toEqual(["miit"]);
    expect(Buffer.from(other.cachedKey(miit.signer.keyId)?.publicKey ?? [])).toEqual(
      Buffer.from(miit.signingKeyRecord.publicKey),
    );
    expect(other.stats).toEqual({ accepted: 2, rejected: 0 });

    // The other process follows later changes through its watch.
    await registry.registerOrganization(NEA, admin.signer);
    await waitFor(() => other.organization("nea"), { name: "nea reaches the second registry" });
    const verified = await new EnvelopeVerifier(other).verify(
      bulletin(miit.signer, at("2024-06-01T00:00:00Z")),
    );
    expect(verified.key.keyId).toBe(miit.signer.keyId);
  });

  it("keeps old messages verifiable across a rotation, and the new key takes over", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const k1 = generateSigner("miit", "ed25519", { notBefore: at("2020-01-01T00:00:00Z") });
    const k2 = generateSigner("miit", "sm2-sm3");
    await registry.registerKey(k1.signingKeyRecord, admin.signer, "initial key");
    const rotatedAt = at("2022-01-01T00:00:00Z");
    const { retired, current } = await registry.rotateKey(
      k1.signer.keyId,
      k2.signingKeyRecord,
      admin.signer,
      "scheduled rotation",
      { at: rotatedAt },
    );
    expect(retired.notAfter).toEqual(rotatedAt);
    expect(current.notBefore).toEqual(rotatedAt);

    const verifier = new EnvelopeVerifier(await open());
    await expect(
      verifier.verify(bulletin(k1.signer, at("2021-06-01T00:00:00Z"))),
    ).resolves.toBeDefined();
    expect(await codeOf(verifier.verify(bulletin(k1.signer, at("2022-01-01T00:00:01Z"))))).toBe(
      "TB_ERR_KEY_EXPIRED",
    );
    await expect(
      verifier.verify(bulletin(k2.signer, at("2023-01-01T00:00:00Z"))),
    ).resolves.toBeDefined();
    expect(await codeOf(verifier.verify(bulletin(k2.signer, at("2021-06-01T00:00:00Z"))))).toBe(
      "TB_ERR_KEY_EXPIRED",
    );
    expect(registry.keysOf("miit").map((k) => k.keyId)).toEqual([k1.signer.keyId, k2.signer.keyId]);
  });

  it("rejects messages signed after a revocation, and back-dated ones the stream stored after it", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const k = generateSigner("miit", "ed25519", { notBefore: at("2020-01-01T00:00:00Z") });
    await registry.registerKey(k.signingKeyRecord, admin.signer, "initial key");
    const subject = "tb.live.bulletin.power.miit";

    const jsm = await jetstreamManager(nc);
    const before = await js.publish(subject, bulletin(k.signer, new Date()));
    // Revoked 1 ms after the stream stored that message.
    const storedBefore = (await jsm.streams.getMessage("TB_LIVE", { seq: before.seq }))?.time;
    const revokedAt = new Date((storedBefore?.getTime() ?? 0) + 1);
    await registry.revokeKey(k.signer.keyId, revokedAt, admin.signer, "suspected compromise");
    await waitFor(() => Date.now() > revokedAt.getTime() + 1, {
      name: "clock past the revocation",
    });
    // The stolen key back-dates a message to before the revocation; the stream stores it now.
    const backDated = await js.publish(
      subject,
      bulletin(k.signer, new Date(revokedAt.getTime() - 60_000)),
    );

    const stored = async (seq: number) => {
      const m = await jsm.streams.getMessage("TB_LIVE", { seq });
      if (!m) throw new Error(`no message ${seq}`);
      return { bytes: m.data, ctx: { subject: m.subject, storedAt: m.time } };
    };
    // A replay long after, by a fresh process: what was stored before the revocation verifies.
    const replay = new EnvelopeVerifier(await open(), { revocationGraceMs: 0 });
    const a = await stored(before.seq);
    await expect(replay.verify(a.bytes, a.ctx)).resolves.toBeDefined();
    const b = await stored(backDated.seq);
    expect(await codeOf(replay.verify(b.bytes, b.ctx))).toBe("TB_ERR_KEY_REVOKED");
    expect(await codeOf(replay.verify(bulletin(k.signer, new Date(revokedAt.getTime() + 1))))).toBe(
      "TB_ERR_KEY_REVOKED",
    );
    // Verification has no clock: the same stored message still verifies whenever it is replayed.
    await expect(replay.verify(a.bytes, { ...a.ctx })).resolves.toBeDefined();
  });

  it("answers an unknown key with TB_ERR_UNKNOWN_KEY", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const stranger = generateSigner("miit");
    expect(await registry.key(stranger.signer.keyId)).toBeUndefined();
    expect(await registry.key("not a key id")).toBeUndefined();
    expect(
      await codeOf(new EnvelopeVerifier(registry).verify(bulletin(stranger.signer, new Date()))),
    ).toBe("TB_ERR_UNKNOWN_KEY");
  });

  it("rejects registry entries that no admin key signed, and tampered ones", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const intruder = generateSigner("miit");
    // Someone with write access to the bucket forges a key record, signed by a non-admin key.
    const fakeAdmin = { ...intruder.signer, orgId: "registry-admin" };
    const forged = sealKeyEvent(
      {
        kind: KeyEventKind.KEY_EVENT_KIND_REGISTER,
        key: toKeyProto({ ...intruder.signingKeyRecord, notBefore: at("2020-01-01T00:00:00Z") }),
        reason: "forged",
        time: toTimestamp(new Date()),
        actor: "intruder",
      },
      fakeAdmin,
      new Date(),
    );
    await kv.put(`key.${intruder.signer.keyId}`, forged);
    const tampered = Uint8Array.from(forged);
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 0xff;
    await kv.put("org.nea", tampered);

    await waitFor(() => registry.stats.rejected >= 2, { name: "forged entries seen and rejected" });
    expect(registry.cachedKey(intruder.signer.keyId)).toBeUndefined();
    expect(registry.organization("nea")).toBeUndefined();
    const fresh = await open();
    expect(fresh.stats).toEqual({ accepted: 1, rejected: 2 });
    expect(await fresh.key(intruder.signer.keyId)).toBeUndefined();
    expect(
      await codeOf(new EnvelopeVerifier(fresh).verify(bulletin(intruder.signer, new Date()))),
    ).toBe("TB_ERR_UNKNOWN_KEY");
    // Only admin keys may write at all.
    expect(await codeOf(registry.registerOrganization(NEA, intruder.signer))).toBe(
      "TB_ERR_FORBIDDEN",
    );
  });

  it("does not lift a revocation when an older genuine record is written back", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const k = generateSigner("miit", "ed25519", { notBefore: at("2020-01-01T00:00:00Z") });
    await registry.registerKey(k.signingKeyRecord, admin.signer, "initial key");
    const registered = (await kv.get(`key.${k.signer.keyId}`))?.value as Uint8Array;
    await registry.revokeKey(
      k.signer.keyId,
      at("2024-01-01T00:00:00Z"),
      admin.signer,
      "compromised",
    );
    await kv.put(`key.${k.signer.keyId}`, registered); // rolled back to the pre-revocation value

    await waitFor(() => registry.stats.accepted >= 4, { name: "rolled-back value seen" });
    expect(registry.cachedKey(k.signer.keyId)?.revokedTime).toEqual(at("2024-01-01T00:00:00Z"));
    const fresh = await open();
    expect(fresh.cachedKey(k.signer.keyId)?.revokedTime).toEqual(at("2024-01-01T00:00:00Z"));
    expect(
      await codeOf(
        new EnvelopeVerifier(fresh).verify(bulletin(k.signer, at("2024-06-01T00:00:00Z"))),
      ),
    ).toBe("TB_ERR_KEY_REVOKED");
  });

  it("records every key change in TB_AUDIT with the signed event", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const k1 = generateSigner("miit");
    const k2 = generateSigner("miit");
    await registry.registerKey(k1.signingKeyRecord, admin.signer, "initial key", {
      actor: "zhang.wei@miit",
    });
    await registry.rotateKey(
      k1.signer.keyId,
      k2.signingKeyRecord,
      admin.signer,
      "scheduled rotation",
    );
    await registry.revokeKey(k2.signer.keyId, new Date(), admin.signer, "suspected compromise");

    const jsm = await jetstreamManager(nc);
    const count = (await jsm.streams.info("TB_AUDIT")).state.messages;
    const records = [];
    for (let seq = 1; seq <= count; seq++) {
      const m = await jsm.streams.getMessage("TB_AUDIT", { seq });
      if (!m) throw new Error(`no audit record ${seq}`);
      records.push({ subject: m.subject, record: decodeAuditRecord(m.data) });
    }
    expect(records.map((r) => r.subject)).toEqual([
      `tba.org-register.${admin.signer.keyId}`,
      "tba.key-register.zhang-wei-miit",
      `tba.key-rotate.${admin.signer.keyId}`,
      `tba.key-rotate.${admin.signer.keyId}`,
      `tba.key-revoke.${admin.signer.keyId}`,
    ]);
    const verifier = new EnvelopeVerifier(new AdminKeys(admin.adminKeys));
    const revoke = await openKeyEvent(
      verifier,
      Buffer.from(String(records[4]?.record.detail?.["event"]), "base64"),
    );
    expect(revoke).toMatchObject({
      kind: KeyEventKind.KEY_EVENT_KIND_REVOKE,
      reason: "suspected compromise",
    });
    expect(revoke.key?.keyId).toBe(k2.signer.keyId);
  });

  it("refuses keys of unknown organisations, duplicate ids and invalid public keys", async () => {
    const registry = await open();
    await registry.registerOrganization(MIIT, admin.signer);
    const nea = generateSigner("nea");
    expect(await codeOf(registry.registerKey(nea.signingKeyRecord, admin.signer, "x"))).toBe(
      "TB_ERR_NOT_FOUND",
    );
    const k = generateSigner("miit", SM2_SM3);
    await registry.registerKey(k.signingKeyRecord, admin.signer, "initial key");
    expect(await codeOf(registry.registerKey(k.signingKeyRecord, admin.signer, "again"))).toBe(
      "TB_ERR_BAD_REQUEST",
    );
    const offCurve = Uint8Array.from(k.signingKeyRecord.publicKey);
    offCurve[64] = (offCurve[64] ?? 0) ^ 1;
    const bad = { ...generateSigner("miit", SM2_SM3).signingKeyRecord, publicKey: offCurve };
    expect(await codeOf(registry.registerKey(bad, admin.signer, "x"))).toBe("TB_ERR_BAD_REQUEST");
    expect(await codeOf(registry.revokeKey("miit_nothing", new Date(), admin.signer, "x"))).toBe(
      "TB_ERR_NOT_FOUND",
    );
    expect(await codeOf(registry.registerOrganization({ ...MIIT, id: "MIIT" }, admin.signer))).toBe(
      "TB_ERR_CONTRACT",
    );
  });

  it("refuses to open without a provisioned bucket", async () => {
    await (await jetstreamManager(nc)).streams.delete("KV_tb_registry");
    expect(await codeOf(Registry.open({ nc, adminKeys: admin.adminKeys }))).toBe("TB_ERR_CONFIG");
  });
});
