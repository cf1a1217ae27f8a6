import { createHash } from "node:crypto";

/**
 * The signed digest of one message (签名摘要):
 *
 *   SHA-256( "tongbao/envelope/v1\0" ‖ u32be(len header) ‖ header ‖ u32be(len payload) ‖ payload )
 *
 * over the exact bytes the producer serialised. The domain string keeps these digests apart
 * from every other SHA-256 in the system; the length prefixes make the split between header
 * and payload unambiguous. Re-encoding the header or payload changes the bytes, so it can
 * neither break a valid signature silently nor make a forged one valid.
 */
export const ENVELOPE_DOMAIN = Buffer.from("tongbao/envelope/v1\0", "latin1");

/** Domain prefix of the bytes a signature covers: the batch's Merkle root follows it. */
export const MERKLE_ROOT_DOMAIN = Buffer.from("tongbao/merkle-root/v1\0", "latin1");

export const DIGEST_LENGTH = 32;

const lengthBytes = Buffer.alloc(4);

export function messageDigest(header: Uint8Array, payload: Uint8Array): Buffer {
  const hash = createHash("sha256").update(ENVELOPE_DOMAIN);
  lengthBytes.writeUInt32BE(header.length);
  hash.update(lengthBytes).update(header);
  lengthBytes.writeUInt32BE(payload.length);
  return hash.update(lengthBytes).update(payload).digest();
}

/** SHA-256 of a payload, as Header.payload_sha256 carries it. */
export function sha256(bytes: Uint8Array): Buffer {
  return createHash("sha256").update(bytes).digest();
}

/** The exact bytes a batch signature covers. */
export function rootSigningInput(root: Uint8Array): Buffer {
  return Buffer.concat([MERKLE_ROOT_DOMAIN, root]);
}
