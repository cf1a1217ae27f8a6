import { tongbao } from "../codegen.js";
import { checkEnterprise } from "./common.js";
import { RuleKit } from "./kit.js";

const { OrgKind, Sector } = tongbao.common.v1;
const { SignatureAlgorithm } = tongbao.envelope.v1;
const { KeyEventKind, EncryptionAlgorithm } = tongbao.registry.v1;

/** Raw public key sizes: Ed25519 32 bytes, SM2 an uncompressed 65-byte point. */
const KEY_BYTES: Readonly<Record<number, number>> = {
  [SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519]: 32,
  [SignatureAlgorithm.SIGNATURE_ALGORITHM_SM2_SM3]: 65,
};

/** Raw encryption public key sizes: X25519 32 bytes. */
const ENCRYPTION_KEY_BYTES: Readonly<Record<number, number>> = {
  [EncryptionAlgorithm.ENCRYPTION_ALGORITHM_X25519]: 32,
};

export function organizationRules(m: tongbao.registry.v1.Organization.$Properties): void {
  const kit = new RuleKit("tongbao.registry.v1.Organization");
  kit.orgId("id", m.id);
  kit.text("nameZh", m.nameZh);
  kit.known("kind", m.kind, OrgKind);
  kit.region("region", m.region);
  (m.sectors ?? []).forEach((s, i) => kit.knownOrUnset(`sectors[${i}]`, s, Sector));
  if (m.parentId) kit.orgId("parentId", m.parentId);
  if (m.enterprise) {
    if (m.kind !== OrgKind.ORG_KIND_ENTERPRISE) {
      kit.fail("enterprise", "is only for organisations of kind ORG_KIND_ENTERPRISE");
    }
    checkEnterprise(kit.nested("enterprise"), m.enterprise);
  }
}

function checkKey(kit: RuleKit, m: tongbao.registry.v1.SigningKey.$Properties): void {
  kit.text("keyId", m.keyId);
  kit.orgId("orgId", m.orgId);
  kit.known("algorithm", m.algorithm, SignatureAlgorithm);
  kit.bytes("publicKey", m.publicKey, KEY_BYTES[m.algorithm ?? 0] ?? 0, false);
  kit.time("notBefore", m.notBefore);
  if (m.notAfter) kit.notBefore("notAfter", m.notAfter, m.notBefore, "notBefore");
}

export function signingKeyRules(m: tongbao.registry.v1.SigningKey.$Properties): void {
  checkKey(new RuleKit("tongbao.registry.v1.SigningKey"), m);
}

export function keyEventRules(m: tongbao.registry.v1.KeyEvent.$Properties): void {
  const kit = new RuleKit("tongbao.registry.v1.KeyEvent");
  kit.known("kind", m.kind, KeyEventKind);
  const key = kit.present("key", m.key);
  checkKey(kit.nested("key"), key);
  kit.time("time", m.time);
  kit.text("actor", m.actor);
  if (m.kind === KeyEventKind.KEY_EVENT_KIND_ROTATE) kit.text("previousKeyId", m.previousKeyId);
  if (m.kind === KeyEventKind.KEY_EVENT_KIND_REVOKE)
    kit.nested("key").time("revokedTime", key.revokedTime);
}

function checkEncryptionKey(kit: RuleKit, m: tongbao.registry.v1.EncryptionKey.$Properties): void {
  kit.text("keyId", m.keyId);
  kit.orgId("orgId", m.orgId);
  kit.known("algorithm", m.algorithm, EncryptionAlgorithm);
  kit.bytes("publicKey", m.publicKey, ENCRYPTION_KEY_BYTES[m.algorithm ?? 0] ?? 0, false);
  kit.time("notBefore", m.notBefore);
  if (m.notAfter) kit.notBefore("notAfter", m.notAfter, m.notBefore, "notBefore");
}

export function encryptionKeyRules(m: tongbao.registry.v1.EncryptionKey.$Properties): void {
  checkEncryptionKey(new RuleKit("tongbao.registry.v1.EncryptionKey"), m);
}

export function encryptionKeyEventRules(
  m: tongbao.registry.v1.EncryptionKeyEvent.$Properties,
): void {
  const kit = new RuleKit("tongbao.registry.v1.EncryptionKeyEvent");
  kit.known("kind", m.kind, KeyEventKind);
  const key = kit.present("key", m.key);
  checkEncryptionKey(kit.nested("key"), key);
  kit.time("time", m.time);
  kit.text("actor", m.actor);
  if (m.kind === KeyEventKind.KEY_EVENT_KIND_ROTATE) kit.text("previousKeyId", m.previousKeyId);
  if (m.kind === KeyEventKind.KEY_EVENT_KIND_REVOKE)
    kit.nested("key").time("revokedTime", key.revokedTime);
}
