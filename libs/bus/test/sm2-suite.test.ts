import { createHash, createPrivateKey, generateKeyPairSync } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sm2 as smCrypto, sm3 as smCryptoSm3 } from "sm-crypto";
import { savePrivateKey } from "../src/crypto/key-files.js";
import { SM2_DEFAULT_ID, SM2_SM3, sm2Za } from "../src/crypto/sm2.js";

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ""), "hex");

/** GM/T 0003.5-2012 Annex A (= GB/T 32918.5-2017 Annex A): a signature on the recommended curve. */
const PUBLISHED = {
  privateKey: hex("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8"),
  publicKey: hex(
    "04 09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020" +
      "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13",
  ),
  id: "1234567812345678",
  message: Buffer.from("message digest"),
  za: hex("B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3"),
  e: hex("F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640"),
  r: hex("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3"),
  s: hex("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA"),
};

/** DER SEQUENCE { r INTEGER, s INTEGER } of 32-byte r and s. */
function derSignature(r: Buffer, s: Buffer): Buffer {
  const int = (b: Buffer): Buffer => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = b.subarray(i);
    const body = (v[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v;
    return Buffer.concat([Buffer.from([2, body.length]), body]);
  };
  const body = Buffer.concat([int(r), int(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

/** A private key from a raw scalar: SEC1 ECPrivateKey wrapped in PKCS#8, curve sm2p256v1. */
function sm2PrivateKeyFromScalar(d: Buffer) {
  const sec1 = Buffer.concat([hex("302502010104 20"), d]);
  const algorithm = hex("301306072a8648ce3d020106082a811ccf5501822d");
  const inner = Buffer.concat([hex("0201 00"), algorithm, Buffer.from([0x04, sec1.length]), sec1]);
  return createPrivateKey({
    key: Buffer.concat([Buffer.from([0x30, inner.length]), inner]),
    format: "der",
    type: "pkcs8",
  });
}

describe("SM3", () => {
  it("hashes the GB/T 32905 example 'abc' to the published digest", () => {
    const want = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    expect(createHash("sm3").update("abc").digest("hex")).toBe(want);
    expect(smCryptoSm3("abc")).toBe(want);
  });

  it("hashes the GB/T 32905 64-byte example to the published digest", () => {
    const msg = "abcd".repeat(16);
    expect(createHash("sm3").update(msg).digest("hex")).toBe(
      "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
    );
  });
});

describe("SM2_SM3 suite against GM/T 0003.5 Annex A", () => {
  it("computes the published Z_A for ID 1234567812345678", () => {
    expect(SM2_DEFAULT_ID).toBe(PUBLISHED.id);
    expect(sm2Za(PUBLISHED.publicKey)).toEqual(PUBLISHED.za);
    expect(createHash("sm3").update(PUBLISHED.za).update(PUBLISHED.message).digest()).toEqual(
      PUBLISHED.e,
    );
  });

  it("verifies the published signature and rejects it on another message", () => {
    const sig = derSignature(PUBLISHED.r, PUBLISHED.s);
    expect(SM2_SM3.verify(PUBLISHED.publicKey, PUBLISHED.message, sig)).toBe(true);
    expect(SM2_SM3.verify(PUBLISHED.publicKey, Buffer.from("message digesT"), sig)).toBe(false);
    const flipped = Buffer.from(sig);
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    expect(SM2_SM3.verify(PUBLISHED.publicKey, PUBLISHED.message, flipped)).toBe(false);
  });

  it("derives the published public key from the published private key and signs verifiably", () => {
    const key = SM2_SM3.importPrivateKey(sm2PrivateKeyFromScalar(PUBLISHED.privateKey));
    expect(Buffer.from(SM2_SM3.publicKeyOf(key))).toEqual(PUBLISHED.publicKey);
    const sig = SM2_SM3.sign(key, PUBLISHED.message);
    expect(SM2_SM3.verify(PUBLISHED.publicKey, PUBLISHED.message, sig)).toBe(true);
  });
});

describe("SM2_SM3 suite against sm-crypto (an independent implementation)", () => {
  const message = Buffer.from("tongbao/merkle-root/v1\0" + "r".repeat(32));

  it("signs what sm-crypto verifies with its default ID", () => {
    for (let i = 0; i < 5; i++) {
      const { privateKey, publicKey } = SM2_SM3.generateKeyPair();
      const sig = Buffer.from(SM2_SM3.sign(privateKey, message));
      expect(
        smCrypto.doVerifySignature(
          [...message],
          sig.toString("hex"),
          Buffer.from(publicKey).toString("hex"),
          {
            der: true,
          },
        ),
      ).toBe(true);
      // With another ID the same signature must not verify: the ID is really bound.
      expect(
        smCrypto.doVerifySignature(
          [...message],
          sig.toString("hex"),
          Buffer.from(publicKey).toString("hex"),
          {
            der: true,
            userId: "",
          },
        ),
      ).toBe(false);
    }
  });

  it("verifies what sm-crypto signs, and nothing it signed over other bytes", () => {
    for (let i = 0; i < 5; i++) {
      const pair = smCrypto.generateKeyPairHex();
      const sig = hex(smCrypto.doSignature([...message], pair.privateKey, { der: true }));
      const publicKey = hex(pair.publicKey);
      expect(SM2_SM3.verify(publicKey, message, sig)).toBe(true);
      expect(SM2_SM3.verify(publicKey, message.subarray(1), sig)).toBe(false);
    }
  });

  it("is not plain ECDSA on the SM2 curve: an EC-typed key still signs real SM2", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "SM2" });
    expect(privateKey.asymmetricKeyType).toBe("ec");
    const publicKey = SM2_SM3.publicKeyOf(SM2_SM3.importPrivateKey(privateKey));
    const sig = Buffer.from(SM2_SM3.sign(privateKey, message));
    expect(
      smCrypto.doVerifySignature(
        [...message],
        sig.toString("hex"),
        Buffer.from(publicKey).toString("hex"),
        {
          der: true,
        },
      ),
    ).toBe(true);
  });
});

describe("SM2_SM3 suite against the openssl command line", () => {
  let dir: string;
  const openssl = (...args: string[]): string =>
    execFileSync("openssl", args, {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-sm2-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("signs what `openssl pkeyutl -verify -digest sm3 distid:1234567812345678` accepts", async () => {
    const { privateKey } = SM2_SM3.generateKeyPair();
    await savePrivateKey(join(dir, "ours.pem"), privateKey);
    openssl("pkey", "-in", "ours.pem", "-pubout", "-out", "ours.pub.pem");
    const message = Buffer.from("通报: signed by Tongbao");
    await writeFile(join(dir, "m1"), message);
    await writeFile(join(dir, "s1.der"), SM2_SM3.sign(privateKey, message));
    const verify = (id: string): string =>
      openssl(
        "pkeyutl",
        "-verify",
        "-rawin",
        "-digest",
        "sm3",
        "-pubin",
        "-inkey",
        "ours.pub.pem",
        "-pkeyopt",
        `distid:${id}`,
        "-in",
        "m1",
        "-sigfile",
        "s1.der",
      );
    expect(verify("1234567812345678")).toContain("Signature Verified Successfully");
    expect(() => verify("1234567812345679")).toThrow();
  });

  it("verifies what `openssl pkeyutl -sign -digest sm3 distid:1234567812345678` produces", async () => {
    openssl(
      "genpkey",
      "-algorithm",
      "EC",
      "-pkeyopt",
      "ec_paramgen_curve:SM2",
      "-out",
      "theirs.pem",
    );
    const privateKey = createPrivateKey(await readFile(join(dir, "theirs.pem")));
    const message = Buffer.from("an early warning, 预警");
    await writeFile(join(dir, "m2"), message);
    openssl(
      "pkeyutl",
      "-sign",
      "-rawin",
      "-digest",
      "sm3",
      "-inkey",
      "theirs.pem",
      "-pkeyopt",
      "distid:1234567812345678",
      "-in",
      "m2",
      "-out",
      "s2.der",
    );
    const sig = await readFile(join(dir, "s2.der"));
    const publicKey = SM2_SM3.publicKeyOf(privateKey);
    expect(SM2_SM3.verify(publicKey, message, sig)).toBe(true);
    expect(SM2_SM3.verify(publicKey, Buffer.from("another warning"), sig)).toBe(false);
  });
});

describe("OpenSSL's one-shot SM2 signing (why the suite computes Z_A itself)", () => {
  it("uses an empty distinguishing ID, not the GM/T 0009 default", async () => {
    const { sign } = await import("node:crypto");
    const { privateKey, publicKey } = SM2_SM3.generateKeyPair();
    const message = Buffer.from("abc");
    const sig = sign("sm3", message, privateKey).toString("hex");
    const pub = Buffer.from(publicKey).toString("hex");
    expect(smCrypto.doVerifySignature([...message], sig, pub, { der: true, userId: "" })).toBe(
      true,
    );
    expect(smCrypto.doVerifySignature([...message], sig, pub, { der: true })).toBe(false);
  });
});

describe("SM2_SM3 suite on bad input", () => {
  it("returns false, never throws, for malformed keys and signatures", () => {
    const { privateKey, publicKey } = SM2_SM3.generateKeyPair();
    const data = Buffer.from("x");
    const sig = SM2_SM3.sign(privateKey, data);
    expect(SM2_SM3.verify(publicKey.subarray(1), data, sig)).toBe(false);
    const offCurve = Buffer.from(publicKey);
    offCurve[64] = (offCurve[64] ?? 0) ^ 1;
    expect(SM2_SM3.verify(offCurve, data, sig)).toBe(false);
    expect(SM2_SM3.verify(publicKey, data, Buffer.alloc(0))).toBe(false);
    expect(SM2_SM3.verify(publicKey, data, Buffer.concat([sig, Buffer.from([0])]))).toBe(false);
  });

  it("refuses an Ed25519 key", () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    expect(() => SM2_SM3.sign(privateKey, Buffer.from("x"))).toThrow(/not an SM2/);
  });
});
