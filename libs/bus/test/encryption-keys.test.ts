import { generateKeyPairSync } from "node:crypto";
import { jetstreamManager } from "@nats-io/jetstream";
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
import { toTimestamp } from "../src/envelope/header-fields.js";
import { EnvelopeVerifier } from "../src/envelope/verifier.js";
import { AdminKeys } from "../src/registry/admin-keys.js";
import {
  encryptionKeyIdFor,
  generateAdminSigner,
  generateSigner,
} from "../src/registry/dev-identity.js";
import { toEncryptionKeyProto } from "../src/registry/key-records.js";
import { Registry } from "../src/registry/registry.js";
import {
  encryptionKeyEntry,
  openEncryptionKeyEvent,
  sealEncryptionKeyEvent,
} from "../src/registry/registry-events.js";
import type { NewEncryptionKey } from "../src/registry/types.js";
import { BUCKETS, provision } from "../src/topology.js";

const { OrgKind, Sector } = tongbao.common.v1;
const { KeyEventKind } = tongbao.registry.v1;

const NEA = {
  id: "nea",
  nameZh: "国家能源局",
  kind: OrgKind.ORG_KIND_DEPARTMENT,
  region: "100000",
  sectors: [Sector.SECTOR_POWER],
};

const at = (iso: string): Date => new Date(iso);

/** A fresh X25519 public key of `orgId`, as its registry record. */
function x25519Key(orgId: string, notBefore?: Date): NewEncryptionKey {
  const der = generateKeyPairSync("x25519").publicKey.export({ type: "spki", format: "der" });
  const publicKey = new Uint8Array(der.subarray(-32));
  return {
    keyId: encryptionKeyIdFor(orgId, publicKey),
    orgId,
    publicKey,
    ...(notBefore ? { notBefore } : {}),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe("encryption keys in the registry", () => {
  let server: NatsServer;
  let nc: NatsConnection;
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
    await provision(await jetstreamManager(nc));
    kv = await new Kvm(nc).open(BUCKETS.REGISTRY);
  });
  afterEach(async () => {
    for (const r of registries.splice(0)) await r.close();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("registers an organisation's encryption key, which another process loads as its current key", async () => {
    const registry = await open();
    await registry.registerOrganization(NEA, admin.signer);
    const key = x25519Key("nea", at("2025-01-01T00:00:00Z"));
    const info = await registry.registerEncryptionKey(key, admin.signer, "initial key");
    expect(info).toMatchObject({ keyId: key.keyId, orgId: "nea", notBefore: key.notBefore });
    expect(key.keyId).toMatch(/^nea_enc_[0-9a-f]{16}$/);

    const other = await open();
    expect(other.currentEncryptionKey("nea", at("2025-06-01T00:00:00Z"))?.keyId).toBe(key.keyId);
    expect(Buffer.from(other.currentEncryptionKey("nea")?.publicKey ?? [])).toEqual(
      Buffer.from(key.publicKey),
    );
    // Not before its window, and nothing for an organisation without one.
    expect(other.currentEncryptionKey("nea", at("2024-12-31T23:59:59Z"))).toBeUndefined();
    expect(other.currentEncryptionKey("miit")).toBeUndefined();
    expect((await other.encryptionKey(key.keyId))?.orgId).toBe("nea");
    // Encryption keys are not signing keys: nothing verifies against one.
    expect(other.cachedKey(key.keyId)).toBeUndefined();

    // The other process follows later registrations through its watch.
    const later = x25519Key("nea", at("2025-02-01T00:00:00Z"));
    await registry.registerEncryptionKey(later, admin.signer, "second key");
    await waitFor(() => other.encryptionKeysOf("nea").length === 2, { name: "second key seen" });
    // Of the keys valid at a time, the one that started last.
    expect(other.currentEncryptionKey("nea", at("2025-06-01T00:00:00Z"))?.keyId).toBe(later.keyId);
  });

  it("rotates: the old key serves until the rotation time, the new one from then on", async () => {
    const registry = await open();
    await registry.registerOrganization(NEA, admin.signer);
    const k1 = x25519Key("nea", at("2025-01-01T00:00:00Z"));
    const k2 = x25519Key("nea");
    await registry.registerEncryptionKey(k1, admin.signer, "initial key");
    const rotatedAt = at("2025-03-01T00:00:00Z");
    const { retired, current } = await registry.rotateEncryptionKey(
      k1.keyId,
      k2,
      admin.signer,
      "scheduled rotation",
      { at: rotatedAt },
    );
    expect(retired.notAfter).toEqual(rotatedAt);
    expect(current).toMatchObject({ keyId: k2.keyId, notBefore: rotatedAt });

    const other = await open();
    expect(other.currentEncryptionKey("nea", at("2025-02-28T23:59:59Z"))?.keyId).toBe(k1.keyId);
    expect(other.currentEncryptionKey("nea", rotatedAt)?.keyId).toBe(k2.keyId);
    expect(other.encryptionKeysOf("nea").map((k) => k.keyId)).toEqual([k1.keyId, k2.keyId]);
    expect(
      await codeOf(registry.rotateEncryptionKey(k2.keyId, x25519Key("miit"), admin.signer, "x")),
    ).toBe("TB_ERR_BAD_REQUEST");
  });

  it("revokes: nothing is current from the revocation on, and a rolled-back record does not lift it", async () => {
    const registry = await open();
    await registry.registerOrganization(NEA, admin.signer);
    const k = x25519Key("nea", at("2025-01-01T00:00:00Z"));
    await registry.registerEncryptionKey(k, admin.signer, "initial key");
    const registered = (await kv.get(encryptionKeyEntry(k.keyId)))?.value as Uint8Array;
    const revokedAt = at("2025-04-01T00:00:00Z");
    await registry.revokeEncryptionKey(k.keyId, revokedAt, admin.signer, "private key lost");
    expect(registry.currentEncryptionKey("nea", revokedAt)).toBeUndefined();
    expect(registry.currentEncryptionKey("nea", at("2025-03-31T00:00:00Z"))?.keyId).toBe(k.keyId);

    await kv.put(encryptionKeyEntry(k.keyId), registered);
    await waitFor(() => registry.stats.accepted >= 4, { name: "rolled-back value seen" });
    const fresh = await open();
    for (const r of [registry, fresh]) {
      expect((await r.encryptionKey(k.keyId))?.revokedTime).toEqual(revokedAt);
      expect(r.currentEncryptionKey("nea", at("2025-06-01T00:00:00Z"))).toBeUndefined();
    }
    expect(
      await codeOf(registry.rotateEncryptionKey(k.keyId, x25519Key("nea"), admin.signer, "x")),
    ).toBe("TB_ERR_BAD_REQUEST");
  });

  it("believes only admin-signed records, and refuses bad registrations", async () => {
    const registry = await open();
    await registry.registerOrganization(NEA, admin.signer);
    // Someone with write access to the bucket plants an encryption key they hold.
    const intruder = generateSigner("nea");
    const planted = x25519Key("nea", at("2020-01-01T00:00:00Z"));
    const forged = sealEncryptionKeyEvent(
      {
        kind: KeyEventKind.KEY_EVENT_KIND_REGISTER,
        key: toEncryptionKeyProto({
          keyId: planted.keyId,
          orgId: "nea",
          algorithm: tongbao.registry.v1.EncryptionAlgorithm.ENCRYPTION_ALGORITHM_X25519,
          publicKey: planted.publicKey,
          notBefore: at("2020-01-01T00:00:00Z"),
        }),
        reason: "forged",
        time: toTimestamp(new Date()),
        actor: "intruder",
      },
      { ...intruder.signer, orgId: "registry-admin" },
      new Date(),
    );
    await kv.put(encryptionKeyEntry(planted.keyId), forged);
    await waitFor(() => registry.stats.rejected >= 1, { name: "forged key rejected" });
    expect(registry.currentEncryptionKey("nea")).toBeUndefined();
    expect(await (await open()).encryptionKey(planted.keyId)).toBeUndefined();

    expect(await codeOf(registry.registerEncryptionKey(x25519Key("miit"), admin.signer, "x"))).toBe(
      "TB_ERR_NOT_FOUND",
    );
    const zero = { ...x25519Key("nea"), publicKey: new Uint8Array(32) };
    expect(await codeOf(registry.registerEncryptionKey(zero, admin.signer, "x"))).toBe(
      "TB_ERR_BAD_REQUEST",
    );
    const short = { ...x25519Key("nea"), publicKey: new Uint8Array(31).fill(1) };
    expect(await codeOf(registry.registerEncryptionKey(short, admin.signer, "x"))).toBe(
      "TB_ERR_BAD_REQUEST",
    );
    const k = x25519Key("nea");
    await registry.registerEncryptionKey(k, admin.signer, "initial key");
    expect(await codeOf(registry.registerEncryptionKey(k, admin.signer, "again"))).toBe(
      "TB_ERR_BAD_REQUEST",
    );
    expect(await codeOf(registry.registerEncryptionKey(k, intruder.signer, "not an admin"))).toBe(
      "TB_ERR_FORBIDDEN",
    );
    expect(
      await codeOf(registry.revokeEncryptionKey("nea_enc_none", new Date(), admin.signer, "x")),
    ).toBe("TB_ERR_NOT_FOUND");
  });

  it("records every encryption key change in TB_AUDIT with the signed event", async () => {
    const registry = await open();
    await registry.registerOrganization(NEA, admin.signer);
    const k1 = x25519Key("nea");
    const k2 = x25519Key("nea");
    await registry.registerEncryptionKey(k1, admin.signer, "initial key", { actor: "ops-li" });
    await registry.rotateEncryptionKey(k1.keyId, k2, admin.signer, "scheduled rotation");
    await registry.revokeEncryptionKey(k2.keyId, new Date(), admin.signer, "suspected compromise");

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
      "tba.encryption-key-register.ops-li",
      `tba.encryption-key-rotate.${admin.signer.keyId}`,
      `tba.encryption-key-rotate.${admin.signer.keyId}`,
      `tba.encryption-key-revoke.${admin.signer.keyId}`,
    ]);
    const revoke = await openEncryptionKeyEvent(
      new EnvelopeVerifier(new AdminKeys(admin.adminKeys)),
      Buffer.from(String(records[4]?.record.detail?.["event"]), "base64"),
    );
    expect(revoke).toMatchObject({
      kind: KeyEventKind.KEY_EVENT_KIND_REVOKE,
      reason: "suspected compromise",
    });
    expect(revoke.key?.keyId).toBe(k2.keyId);
  });
});
