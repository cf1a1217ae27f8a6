import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AdminKeys } from "../src/registry/admin-keys.js";
import { generateAdminSigner, generateSigner, keyIdFor } from "../src/registry/dev-identity.js";

describe("development identities", () => {
  it("derives the key id from the public key, so one key always has one id", () => {
    const { signer, signingKeyRecord } = generateSigner("js-gxt", "sm2-sm3");
    const hex = createHash("sha256").update(signingKeyRecord.publicKey).digest("hex");
    expect(signer.keyId).toBe(`js-gxt_${hex.slice(0, 16)}`);
    expect(keyIdFor("js-gxt", signingKeyRecord.publicKey)).toBe(signer.keyId);
    expect(signingKeyRecord).toMatchObject({ orgId: "js-gxt", algorithm: signer.suite.algorithm });
    expect(signingKeyRecord.publicKey).toHaveLength(65);
    const data = Buffer.from("root");
    expect(
      signer.suite.verify(
        signingKeyRecord.publicKey,
        data,
        signer.suite.sign(signer.privateKey, data),
      ),
    ).toBe(true);
  });

  it("refuses an organisation id that cannot be a subject token", () => {
    expect(() => generateSigner("Jiangsu GXT")).toThrow(
      expect.objectContaining({ code: "TB_ERR_BAD_REQUEST" }),
    );
  });

  it("makes admin identities whose configuration accepts exactly their signer", () => {
    const a = generateAdminSigner();
    const b = generateAdminSigner("sm2-sm3");
    const keys = new AdminKeys(a.adminKeys);
    expect(() => keys.checkSigner(a.signer)).not.toThrow();
    expect(() => keys.checkSigner(b.signer)).toThrow(
      expect.objectContaining({ code: "TB_ERR_FORBIDDEN" }),
    );
    // Same key id, different key: still refused.
    expect(() => keys.checkSigner({ ...b.signer, keyId: a.signer.keyId })).toThrow(
      expect.objectContaining({ code: "TB_ERR_FORBIDDEN" }),
    );
  });

  it("rejects admin key configuration of the wrong size or suite, naming the field", () => {
    const a = generateAdminSigner();
    const [keyId, entry] = Object.entries(a.adminKeys)[0] ?? [];
    expect(() => new AdminKeys({ [keyId ?? ""]: { ...entry!, suite: "sm2-sm3" } })).toThrow(
      expect.objectContaining({ code: "TB_ERR_CONFIG", path: `adminKeys.${keyId}.publicKey` }),
    );
    expect(() => new AdminKeys({})).toThrow(expect.objectContaining({ code: "TB_ERR_CONFIG" }));
    const base64 = Buffer.from(entry!.publicKey as Uint8Array).toString("base64");
    expect(
      new AdminKeys({ [keyId ?? ""]: { ...entry!, publicKey: base64 } }).cachedKey(keyId ?? ""),
    ).toBeDefined();
  });
});
