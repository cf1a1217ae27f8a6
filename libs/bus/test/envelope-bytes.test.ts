import { randomBytes } from "node:crypto";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { describe, expect, it } from "vitest";
import { ED25519, SM2_SM3, sealBatchWithDigests } from "../src/mod.js";
import { merkleTree } from "../src/crypto/merkle.js";
import {
  encodeSealedEnvelope,
  IN_PLACE_MIN_BYTES,
  leadBytes,
  signaturePrefix,
  trailBytes,
  type PayloadFrame,
} from "../src/envelope/envelope-bytes.js";

/** A payload of `size` random bytes written into a frame with `before` and `after` free bytes. */
function framed(size: number, before: number, after: number): PayloadFrame {
  const frame = Buffer.alloc(before + size + after, 0xee);
  randomBytes(size).copy(frame, before);
  return { frame, start: before, end: before + size };
}

function items(n: number, payloadSize: (i: number) => number) {
  return Array.from({ length: n }, (_, i) => ({
    header: randomBytes(150 + (i % 7)),
    payload: randomBytes(payloadSize(i)),
  }));
}

describe("sealed envelope bytes", () => {
  for (const suite of [ED25519, SM2_SM3]) {
    it(`are byte for byte those of the generated encoder (${suite.name}, batches of 1 to 300)`, () => {
      const { privateKey } = suite.generateKeyPair();
      const signer = { orgId: "miit", keyId: "miit-2026-01", suite, privateKey };
      for (const n of [1, 2, 3, 7, 128, 300]) {
        const batch = items(n, (i) => [0, 1, 127, 128, 1024, 20_000][i % 6] as number);
        const sealed = sealBatchWithDigests(batch, signer);
        const { paths } = merkleTree(sealed.digests);
        sealed.envelopes.forEach((bytes, i) => {
          // The batch's signature value, read back with the generated decoder (SM2 signatures
          // are randomised, so signing again would not give the same bytes).
          const expected = encodeEnvelope({
            header: batch[i]!.header,
            payload: batch[i]!.payload,
            signatures: [
              {
                keyId: signer.keyId,
                algorithm: suite.algorithm,
                value: decodeEnvelope(bytes).signatures[0]!.value ?? new Uint8Array(0),
                merklePath: paths[i] ?? [],
                leafIndex: i,
                leafCount: n,
              },
            ],
          });
          expect(Buffer.from(bytes).equals(Buffer.from(expected)), `item ${i} of ${n}`).toBe(true);
        });
      }
    });
  }

  it("omits defaults as the generated encoder does (empty key id, algorithm 0, empty header)", () => {
    const prefix = signaturePrefix("", 0, new Uint8Array(0), 0);
    const path = [randomBytes(32)];
    const bytes = encodeSealedEnvelope(new Uint8Array(0), randomBytes(5), prefix, path, 0);
    const expected = encodeEnvelope({
      header: new Uint8Array(0),
      payload: bytes.subarray(2, 7),
      signatures: [{ keyId: "", algorithm: 0, value: new Uint8Array(0), merklePath: path }],
    });
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
  });

  it("refuses an envelope over the size limit with TB_ERR_SCHEMA", () => {
    const prefix = signaturePrefix("k", 1, randomBytes(64), 1);
    expect(() =>
      encodeSealedEnvelope(randomBytes(100), new Uint8Array(1_100_000), prefix, [], 0),
    ).toThrow(expect.objectContaining({ code: "TB_ERR_SCHEMA" }));
  });

  it("envelopes a large payload where it was encoded, with the bytes of a copy", () => {
    const suite = ED25519;
    const signer = { orgId: "miit", keyId: "miit-2026-01", ...suite.generateKeyPair(), suite };
    const prefix = signaturePrefix(signer.keyId, suite.algorithm, randomBytes(64), 300);
    const header = randomBytes(190);
    const path = Array.from({ length: 9 }, () => randomBytes(32));
    const room = { before: leadBytes(header.length), after: trailBytes(prefix.bytes.length, 9) };
    for (const size of [IN_PLACE_MIN_BYTES, 64 * 1024, 200_000]) {
      const f = framed(size, room.before + 7, room.after + 3);
      const payload = f.frame.subarray(f.start, f.end);
      const copied = Buffer.from(encodeSealedEnvelope(header, payload, prefix, path, 299));
      const inPlace = encodeSealedEnvelope(header, payload, prefix, path, 299, f);
      expect(Buffer.from(inPlace).equals(copied), `${size} bytes`).toBe(true);
      // Written into the frame itself: no second buffer holds the payload.
      expect(inPlace.buffer).toBe(f.frame.buffer);
      expect(decodeEnvelope(inPlace).payload).toEqual(payload);
    }
  });

  it("copies the payload when the frame has too little room, is small, or is not the payload's", () => {
    const prefix = signaturePrefix("miit-2026-01", 1, randomBytes(64), 2);
    const header = randomBytes(190);
    const path = [randomBytes(32)];
    const lead = leadBytes(header.length, 64 * 1024);
    const trail = trailBytes(prefix.bytes.length, 1);
    const cases: [string, PayloadFrame, (f: PayloadFrame) => Uint8Array][] = [
      ["too little room ahead", framed(64 * 1024, lead - 1, trail), own],
      ["too little room behind", framed(64 * 1024, lead, 0), own],
      ["below the in-place size", framed(IN_PLACE_MIN_BYTES - 1, lead, trail), own],
      ["another buffer's bytes", framed(64 * 1024, lead, trail), (f) => Buffer.from(own(f))],
      // Control: the same frame with room enough is written in place.
      ["room enough", framed(64 * 1024, lead, trail), own],
    ];
    for (const [what, f, payloadOf] of cases) {
      const payload = payloadOf(f);
      const before = Buffer.from(f.frame);
      const bytes = encodeSealedEnvelope(header, payload, prefix, path, 1, f);
      const copied = Buffer.from(encodeSealedEnvelope(header, payload, prefix, path, 1));
      expect(Buffer.from(bytes).equals(copied), what).toBe(true);
      expect(bytes.buffer === f.frame.buffer, what).toBe(what === "room enough");
      if (what !== "room enough") expect(f.frame.equals(before), what).toBe(true);
    }
  });
});

function own(f: PayloadFrame): Uint8Array {
  return f.frame.subarray(f.start, f.end);
}
