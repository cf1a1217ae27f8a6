import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ED25519 } from "../src/crypto/ed25519.js";
import { loadPrivateKey, savePrivateKey } from "../src/crypto/key-files.js";
import { SM2_SM3 } from "../src/crypto/sm2.js";

describe("private key files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-keys-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([ED25519, SM2_SM3])(
    "saves a %s key as PKCS#8 PEM with mode 0600 and loads it back",
    async (suite) => {
      const { privateKey, publicKey } = suite.generateKeyPair();
      const file = join(dir, "signing.pem");
      await savePrivateKey(file, privateKey);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await readFile(file, "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      const loaded = await loadPrivateKey(file);
      expect(loaded.suite).toBe(suite);
      expect(Buffer.from(loaded.suite.publicKeyOf(loaded.privateKey))).toEqual(
        Buffer.from(publicKey),
      );
      const data = Buffer.from("root");
      expect(suite.verify(publicKey, data, loaded.suite.sign(loaded.privateKey, data))).toBe(true);
    },
  );

  it("replaces an existing key file and leaves no temporary file behind", async () => {
    const file = join(dir, "signing.pem");
    await writeFile(file, "old", { mode: 0o644 });
    await savePrivateKey(file, ED25519.generateKeyPair().privateKey);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { readdir } = await import("node:fs/promises");
    expect(await readdir(dir)).toEqual(["signing.pem"]);
  });

  it("refuses a key file that group or others can read", async () => {
    const file = join(dir, "signing.pem");
    await savePrivateKey(file, ED25519.generateKeyPair().privateKey);
    await chmod(file, 0o640);
    await expect(loadPrivateKey(file)).rejects.toMatchObject({
      code: "TB_ERR_CONFIG",
      message: expect.stringContaining("0600"),
    });
  });

  it("refuses a file that is not a PEM private key, and a missing file", async () => {
    const file = join(dir, "junk.pem");
    await writeFile(file, "not a key", { mode: 0o600 });
    await expect(loadPrivateKey(file)).rejects.toMatchObject({ code: "TB_ERR_CONFIG" });
    await expect(loadPrivateKey(join(dir, "absent.pem"))).rejects.toMatchObject({
      code: "TB_ERR_CONFIG",
    });
  });
});
