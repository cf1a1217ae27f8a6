import { varintSize, writeVarint } from "../envelope/varint.js";

/**
 * The header of each copy, from bytes encoded once per message. Header fields 16
 * (producer_seq, varint) and 17 (prev_digest, bytes) are the last fields of
 * tongbao.envelope.v1.Header, so appending them to the encoding of everything else gives the
 * same bytes a full encode would, in the canonical field order, without encoding the whole
 * header again for every copy of a fanned-out message or every message of a chain.
 */

const PRODUCER_SEQ_TAG = [0x80, 0x01]; // (16 << 3) | 0
const PREV_DIGEST_TAG = [0x8a, 0x01]; // (17 << 3) | 2

/**
 * Most bytes the chain fields add to a header: two tags, a varint of a safe integer (8
 * bytes at most), a length byte and a 32-byte digest. Lets a group's headers share one
 * buffer sized before their positions are known.
 */
export const CHAIN_FIELDS_MAX_BYTES = 2 + 8 + 2 + 1 + 32;

export function chainedHeader(base: Uint8Array, seq: number, prevDigest: Uint8Array): Uint8Array {
  let size = base.length + 2 + varintSize(seq);
  if (prevDigest.length > 0) size += 2 + varintSize(prevDigest.length) + prevDigest.length;
  const out = new Uint8Array(size);
  writeChainedHeader(out, 0, base, seq, prevDigest);
  return out;
}

/**
 * chainedHeader written into `out` at `at` (which must have room for the base and
 * CHAIN_FIELDS_MAX_BYTES); returns where it ends. The publisher writes a whole group's
 * headers into one buffer this way instead of allocating one per copy.
 */
export function writeChainedHeader(
  out: Uint8Array,
  at: number,
  base: Uint8Array,
  seq: number,
  prevDigest: Uint8Array,
): number {
  out.set(base, at);
  let p = at + base.length;
  out[p++] = PRODUCER_SEQ_TAG[0] as number;
  out[p++] = PRODUCER_SEQ_TAG[1] as number;
  p = writeVarint(out, p, seq);
  if (prevDigest.length > 0) {
    out[p++] = PREV_DIGEST_TAG[0] as number;
    out[p++] = PREV_DIGEST_TAG[1] as number;
    p = writeVarint(out, p, prevDigest.length);
    out.set(prevDigest, p);
    p += prevDigest.length;
  }
  return p;
}
