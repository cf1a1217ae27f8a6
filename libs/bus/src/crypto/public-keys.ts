import { createPublicKey, type KeyObject } from "node:crypto";

/**
 * Raw public keys ⇄ KeyObjects. A SubjectPublicKeyInfo for these keys is a fixed DER prefix
 * followed by the raw key, so no ASN.1 parser is needed; a parsed key is cached because
 * building a KeyObject costs more than a signature check.
 */

/** SPKI prefix of an Ed25519 key (RFC 8410): id-Ed25519, BIT STRING of 32 bytes. */
export const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** SPKI prefix of an SM2 key: id-ecPublicKey, curve sm2p256v1 (1.2.156.10197.1.301), 65-byte point. */
export const SM2_SPKI_PREFIX = Buffer.from(
  "3059301306072a8648ce3d020106082a811ccf5501822d034200",
  "hex",
);

const MAX_CACHED = 4096;
const cache = new Map<string, KeyObject | null>();

/** The KeyObject of a raw key, or null when the bytes are not a valid key. */
export function publicKeyObject(prefix: Buffer, raw: Uint8Array): KeyObject | null {
  const id =
    prefix.length.toString() +
    Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64");
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  let key: KeyObject | null;
  try {
    key = createPublicKey({ key: Buffer.concat([prefix, raw]), format: "der", type: "spki" });
  } catch {
    key = null;
  }
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(id, key);
  return key;
}

/** The raw key at the end of a public key's SPKI, checked against the expected prefix. */
export function rawPublicKey(key: KeyObject, prefix: Buffer, rawLength: number): Uint8Array | null {
  const spki = key.export({ type: "spki", format: "der" });
  if (spki.length !== prefix.length + rawLength) return null;
  if (!spki.subarray(0, prefix.length).equals(prefix)) return null;
  return new Uint8Array(spki.subarray(prefix.length));
}
