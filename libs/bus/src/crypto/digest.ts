import { hash } from "node:crypto";

/**
 * The signed digest of one message (签名摘要):
 *
 *   SHA-256( "tongbao/envelope/v1\0" ‖ u32be(len header) ‖ header ‖ SHA-256(payload) )
 *
 * over the exact bytes the producer serialised. The domain string keeps these digests apart
 * from every other SHA-256 in the system; the length prefix makes the split between header
 * and payload hash unambiguous. The payload enters through its SHA-256 (the value
 * Header.payload_sha256 also carries), so a verifier hashes the payload once, not twice.
 * Re-encoding the header or payload changes the bytes, so it can neither break a valid
 * signature silently nor make a forged one valid.
 */
export const ENVELOPE_DOMAIN = Buffer.from("tongbao/envelope/v1\0", "latin1");

/** Domain prefix of the bytes a signature covers: the batch's Merkle root follows it. */
export const MERKLE_ROOT_DOMAIN = Buffer.from("tongbao/merkle-root/v1\0", "latin1");

export const DIGEST_LENGTH = 32;

// The digest input is laid out in one reused buffer and hashed in one call: one crossing into
// OpenSSL instead of four, which matters at replay rates.
let scratch = Buffer.alloc(4096);

export function messageDigest(header: Uint8Array, payload: Uint8Array): Buffer {
  return messageDigestOf(header, sha256(payload));
}

/** messageDigest for a payload whose SHA-256 is already known (and checked). */
export function messageDigestOf(header: Uint8Array, payloadSha256: Uint8Array | string): Buffer {
  return fromLatin1(messageDigestString(header, payloadSha256));
}

/** messageDigestOf as a latin1 string (see sha256String). */
export function messageDigestString(
  header: Uint8Array,
  payloadSha256: Uint8Array | string,
): string {
  const size = ENVELOPE_DOMAIN.length + 4 + header.length + DIGEST_LENGTH;
  if (size > scratch.length) scratch = Buffer.alloc(Math.max(size, scratch.length * 2));
  let at = ENVELOPE_DOMAIN.copy(scratch, 0);
  at = scratch.writeUInt32BE(header.length, at);
  scratch.set(header, at);
  at += header.length;
  if (typeof payloadSha256 === "string") scratch.write(payloadSha256, at, DIGEST_LENGTH, "latin1");
  else scratch.set(payloadSha256.subarray(0, DIGEST_LENGTH), at);
  return hash("sha256", scratch.subarray(0, size), "binary");
}

/** SHA-256 of a payload, as Header.payload_sha256 carries it. */
export function sha256(bytes: Uint8Array): Buffer {
  return fromLatin1(sha256String(bytes));
}

/**
 * SHA-256 as a latin1 string, one character per byte: node's one-shot hash returns a string
 * without allocating a Buffer, which costs a half to a third as much as a Buffer result.
 */
export function sha256String(bytes: Uint8Array): string {
  return hash("sha256", bytes, "binary");
}

/** True when `bytes` are the digest that `digest` (a latin1 string) spells. */
export function sameDigest(digest: string, bytes: Uint8Array): boolean {
  if (bytes.length !== digest.length) return false;
  for (let i = 0; i < bytes.length; i++) if (digest.charCodeAt(i) !== bytes[i]) return false;
  return true;
}

/** True when `digest` (a latin1 string) is spelled by the DIGEST_LENGTH bytes of `bytes` at `at`. */
export function sameDigestAt(digest: string, bytes: Uint8Array, at: number): boolean {
  if (digest.length !== DIGEST_LENGTH || bytes.length < at + DIGEST_LENGTH) return false;
  for (let i = 0; i < DIGEST_LENGTH; i++) if (digest.charCodeAt(i) !== bytes[at + i]) return false;
  return true;
}

/** True when `expected` (a digest) equals the DIGEST_LENGTH bytes of `bytes` at `at`. */
export function sameBytesAt(expected: Uint8Array, bytes: Uint8Array, at: number): boolean {
  if (expected.length !== DIGEST_LENGTH || bytes.length < at + DIGEST_LENGTH) return false;
  for (let i = 0; i < DIGEST_LENGTH; i++) if (expected[i] !== bytes[at + i]) return false;
  return true;
}

function fromLatin1(digest: string): Buffer {
  return Buffer.from(digest, "latin1");
}

/** The exact bytes a batch signature covers. */
export function rootSigningInput(root: Uint8Array): Buffer {
  return Buffer.concat([MERKLE_ROOT_DOMAIN, root]);
}
