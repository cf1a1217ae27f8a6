import { LIMITS, type FramedBytes } from "@tongbao/contracts";
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

/**
 * Payloads from this size on are enveloped where they were encoded, when the payload was
 * encoded with room around it (`PayloadFrame`): the header and signature fields are written
 * into that room, and the envelope is a view of the same buffer. Below it, copying the
 * payload into an envelope of its own costs less than the room would keep alive.
 */
export const IN_PLACE_MIN_BYTES = 8 * 1024;

/** A payload encoded at `start`..`end` of `frame`, whose other bytes are free to write. */
export type PayloadFrame = FramedBytes;

/** Bytes an envelope puts ahead of its payload, for a header of at most `headerBytes`. */
export function leadBytes(headerBytes: number, payloadBytes = LIMITS.maxPayloadBytes): number {
  return fieldSize(headerBytes) + 1 + varintSize(payloadBytes);
}

/**
 * Bytes the Signature field of a sealed envelope takes behind its payload: a prefix of
 * `prefixBytes` (see signaturePrefix), an inclusion path of `depth` SHA-256 hashes, the
 * leaf's index and the batch size (each below 2^21 here).
 */
export function trailBytes(prefixBytes: number, depth: number): number {
  const sigLength = prefixBytes + depth * (2 + 32) + 2 * (1 + 3);
  return 1 + varintSize(sigLength) + sigLength;
}

/**
 * One envelope of a sealed batch: the shared signature part, then this item's path and index.
 * Given the payload's frame, a large payload is enveloped in place when the room allows.
 */
export function encodeSealedEnvelope(
  header: Uint8Array,
  payload: Uint8Array,
  prefix: SignaturePrefix,
  path: readonly Uint8Array[],
  leafIndex: number,
  frame?: PayloadFrame,
): Uint8Array {
  let sigLength = prefix.bytes.length;
  for (const p of path) sigLength += 1 + varintSize(p.length) + p.length;
  if (leafIndex !== 0) sigLength += 1 + varintSize(leafIndex);
  if (prefix.leafCount !== 0) sigLength += 1 + varintSize(prefix.leafCount);
  const lead = fieldSize(header.length) + (payload.length > 0 ? 1 + varintSize(payload.length) : 0);
  const trail = 1 + varintSize(sigLength) + sigLength;
  const size = lead + payload.length + trail;
  if (size > LIMITS.maxEnvelopeBytes) {
    throw new TongbaoError(
      "TB_ERR_SCHEMA",
      `tongbao.envelope.v1.SignedEnvelope of ${size} bytes exceeds the ${LIMITS.maxEnvelopeBytes}-byte limit`,
      { path: "" },
    );
  }
  let out: Buffer;
  let start: number;
  if (
    frame !== undefined &&
    payload.length >= IN_PLACE_MIN_BYTES &&
    payload.buffer === frame.frame.buffer &&
    payload.byteOffset === frame.frame.byteOffset + frame.start &&
    frame.end - frame.start === payload.length &&
    frame.start >= lead &&
    frame.frame.length - frame.end >= trail
  ) {
    // The payload is already where it belongs: only the fields around it are written.
    out = frame.frame;
    start = frame.start - lead;
  } else {
    out = Buffer.allocUnsafe(size);
    start = 0;
    out.set(payload, lead);
  }
  let at = start;
  if (header.length > 0) at = writeField(out, at, 0x0a, header);
  if (payload.length > 0) {
    out[at++] = 0x12;
    at = writeVarint(out, at, payload.length) + payload.length;
  }
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
  return start === 0 && size === out.length ? out : out.subarray(start, start + size);
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
