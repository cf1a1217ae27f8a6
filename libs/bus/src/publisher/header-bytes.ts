/**
 * The header of each copy, from bytes encoded once per message. Header fields 16
 * (producer_seq, varint) and 17 (prev_digest, bytes) are the last fields of
 * tongbao.envelope.v1.Header, so appending them to the encoding of everything else gives the
 * same bytes a full encode would, in the canonical field order, without encoding the whole
 * header again for every copy of a fanned-out message or every message of a chain.
 */

const PRODUCER_SEQ_TAG = [0x80, 0x01]; // (16 << 3) | 0
const PREV_DIGEST_TAG = [0x8a, 0x01]; // (17 << 3) | 2

// Written straight into the copy's buffer: this runs once per copy on the publish path.
export function chainedHeader(base: Uint8Array, seq: number, prevDigest: Uint8Array): Uint8Array {
  let size = base.length + 2 + varintSize(seq);
  if (prevDigest.length > 0) size += 2 + varintSize(prevDigest.length) + prevDigest.length;
  const out = new Uint8Array(size);
  out.set(base, 0);
  let at = base.length;
  out[at++] = PRODUCER_SEQ_TAG[0] as number;
  out[at++] = PRODUCER_SEQ_TAG[1] as number;
  at = writeVarint(out, at, seq);
  if (prevDigest.length > 0) {
    out[at++] = PREV_DIGEST_TAG[0] as number;
    out[at++] = PREV_DIGEST_TAG[1] as number;
    at = writeVarint(out, at, prevDigest.length);
    out.set(prevDigest, at);
  }
  return out;
}

function varintSize(value: number): number {
  let size = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) size++;
  return size;
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    out[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  out[at++] = v;
  return at;
}
