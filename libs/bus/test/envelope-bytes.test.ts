import { randomBytes } from "node:crypto";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { describe, expect, it } from "vitest";
import { ED25519, SM2_SM3, sealBatchWithDigests } from "../src/mod.js";
import { merkleTree } from "../src/crypto/merkle.js";
import { encodeSealedEnvelope, signaturePrefix } from "../src/envelope/envelope-bytes.js";

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
});
