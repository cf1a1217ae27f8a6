import { LIMITS } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { varintSize, writeVarint } from "./varint.js";

/**
 * SignedEnvelope encoding for the seal path, written out by hand: the message is three
 * length-delimited fields and one small Signature, and in a sealed batch everything but the
 * inclusion path and leaf index is the same for every envelope. Writing it straight into one
 * buffer per envelope avoids protobufjs's writer objects and intermediate buffers, which show
 * as allocation and garbage collection at publish rates. The bytes are those of the
 * generated encoder (canonical field order, proto3 defaults omitted): a test compares them.
 *
 *   SignedEnvelope { bytes header = 1; bytes payload = 2; repeated Signature signatures = 3; }
 *   Signature { string key_id = 1; SignatureAlgorithm algorithm = 2; bytes value = 3;
 *               repeated bytes merkle_path = 4; uint32 leaf_index = 5; uint32 leaf_count = 6; }
 */

/** The part of a batch's Signature shared by all its envelopes: key id, algorithm, value. */
export interface SignaturePrefix {
  bytes: Uint8Array;
  leafCount: number;
}

export function signaturePrefix(
  keyId: string,
  algorithm: number,
  value: Uint8Array,
  leafCount: number,
): SignaturePrefix {
  const key = Buffer.from(keyId, "utf8");
  const parts: number[] = [];
  if (key.length > 0) pushField(parts, 0x0a, key);
  if (algorithm !== 0) {
    parts.push(0x10);
    pushVarint(parts, algorithm);
  }
  if (value.length > 0) pushField(parts, 0x1a, value);
  return { bytes: Uint8Array.from(parts), leafCount };
}

/** One envelope of a sealed batch: the shared signature part, then this item's path and index. */
export function encodeSealedEnvelope(
  header: Uint8Array,
  payload: Uint8Array,
  prefix: SignaturePrefix,
  path: readonly Uint8Array[],
  leafIndex: number,
): Uint8Array {
  let sigLength = prefix.bytes.length;
  for (const p of path) sigLength += 1 + varintSize(p.length) + p.length;
  if (leafIndex !== 0) sigLength += 1 + varintSize(leafIndex);
  if (prefix.leafCount !== 0) sigLength += 1 + varintSize(prefix.leafCount);
  const size =
    fieldSize(header.length) + fieldSize(payload.length) + 1 + varintSize(sigLength) + sigLength;
  if (size > LIMITS.maxEnvelopeBytes) {
    throw new TongbaoError(
      "TB_ERR_SCHEMA",
      `tongbao.envelope.v1.SignedEnvelope of ${size} bytes exceeds the ${LIMITS.maxEnvelopeBytes}-byte limit`,
      { path: "" },
    );
  }
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  if (header.length > 0) at = writeField(out, at, 0x0a, header);
  if (payload.length > 0) at = writeField(out, at, 0x12, payload);
  out[at++] = 0x1a;
  at = writeVarint(out, at, sigLength);
  out.set(prefix.bytes, at);
  at += prefix.bytes.length;
  for (const p of path) at = writeField(out, at, 0x22, p);
  if (leafIndex !== 0) {
    out[at++] = 0x28;
    at = writeVarint(out, at, leafIndex);
  }
  if (prefix.leafCount !== 0) {
    out[at++] = 0x30;
    at = writeVarint(out, at, prefix.leafCount);
  }
  return out;
}

/** Bytes of a length-delimited field holding `length` bytes (none when empty: a default). */
function fieldSize(length: number): number {
  return length === 0 ? 0 : 1 + varintSize(length) + length;
}

function writeField(out: Uint8Array, at: number, tag: number, bytes: Uint8Array): number {
  out[at] = tag;
  const next = writeVarint(out, at + 1, bytes.length);
  out.set(bytes, next);
  return next + bytes.length;
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function pushField(out: number[], tag: number, bytes: Uint8Array): void {
  out.push(tag);
  pushVarint(out, bytes.length);
  for (const b of bytes) out.push(b);
}
