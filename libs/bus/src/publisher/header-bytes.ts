/**
 * The header of each copy, from bytes encoded once per message. Header fields 16
 * (producer_seq, varint) and 17 (prev_digest, bytes) are the last fields of
 * tongbao.envelope.v1.Header, so appending them to the encoding of everything else gives the
 * same bytes a full encode would, in the canonical field order, without encoding the whole
 * header again for every copy of a fanned-out message or every message of a chain.
 */

const PRODUCER_SEQ_TAG = [0x80, 0x01]; // (16 << 3) | 0
const PREV_DIGEST_TAG = [0x8a, 0x01]; // (17 << 3) | 2

export function chainedHeader(base: Uint8Array, seq: number, prevDigest: Uint8Array): Uint8Array {
  const tail: number[] = [...PRODUCER_SEQ_TAG];
  pushVarint(tail, seq);
  if (prevDigest.length > 0) {
    tail.push(...PREV_DIGEST_TAG);
    pushVarint(tail, prevDigest.length);
  }
  const out = new Uint8Array(base.length + tail.length + prevDigest.length);
  out.set(base, 0);
  out.set(tail, base.length);
  out.set(prevDigest, base.length + tail.length);
  return out;
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}
