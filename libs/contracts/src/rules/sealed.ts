import { tongbao } from "../codegen.js";
import { RuleKit } from "./kit.js";

const { RedSuite } = tongbao.envelope.v1;

/** Nonce sizes by suite: 12 bytes for AES-GCM, a 16-byte counter block for SM4-CTR. */
const NONCE_BYTES: Readonly<Record<number, number>> = {
  [RedSuite.RED_SUITE_X25519_AES_256_GCM]: 12,
  [RedSuite.RED_SUITE_X25519_SM4_CTR_HMAC_SM3]: 16,
};

/**
 * The shape of a sealed TLP:RED payload: a known suite, a 32-byte ephemeral key, nonces
 * of the suite's size, and at least one recipient named by organisation and key. Whether
 * it opens is for the recipient's key to say.
 */
export function sealedPayloadRules(m: tongbao.envelope.v1.SealedPayload.$Properties): void {
  const kit = new RuleKit("tongbao.envelope.v1.SealedPayload");
  kit.known("suite", m.suite, RedSuite);
  const nonceBytes = NONCE_BYTES[m.suite ?? 0] ?? 0;
  kit.bytes("ephemeralPublicKey", m.ephemeralPublicKey, 32, false);
  kit.bytes("nonce", m.nonce, nonceBytes, false);
  if (!m.ciphertext?.length) kit.fail("ciphertext", "is required");
  const recipients = m.recipients ?? [];
  kit.some("recipients", recipients);
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i] as tongbao.envelope.v1.WrappedKey.$Properties;
    const at = kit.nested(`recipients[${i}]`);
    at.orgId("orgId", r.orgId);
    at.text("keyId", r.keyId);
    at.bytes("nonce", r.nonce, nonceBytes, false);
    if (!r.wrappedKey?.length) at.fail("wrappedKey", "is required");
  }
}
