import { isTongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import {
  decodeEnvelope,
  encodeEnvelope,
  readEnvelope,
  type tongbao,
  type EnvelopeView,
} from "../src/mod.js";
import { seededRandom } from "./support/seeded-random.js";

const rand = seededRandom(20261125);
const int = (n: number): number => Math.floor(rand() * n);

function bytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => int(256));
}

/** A sealed-looking envelope: header, payload and a signature with an inclusion path. */
function envelope(): Uint8Array {
  return encodeEnvelope({
    header: bytes(1 + int(300)),
    payload: bytes(1 + int(2000)),
    signatures: Array.from({ length: 1 + int(2) }, () => ({
      keyId: `miit-2026-${int(100)}`,
      algorithm: 1 + int(2),
      value: bytes(64),
      merklePath: Array.from({ length: int(9) }, () => bytes(32)),
      leafIndex: int(256),
      leafCount: 256,
    })),
  });
}

/** Byte flips, inserts, deletions and truncation: the damage a wire or a forger does. */
function mutate(input: Uint8Array): Uint8Array {
  let b = Uint8Array.from(input);
  for (let round = 1 + int(3); round > 0; round--) {
    const at = int(b.length + 1);
    switch (int(5)) {
      case 0:
        if (b.length > 0) b[at % b.length]! ^= 1 << int(8);
        break;
      case 1:
        if (b.length > 0) b[at % b.length] = [0x00, 0x80, 0xff, 0x08, 0x22, 0x3b][int(6)]!;
        break;
      case 2:
        b = Uint8Array.from([...b.subarray(0, at), ...bytes(1 + int(6)), ...b.subarray(at)]);
        break;
      case 3:
        b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1 + int(4))]);
        break;
      default:
        b = b.subarray(0, at);
    }
  }
  return b;
}

/** What the generated decoder makes of the bytes, in readEnvelope's shape. */
function generated(b: Uint8Array): EnvelopeView | { error: string } {
  try {
    const e = decodeEnvelope(b);
    return {
      header: e.header ?? new Uint8Array(0),
      payload: e.payload ?? new Uint8Array(0),
      signatures: (e.signatures ?? []).map((s) => ({
        keyId: s.keyId ?? "",
        algorithm: s.algorithm ?? 0,
        value: s.value ?? new Uint8Array(0),
        merklePath: s.merklePath ?? [],
        leafIndex: s.leafIndex ?? 0,
        leafCount: s.leafCount ?? 0,
      })),
    };
  } catch (err) {
    if (!isTongbaoError(err, "TB_ERR_DECODE")) throw err;
    return { error: err.message };
  }
}

function byHand(b: Uint8Array): EnvelopeView | { error: string } {
  try {
    return readEnvelope(b);
  } catch (err) {
    if (!isTongbaoError(err, "TB_ERR_DECODE")) throw err;
    return { error: err.message };
  }
}

/** Views compared as plain bytes, whichever buffer they point into. */
function plain(v: EnvelopeView | { error: string }): unknown {
  if ("error" in v) return v;
  const b = (x: Uint8Array) => Buffer.from(x).toString("hex");
  return {
    header: b(v.header),
    payload: b(v.payload),
    signatures: v.signatures.map((s) => ({
      ...s,
      value: b(s.value),
      merklePath: Array.from({ length: s.merklePath.length }, (_, i) => b(s.merklePath.at(i)!)),
    })),
  };
}

describe("readEnvelope", () => {
  it("reads canonical envelopes as the generated decoder does, as views into the bytes", () => {
    for (let i = 0; i < 2_000; i++) {
      const e = envelope();
      const view = readEnvelope(e);
      expect(plain(view)).toEqual(plain(generated(e)));
      expect(view.payload.buffer).toBe(e.buffer);
    }
  });

  it("agrees with the generated decoder on 20,000 damaged envelopes, error for error", () => {
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const b = mutate(envelope());
      const expected = plain(generated(b));
      expect(plain(byHand(b)), `input ${Buffer.from(b).toString("hex")}`).toEqual(expected);
      if (!(expected as { error?: string }).error) accepted++;
    }
    // Both sides of the comparison are exercised: many damaged inputs still decode.
    expect(accepted).toBeGreaterThan(2_000);
    expect(accepted).toBeLessThan(18_000);
  });

  it("reads unknown fields, odd varints and non-ASCII key ids the generated decoder's way", () => {
    const base = envelope();
    const cases = [
      Uint8Array.from([...base, 0x48, 0x01]), // unknown varint field 9
      Uint8Array.from([0x0a, 0x81, 0x00, 0x41]), // header with a two-byte length 1
      encodeEnvelope({ signatures: [{ keyId: "国密-1", algorithm: 2, value: bytes(64) }] }),
      // int32 on the wire: a negative value is ten bytes long
      encodeEnvelope({ signatures: [{ algorithm: -1 as tongbao.envelope.v1.SignatureAlgorithm }] }),
      encodeEnvelope({ signatures: [{ leafIndex: 0xffffffff, leafCount: 0xffffffff }] }),
      Uint8Array.from([0x1a, 0x00, 0x1a, 0x00]), // two empty signatures
    ];
    for (const b of cases) expect(plain(byHand(b))).toEqual(plain(generated(b)));
  });
});
