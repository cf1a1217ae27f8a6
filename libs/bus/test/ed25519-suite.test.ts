import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ED25519 } from "../src/crypto/ed25519.js";
import { suiteFor, suiteNamed } from "../src/crypto/suites.js";
import { SM2_SM3 } from "../src/crypto/sm2.js";

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ""), "hex");

// RFC 8032 §7.1, TEST 2 (one-byte message 0x72).
const RFC8032 = {
  secret: hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
  publicKey: hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
  message: hex("72"),
  signature: hex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da" +
      "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
  ),
};

describe("ED25519 suite", () => {
  it("reproduces the RFC 8032 test vector", () => {
    const privateKey = createPrivateKey({
      key: Buffer.concat([hex("302e020100300506032b657004220420"), RFC8032.secret]),
      format: "der",
      type: "pkcs8",
    });
    expect(Buffer.from(ED25519.publicKeyOf(privateKey))).toEqual(RFC8032.publicKey);
    expect(Buffer.from(ED25519.sign(privateKey, RFC8032.message))).toEqual(RFC8032.signature);
    expect(ED25519.verify(RFC8032.publicKey, RFC8032.message, RFC8032.signature)).toBe(true);
    expect(ED25519.verify(RFC8032.publicKey, hex("73"), RFC8032.signature)).toBe(false);
  });

  it("returns false, never throws, for malformed keys and signatures", () => {
    const { privateKey, publicKey } = ED25519.generateKeyPair();
    const data = Buffer.from("x");
    const sig = ED25519.sign(privateKey, data);
    expect(ED25519.verify(publicKey, data, sig)).toBe(true);
    expect(ED25519.verify(publicKey.subarray(1), data, sig)).toBe(false);
    expect(ED25519.verify(publicKey, data, sig.subarray(1))).toBe(false);
    expect(ED25519.verify(Buffer.alloc(32, 0xff), data, sig)).toBe(false);
  });

  it("refuses an SM2 key", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "SM2" });
    expect(() => ED25519.sign(privateKey, Buffer.from("x"))).toThrow(/not an Ed25519/);
  });
});

describe("suite lookup", () => {
  it("finds suites by wire algorithm and by name, and rejects others with a code", () => {
    expect(suiteFor(1)).toBe(ED25519);
    expect(suiteFor(2)).toBe(SM2_SM3);
    expect(suiteNamed("sm2-sm3")).toBe(SM2_SM3);
    expect(() => suiteFor(0)).toThrow(expect.objectContaining({ code: "TB_ERR_SIGNATURE" }));
    expect(() => suiteNamed("rsa")).toThrow(expect.objectContaining({ code: "TB_ERR_CONFIG" }));
  });

  it("keeps a signature of one suite from verifying under the other", () => {
    const data = Buffer.from("root");
    const ed = ED25519.generateKeyPair();
    const sm = SM2_SM3.generateKeyPair();
    expect(SM2_SM3.verify(ed.publicKey, data, ED25519.sign(ed.privateKey, data))).toBe(false);
    expect(ED25519.verify(sm.publicKey, data, SM2_SM3.sign(sm.privateKey, data))).toBe(false);
  });
});
