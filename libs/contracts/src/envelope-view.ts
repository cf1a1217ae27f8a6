import { decodeEnvelope } from "./envelope.js";
import { LIMITS } from "./limits.js";
import { asciiMemo, asciiText, WireCursor } from "./wire-cursor.js";

const keyIds = asciiMemo();

/**
 * A signature's Merkle inclusion path. A verifier that has already proven part of a batch
 * needs only the first step or two of each path, so the elements are made on demand.
 */
export interface MerklePath {
  readonly length: number;
  at(index: number): Uint8Array | undefined;
}

/** One signature of an envelope, as read by readEnvelope (bytes are views, not copies). */
export interface SignatureView {
  keyId: string;
  algorithm: number;
  value: Uint8Array;
  merklePath: MerklePath;
  leafIndex: number;
  leafCount: number;
}

/** The fields of a SignedEnvelope, with header and payload as views into the bytes read. */
export interface EnvelopeView {
  header: Uint8Array;
  payload: Uint8Array;
  signatures: SignatureView[];
}

const EMPTY = new Uint8Array(0);

/**
 * Reads a SignedEnvelope for verification. Verifying replays read every stored envelope, and
 * the generated decoder's per-field machinery costs more than the hashing that follows it,
 * so the canonical layout (known fields, right wire types, 32-bit varints, ASCII key ids) is
 * read here by hand. Anything else — unknown fields, groups, wrong wire types, long varints,
 * truncation — goes to decodeEnvelope, so the result, and the TB_ERR_DECODE naming the fault,
 * are the generated decoder's for every input (a test compares the two on mutated envelopes).
 */
export function readEnvelope(bytes: Uint8Array): EnvelopeView {
  return (bytes.length <= LIMITS.maxEnvelopeBytes && readCanonical(bytes)) || viewOf(bytes);
}

function viewOf(bytes: Uint8Array): EnvelopeView {
  const e = decodeEnvelope(bytes);
  return {
    header: e.header ?? EMPTY,
    payload: e.payload ?? EMPTY,
    signatures: (e.signatures ?? []).map((s) => ({
      keyId: s.keyId ?? "",
      algorithm: s.algorithm ?? 0,
      value: s.value ?? EMPTY,
      merklePath: s.merklePath ?? [],
      leafIndex: s.leafIndex ?? 0,
      leafCount: s.leafCount ?? 0,
    })),
  };
}

/** Path elements as [start, end) offsets into the envelope, viewed when asked for. */
class PathView implements MerklePath {
  readonly bounds: number[] = [];
  constructor(private readonly buf: Uint8Array) {}

  get length(): number {
    return this.bounds.length / 2;
  }

  at(index: number): Uint8Array | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.buf.subarray(this.bounds[2 * index], this.bounds[2 * index + 1]);
  }
}

function readCanonical(bytes: Uint8Array): EnvelopeView | undefined {
  const c = new WireCursor(bytes);
  const view: EnvelopeView = { header: EMPTY, payload: EMPTY, signatures: [] };
  while (c.pos < c.end) {
    const tag = c.varint();
    if (tag === 0x0a || tag === 0x12) {
      const b = c.bytes();
      if (!b) return undefined;
      if (tag === 0x0a) view.header = b;
      else view.payload = b;
    } else if (tag === 0x1a) {
      const length = c.varint();
      if (length < 0 || length > c.end - c.pos) return undefined;
      const outer = c.end;
      c.end = c.pos + length;
      const sig = readSignature(c);
      if (!sig) return undefined;
      c.end = outer;
      view.signatures.push(sig);
    } else {
      return undefined;
    }
  }
  return view;
}

function readSignature(c: WireCursor): SignatureView | undefined {
  const path = new PathView(c.buf);
  const sig: SignatureView = {
    keyId: "",
    algorithm: 0,
    value: EMPTY,
    merklePath: path,
    leafIndex: 0,
    leafCount: 0,
  };
  while (c.pos < c.end) {
    const tag = c.varint();
    switch (tag) {
      case 0x0a: {
        const start = c.span();
        if (start < 0) return undefined;
        const keyId = asciiText(c.buf, start, c.pos, keyIds);
        if (keyId === undefined) return undefined;
        sig.keyId = keyId;
        break;
      }
      case 0x10: {
        const v = c.varint();
        // int32: larger values are negative numbers, read by the generated decoder.
        if (v < 0 || v > 0x7fffffff) return undefined;
        sig.algorithm = v;
        break;
      }
      case 0x1a: {
        const b = c.bytes();
        if (!b) return undefined;
        sig.value = b;
        break;
      }
      case 0x22: {
        const start = c.span();
        if (start < 0) return undefined;
        path.bounds.push(start, c.pos);
        break;
      }
      case 0x28:
      case 0x30: {
        const v = c.varint();
        if (v < 0) return undefined;
        if (tag === 0x28) sig.leafIndex = v;
        else sig.leafCount = v;
        break;
      }
      default:
        return undefined;
    }
  }
  return sig;
}
