import { decodeEnvelope, encodeEnvelope, decodeHeader, encodeHeader } from "@tongbao/contracts";
import type { ErrorCode } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import { ED25519 } from "../src/crypto/ed25519.js";
import { SM2_SM3 } from "../src/crypto/sm2.js";
import { toTimestamp } from "../src/envelope/header-fields.js";
import { sealBatch, sealBatchWithDigests } from "../src/envelope/seal.js";
import { EnvelopeVerifier } from "../src/envelope/verifier.js";
import { bulletinItem, KeyTable, Sector, Status, testSigner, Tlp } from "./envelope-fixtures.js";

async function codeOf(p: Promise<unknown>): Promise<ErrorCode | string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[at] = (out[at] ?? 0) ^ 0x01;
  return out;
}

describe.each([ED25519, SM2_SM3])("sealed batches ($name)", (suite) => {
  it("verifies every envelope of a batch with one signature check", async () => {
    const { signer, info } = testSigner(suite, "miit", "miit-k1");
    const verifier = new EnvelopeVerifier(new KeyTable().add(info));
    const items = Array.from({ length: 13 }, (_, i) => bulletinItem({}, `bulletin ${i}`));
    const sealed = sealBatchWithDigests(items, signer);
    for (const [i, bytes] of sealed.envelopes.entries()) {
      const v = await verifier.verify(bytes, { subject: "tb.live.bulletin.power.miit" });
      expect(v.header.source).toBe("miit");
      expect(Buffer.from(v.payloadBytes)).toEqual(Buffer.from(items[i]?.payload ?? []));
      expect(Buffer.from(v.digest)).toEqual(sealed.digests[i]);
      expect(v.key.keyId).toBe("miit-k1");
    }
    expect(verifier.stats).toEqual({ signatureChecks: 1, workerChecks: 0, batchHits: 12 });
  });

  it("rejects an envelope with any byte of its header, payload, path or signature flipped", async () => {
    const { signer, info } = testSigner(suite, "miit", "miit-k1");
    const verifier = new EnvelopeVerifier(new KeyTable().add(info), { provenNodes: 0 });
    const [bytes] = sealBatch([bulletinItem(), bulletinItem(), bulletinItem()], signer);
    const env = decodeEnvelope(bytes as Uint8Array);
    const sig = env.signatures[0] as { value: Uint8Array; merklePath: Uint8Array[] };
    const variants: Uint8Array[] = [];
    for (let i = 0; i < env.header.length; i += 5) {
      variants.push(encodeEnvelope({ ...env, header: flip(env.header, i) }));
    }
    for (let i = 0; i < env.payload.length; i++) {
      variants.push(encodeEnvelope({ ...env, payload: flip(env.payload, i) }));
    }
    for (let i = 0; i < 32; i += 3) {
      variants.push(
        encodeEnvelope({
          ...env,
          signatures: [
            {
              ...sig,
              merklePath: [flip(sig.merklePath[0] as Uint8Array, i), ...sig.merklePath.slice(1)],
            },
          ],
        }),
      );
    }
    for (let i = 0; i < sig.value.length; i += 4) {
      variants.push(
        encodeEnvelope({ ...env, signatures: [{ ...sig, value: flip(sig.value, i) }] }),
      );
    }
    for (const v of variants) {
      expect(["TB_ERR_SIGNATURE", "TB_ERR_DECODE", "TB_ERR_CONTRACT"]).toContain(
        await codeOf(verifier.verify(v)),
      );
    }
    expect(await codeOf(verifier.verify(bytes as Uint8Array))).toBeUndefined();
  });
});

describe("envelope verification", () => {
  const miit = testSigner(ED25519, "miit", "miit-k1");
  const nea = testSigner(ED25519, "nea", "nea-k1");
  const keys = new KeyTable().add(miit.info).add(nea.info);

  it("survives re-encoding of the envelope, and a re-encoded header cannot carry a change", async () => {
    const verifier = new EnvelopeVerifier(keys);
    const [bytes] = sealBatch([bulletinItem()], miit.signer);
    const env = decodeEnvelope(bytes as Uint8Array);
    await expect(verifier.verify(encodeEnvelope(env))).resolves.toBeDefined();
    const header = decodeHeader(env.header);
    header.recipients = ["nea"];
    const forged = encodeEnvelope({ ...env, header: encodeHeader(header) });
    expect(await codeOf(verifier.verify(forged))).toBe("TB_ERR_SIGNATURE");
  });

  it("rejects a payload swapped from another message", async () => {
    const verifier = new EnvelopeVerifier(keys);
    const [a, b] = sealBatch([bulletinItem({}, "one"), bulletinItem({}, "two")], miit.signer);
    const ea = decodeEnvelope(a as Uint8Array);
    const eb = decodeEnvelope(b as Uint8Array);
    const swapped = encodeEnvelope({ ...ea, payload: eb.payload });
    await expect(verifier.verify(swapped)).rejects.toMatchObject({
      code: "TB_ERR_SIGNATURE",
      path: "header.payloadSha256",
    });
  });

  it("rejects garbage, unsigned envelopes, unknown keys and keys of another organisation", async () => {
    const verifier = new EnvelopeVerifier(keys);
    expect(await codeOf(verifier.verify(Uint8Array.from([0xff, 0xff, 0xff])))).toBe(
      "TB_ERR_DECODE",
    );
    const item = bulletinItem();
    expect(await codeOf(verifier.verify(encodeEnvelope({ ...item, signatures: [] })))).toBe(
      "TB_ERR_SIGNATURE",
    );
    const stranger = testSigner(ED25519, "miit", "miit-unregistered");
    expect(await codeOf(verifier.verify(sealBatch([item], stranger.signer)[0] as Uint8Array))).toBe(
      "TB_ERR_UNKNOWN_KEY",
    );
    // nea's genuine key signing a header that claims miit as its source.
    const impostor = { ...nea.signer };
    expect(await codeOf(verifier.verify(sealBatch([item], impostor)[0] as Uint8Array))).toBe(
      "TB_ERR_SIGNATURE",
    );
  });

  it("rejects a signature whose algorithm differs from the registered key's", async () => {
    const verifier = new EnvelopeVerifier(keys);
    const env = decodeEnvelope(sealBatch([bulletinItem()], miit.signer)[0] as Uint8Array);
    const sig = env.signatures[0] ?? {};
    const relabelled = encodeEnvelope({
      ...env,
      signatures: [{ ...sig, algorithm: SM2_SM3.algorithm }],
    });
    expect(await codeOf(verifier.verify(relabelled))).toBe("TB_ERR_SIGNATURE");
  });

  it("accepts the envelope when a later signature verifies though the first does not", async () => {
    const verifier = new EnvelopeVerifier(keys);
    const env = decodeEnvelope(sealBatch([bulletinItem()], miit.signer)[0] as Uint8Array);
    const good = env.signatures[0] ?? {};
    const bad = { ...good, keyId: "nobody" };
    const v = await verifier.verify(encodeEnvelope({ ...env, signatures: [bad, good] }));
    expect(v.key.keyId).toBe("miit-k1");
  });

  it("checks the key window at the signing time", async () => {
    const k = testSigner(ED25519, "miit", "miit-windowed", new Date("2024-01-01T00:00:00Z"));
    k.info.notAfter = new Date("2025-01-01T00:00:00Z");
    const verifier = new EnvelopeVerifier(new KeyTable().add(k.info));
    const at = (iso: string) =>
      sealBatch([bulletinItem({ time: toTimestamp(new Date(iso)) })], k.signer)[0] as Uint8Array;
    expect(await codeOf(verifier.verify(at("2024-06-01T00:00:00Z")))).toBeUndefined();
    expect(await codeOf(verifier.verify(at("2023-12-31T23:59:59Z")))).toBe("TB_ERR_KEY_EXPIRED");
    expect(await codeOf(verifier.verify(at("2025-01-01T00:00:00Z")))).toBe("TB_ERR_KEY_EXPIRED");
    expect(
      await codeOf(
        verifier.verify(sealBatch([bulletinItem({ time: null })], k.signer)[0] as Uint8Array),
      ),
    ).toBe("TB_ERR_CONTRACT");
  });

  it("rejects messages signed at or after revocation, and back-dated ones stored after the grace", async () => {
    const k = testSigner(ED25519, "miit", "miit-revoked", new Date("2024-01-01T00:00:00Z"));
    k.info.revokedTime = new Date("2024-06-01T00:00:00Z");
    const verifier = new EnvelopeVerifier(new KeyTable().add(k.info), {
      revocationGraceMs: 60_000,
    });
    const at = (iso: string) =>
      sealBatch([bulletinItem({ time: toTimestamp(new Date(iso)) })], k.signer)[0] as Uint8Array;
    const before = at("2024-05-31T23:00:00Z");
    // Stored before the revocation: verifies whenever it is replayed, even years later.
    await expect(
      verifier.verify(before, { storedAt: new Date("2024-05-31T23:00:01Z") }),
    ).resolves.toBeDefined();
    await expect(
      verifier.verify(before, { storedAt: new Date("2024-06-01T00:00:59Z") }),
    ).resolves.toBeDefined();
    expect(await codeOf(verifier.verify(at("2024-06-01T00:00:00Z")))).toBe("TB_ERR_KEY_REVOKED");
    expect(
      await codeOf(verifier.verify(before, { storedAt: new Date("2024-06-01T00:01:00Z") })),
    ).toBe("TB_ERR_KEY_REVOKED");
  });

  it("checks the arrival subject against the signed header", async () => {
    const verifier = new EnvelopeVerifier(keys);
    const broadcast = sealBatch(
      [bulletinItem({ sectors: [Sector.SECTOR_POWER, Sector.SECTOR_COAL] })],
      miit.signer,
    )[0] as Uint8Array;
    const ok = async (subject: string, bytes = broadcast) =>
      codeOf(verifier.verify(bytes, { subject }));
    expect(await ok("tb.live.bulletin.power.miit")).toBeUndefined();
    expect(await ok("tb.live.bulletin.coal.miit")).toBeUndefined();
    expect(await ok("tb.live.bulletin.power.nea")).toBe("TB_ERR_ORIGIN_MISMATCH");
    expect(await ok("tb.exercise.bulletin.power.miit")).toBe("TB_ERR_STATUS_MISMATCH");
    expect(await ok("tb.live.warning.power.miit")).toBe("TB_ERR_SUBJECT_MISMATCH");
    expect(await ok("tb.live.bulletin.health.miit")).toBe("TB_ERR_SUBJECT_MISMATCH");
    expect(await ok("tb.live.bulletin.all.miit")).toBe("TB_ERR_SUBJECT_MISMATCH");
    expect(await ok("tb.live.to.nea.bulletin.miit")).toBe("TB_ERR_SUBJECT_MISMATCH");
    expect(await ok("tb.live.bulletin.power")).toBe("TB_ERR_SUBJECT_MISMATCH");

    const drill = sealBatch(
      [bulletinItem({ status: Status.STATUS_EXERCISE })],
      miit.signer,
    )[0] as Uint8Array;
    expect(await ok("tb.live.bulletin.power.miit", drill)).toBe("TB_ERR_STATUS_MISMATCH");

    const red = sealBatch(
      [bulletinItem({ marking: { tlp: Tlp.TLP_RED }, recipients: ["nea", "mem"] })],
      miit.signer,
    )[0] as Uint8Array;
    expect(await ok("tb.live.to.nea.bulletin.miit", red)).toBeUndefined();
    expect(await ok("tb.live.to.mem.bulletin.miit", red)).toBeUndefined();
    expect(await ok("tb.live.to.sasac.bulletin.miit", red)).toBe("TB_ERR_SUBJECT_MISMATCH");
    expect(await ok("tb.live.bulletin.power.miit", red)).toBe("TB_ERR_MARKING");

    const sectorless = sealBatch([bulletinItem({ sectors: [] })], miit.signer)[0] as Uint8Array;
    expect(await ok("tb.live.bulletin.all.miit", sectorless)).toBeUndefined();
  });

  it("verifies synchronously when the key is cached, and says so when it is not", async () => {
    const [bytes] = sealBatch([bulletinItem()], miit.signer);
    const cached = new EnvelopeVerifier(keys);
    expect(cached.verifySync(bytes as Uint8Array)?.header.source).toBe("miit");
    const remote = new KeyTable(false).add(miit.info);
    const uncached = new EnvelopeVerifier(remote);
    expect(uncached.verifySync(bytes as Uint8Array)).toBeUndefined();
    await expect(uncached.verify(bytes as Uint8Array)).resolves.toBeDefined();
    expect(remote.lookups).toBe(1);
    expect(() => cached.verifySync(flip(bytes as Uint8Array, 20))).toThrow();
  });

  it("refuses to seal an empty batch", () => {
    expect(() => sealBatch([], miit.signer)).toThrow(
      expect.objectContaining({ code: "TB_ERR_BAD_REQUEST" }),
    );
  });
});
