import { decodeEnvelope, encodeEnvelope, encodeHeader } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/crypto/digest.js";
import {
  DIGEST_AT,
  EnvelopeHasher,
  HASH_RECORD_BYTES,
  HASHED,
  NOT_HASHED,
  PAYLOAD_HASH_AT,
  ROOT_AT,
} from "../src/envelope/envelope-hasher.js";
import { EnvelopeVerifier, sealBatchWithDigests } from "../src/envelope/mod.js";
import { bulletinBytes, bulletinHeader } from "./fixtures/forged-envelopes.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const miit = orgKey("miit");
const SUBJECT = "tb.live.bulletin.power.miit";

/** A sealed group of `count` bulletins, as one producer would store them. */
function sealedGroup(count: number) {
  const items = Array.from({ length: count }, (_, i) => {
    const payload = bulletinBytes(`b${i}`);
    return { header: encodeHeader(bulletinHeader(miit.signer, payload)), payload };
  });
  return { items, ...sealBatchWithDigests(items, miit.signer) };
}

function hashAll(hasher: EnvelopeHasher, envelopes: readonly Uint8Array[]): Buffer {
  const out = Buffer.alloc(HASH_RECORD_BYTES * envelopes.length);
  envelopes.forEach((e, i) => hasher.hash(e, out, i * HASH_RECORD_BYTES));
  return out;
}

function field(records: Buffer, i: number, at: number): Buffer {
  const start = i * HASH_RECORD_BYTES + at;
  return records.subarray(start, start + 32);
}

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected a throw");
}

describe("EnvelopeHasher", () => {
  it("records each message's payload hash, signed digest and the group's root, in any order", () => {
    const group = sealedGroup(37);
    const order = Array.from({ length: 37 }, (_, i) => (i * 11) % 37);
    const hasher = new EnvelopeHasher();
    for (const envelopes of [group.envelopes, order.map((i) => group.envelopes[i]!)]) {
      const records = hashAll(hasher, envelopes);
      envelopes.forEach((_, k) => {
        const i = envelopes === group.envelopes ? k : order[k]!;
        expect(records[k * HASH_RECORD_BYTES]).toBe(HASHED);
        expect(field(records, k, PAYLOAD_HASH_AT)).toEqual(sha256(group.items[i]!.payload));
        expect(field(records, k, DIGEST_AT)).toEqual(group.digests[i]);
        expect(field(records, k, ROOT_AT)).toEqual(group.root);
      });
    }
  });

  it("leads another message under a group's path to another root, past remembered nodes", () => {
    const group = sealedGroup(8);
    const hasher = new EnvelopeHasher();
    hashAll(hasher, group.envelopes);
    // Message 5's signature and path on a header of its own: its leaf is new, so are the
    // nodes above it, and the climb ends at a root no signature covers.
    const e = decodeEnvelope(group.envelopes[5]!);
    const header = encodeHeader(bulletinHeader(miit.signer, e.payload!));
    const records = hashAll(hasher, [encodeEnvelope({ ...e, header })]);
    expect(records[0]).toBe(HASHED);
    expect(field(records, 0, ROOT_AT)).not.toEqual(group.root);
  });

  it("leaves to the ordinary path what it cannot hash", () => {
    const group = sealedGroup(2);
    const e = decodeEnvelope(group.envelopes[0]!);
    const sig = e.signatures![0]!;
    const cases = {
      "not an envelope": Uint8Array.of(0xff, 0xff, 0xff),
      unsigned: encodeEnvelope({ ...e, signatures: [] }),
      "two signatures": encodeEnvelope({ ...e, signatures: [sig, sig] }),
      "a path too short for its tree": encodeEnvelope({
        ...e,
        signatures: [{ ...sig, merklePath: [] }],
      }),
    };
    const records = hashAll(new EnvelopeHasher(), Object.values(cases));
    Object.keys(cases).forEach((name, i) =>
      expect(records[i * HASH_RECORD_BYTES], name).toBe(NOT_HASHED),
    );
  });
});

describe("EnvelopeVerifier.verifyHashed", () => {
  it("accepts what verifySync accepts, with one signature check per group", () => {
    const group = sealedGroup(64);
    const records = hashAll(new EnvelopeHasher(), group.envelopes);
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    const reference = new EnvelopeVerifier(new KeyRing(miit));
    group.envelopes.forEach((bytes, i) => {
      const ctx = { subject: SUBJECT };
      const v = verifier.verifyHashed(bytes, ctx, records, i * HASH_RECORD_BYTES);
      const r = reference.verifySync(bytes, ctx);
      expect(v?.header).toEqual(r?.header);
      expect(Buffer.from(v!.digest)).toEqual(Buffer.from(r!.digest));
      expect(v?.key.keyId).toBe(miit.info.keyId);
    });
    expect(verifier.stats).toEqual({ signatureChecks: 1, workerChecks: 0, batchHits: 63 });
  });

  it("refuses a tampered payload and a root no signature covers, as verifySync does", () => {
    const group = sealedGroup(4);
    const e = decodeEnvelope(group.envelopes[1]!);
    const payload = Uint8Array.from(e.payload!);
    payload[3]! ^= 0xff;
    const tampered = encodeEnvelope({ ...e, payload });
    const other = sealedGroup(4);
    // The first message of another group, under this group's signature: a root it does not sign.
    const grafted = encodeEnvelope({
      ...decodeEnvelope(other.envelopes[0]!),
      signatures: decodeEnvelope(group.envelopes[0]!).signatures!,
    });
    const bad = [tampered, grafted];
    const records = hashAll(new EnvelopeHasher(), bad);
    bad.forEach((bytes, i) => {
      const fresh = () => new EnvelopeVerifier(new KeyRing(miit));
      const hashed = errorOf(() => fresh().verifyHashed(bytes, {}, records, i * HASH_RECORD_BYTES));
      const sync = errorOf(() => fresh().verifySync(bytes, {}));
      expect(isTongbaoError(hashed) && hashed.code).toBe("TB_ERR_SIGNATURE");
      expect((hashed as Error).message).toBe((sync as Error).message);
    });
  });

  it("does not let a forged path met first make a genuine message fail", () => {
    const group = sealedGroup(8);
    // Message 5's signature and path on a forged header: the path's first element is message
    // 4's leaf, which the hasher then remembers under the forged root.
    const e = decodeEnvelope(group.envelopes[5]!);
    const header = encodeHeader(bulletinHeader(miit.signer, e.payload!));
    const forged = encodeEnvelope({ ...e, header });
    const genuine = group.envelopes[4]!;
    const records = hashAll(new EnvelopeHasher(), [forged, genuine]);
    expect(field(records, 1, ROOT_AT)).not.toEqual(group.root);
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    const err = errorOf(() => verifier.verifyHashed(forged, {}, records, 0));
    expect(isTongbaoError(err) && err.code).toBe("TB_ERR_SIGNATURE");
    const v = verifier.verifyHashed(genuine, { subject: SUBJECT }, records, HASH_RECORD_BYTES);
    expect(Buffer.from(v!.digest)).toEqual(group.digests[4]);
  });

  it("takes the ordinary path for a record it cannot use, and still answers rightly", () => {
    const group = sealedGroup(4);
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    const notHashed = Buffer.alloc(HASH_RECORD_BYTES);
    expect(verifier.verifyHashed(group.envelopes[0]!, {}, notHashed, 0)?.header.source).toBe(
      "miit",
    );
    // A record whose root differs from the one the group's signature proved (as when one
    // subtree was sealed twice and met first in the other tree): checked again, not refused.
    const records = hashAll(new EnvelopeHasher(), group.envelopes);
    records.fill(7, HASH_RECORD_BYTES + ROOT_AT, HASH_RECORD_BYTES + ROOT_AT + 32);
    expect(
      verifier.verifyHashed(group.envelopes[1]!, {}, records, HASH_RECORD_BYTES)?.header.source,
    ).toBe("miit");
    const garbage = Uint8Array.of(0xff, 0xff);
    const err = errorOf(() => verifier.verifyHashed(garbage, {}, notHashed, 0));
    expect(isTongbaoError(err) && err.code).toBe("TB_ERR_DECODE");
  });
});
