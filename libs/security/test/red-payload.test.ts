import { randomUUID } from "node:crypto";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sealedPayloadContract, tongbao, type Header } from "@tongbao/contracts";
import { isTongbaoError } from "@tongbao/errors";
import { describe, expect, test } from "vitest";
import {
  exportRedPrivateKey,
  generateRedKeyPair,
  importRedPrivateKey,
  loadRedPrivateKey,
  saveRedPrivateKey,
  type RedKeyPair,
} from "../src/red-keys.js";
import {
  decryptRedPayload,
  encryptRedPayload,
  readSealedPayload,
  redRecipients,
} from "../src/red-payload.js";
import { redPayloadProtection, redPayloadsSealed } from "../src/red-protection.js";
import type { RedSuiteName } from "../src/red-suites.js";

const { Tlp } = tongbao.common.v1;
const enc = new TextEncoder();

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isTongbaoError(err) ? err.code : String(err);
  }
  return undefined;
}

describe.each<RedSuiteName>(["x25519-aes-256-gcm", "x25519-sm4-ctr-hmac-sm3"])("%s", (suite) => {
  const nea = generateRedKeyPair("nea");
  const mem = generateRedKeyPair("mem");
  const miit = generateRedKeyPair("miit");
  const id = enc.encode(randomUUID());
  const secret = enc.encode("substation 7 relay firmware backdoor: indicators attached");
  const sealed = encryptRedPayload(secret, [nea, mem], id, suite);

  test("every named recipient decrypts the payload", () => {
    expect(decryptRedPayload(sealed, nea, id)).toEqual(Buffer.from(secret));
    expect(decryptRedPayload(sealed, mem, id)).toEqual(Buffer.from(secret));
    expect(redRecipients(sealed)).toEqual(["nea", "mem"]);
    expect(readSealedPayload(sealed)).toEqual({
      suite,
      recipients: [
        { orgId: "nea", keyId: nea.keyId },
        { orgId: "mem", keyId: mem.keyId },
      ],
    });
  });

  test("the wire form is a tongbao.envelope.v1.SealedPayload that does not contain the plaintext", () => {
    const form = sealedPayloadContract.decode(sealed);
    expect(form.recipients.map((r) => r.keyId)).toEqual([nea.keyId, mem.keyId]);
    expect(form.ephemeralPublicKey).toHaveLength(32);
    expect(Buffer.from(sealed).includes(Buffer.from("backdoor"))).toBe(false);
  });

  test("an organisation not named cannot decrypt, even by claiming a recipient's name or key id", () => {
    expect(codeOf(() => decryptRedPayload(sealed, miit, id))).toBe("TB_ERR_FORBIDDEN");
    // miit's key under nea's name: nea's payload names another key.
    expect(codeOf(() => decryptRedPayload(sealed, { ...miit, orgId: "nea" }, id))).toBe(
      "TB_ERR_CONFIG",
    );
    // ...and under nea's key id too: the agreement gives another key, the tag fails.
    const impostor: RedKeyPair = { ...miit, orgId: "nea", keyId: nea.keyId };
    expect(codeOf(() => decryptRedPayload(sealed, impostor, id))).toBe("TB_ERR_DECODE");
  });

  test("a ciphertext lifted into another message does not open", () => {
    expect(codeOf(() => decryptRedPayload(sealed, nea, enc.encode(randomUUID())))).toBe(
      "TB_ERR_DECODE",
    );
  });

  test("a changed byte fails the tag", () => {
    const form = sealedPayloadContract.decode(sealed);
    const ciphertext = Uint8Array.from(form.ciphertext);
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    const tampered = tongbao.envelope.v1.SealedPayload.encode({ ...form, ciphertext }).finish();
    expect(codeOf(() => decryptRedPayload(tampered, nea, id))).toBe("TB_ERR_DECODE");
  });

  test("a private key survives export and import, with its key id", () => {
    const back = importRedPrivateKey("nea", exportRedPrivateKey(nea));
    expect(back.publicKey).toEqual(nea.publicKey);
    expect(back.keyId).toBe(nea.keyId);
    expect(decryptRedPayload(sealed, back, id)).toEqual(Buffer.from(secret));
  });
});

test("after a rotation the keyring opens what was encrypted to the old key and to the new", () => {
  const old = generateRedKeyPair("nea");
  const next = generateRedKeyPair("nea");
  const id = enc.encode(randomUUID());
  const before = encryptRedPayload(enc.encode("before"), [old], id);
  const after = encryptRedPayload(enc.encode("after"), [next], id);
  expect(decryptRedPayload(before, [next, old], id).toString()).toBe("before");
  expect(decryptRedPayload(after, [next, old], id).toString()).toBe("after");
  // Without the retired key, what was encrypted to it stays closed, and says which key it needs.
  let message = "";
  try {
    decryptRedPayload(before, [next], id);
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).toContain(old.keyId);
});

test("a RED payload without recipients is refused", () => {
  expect(codeOf(() => encryptRedPayload(enc.encode("x"), [], enc.encode("id")))).toBe(
    "TB_ERR_MARKING",
  );
});

test("bytes that are not a sealed payload are reported, not thrown raw", () => {
  const key = generateRedKeyPair("nea");
  for (const bytes of [enc.encode("plain"), new Uint8Array([0xff, 0xff]), new Uint8Array(0)]) {
    expect(codeOf(() => decryptRedPayload(bytes, key, enc.encode("id")))).toBe("TB_ERR_DECODE");
  }
});

test("private key files are written 0600 and read back; a readable one is refused", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-red-key-"));
  try {
    const pair = generateRedKeyPair("nea");
    const file = join(dir, "nea.red.key");
    await saveRedPrivateKey(file, pair);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await loadRedPrivateKey(file, "nea")).keyId).toBe(pair.keyId);
    const open = join(dir, "open.red.key");
    await writeFile(open, exportRedPrivateKey(pair), { mode: 0o644 });
    await expect(loadRedPrivateKey(open, "nea")).rejects.toMatchObject({ code: "TB_ERR_CONFIG" });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe("redPayloadProtection", () => {
  const nea = generateRedKeyPair("nea");
  const miit = generateRedKeyPair("miit");
  const directory = new Map([
    ["nea", nea],
    ["miit", miit],
  ]);
  const keys = { currentEncryptionKey: (org: string) => directory.get(org) };
  const header = (tlp: number, recipients: string[]) =>
    ({
      id: randomUUID(),
      marking: { tlp },
      recipients,
      time: { seconds: Math.floor(Date.now() / 1000) },
    }) as unknown as Header;

  test("encrypts RED to each recipient's current key, passes other markings through", () => {
    const sender = redPayloadProtection({ keys });
    const h = header(Tlp.TLP_RED, ["nea"]);
    const sealed = sender.seal(enc.encode("clear"), h);
    expect(readSealedPayload(sealed).recipients).toEqual([{ orgId: "nea", keyId: nea.keyId }]);
    expect(Buffer.from(redPayloadProtection({ own: nea, keys }).open(sealed, h)!).toString()).toBe(
      "clear",
    );
    const amber = header(Tlp.TLP_AMBER, ["nea"]);
    expect(sender.seal(enc.encode("clear"), amber)).toEqual(enc.encode("clear"));
  });

  test("refuses a RED message to a recipient without a current key, naming it", () => {
    let err: unknown;
    try {
      redPayloadProtection({ keys }).seal(enc.encode("x"), header(Tlp.TLP_RED, ["nea", "mem"]));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: "TB_ERR_MARKING", path: "recipients[1]" });
    expect((err as Error).message).toContain("mem");
  });

  test("a reader that is no recipient leaves RED sealed and sends none", () => {
    const sealedReader = redPayloadsSealed();
    const h = header(Tlp.TLP_RED, ["nea"]);
    const sealed = redPayloadProtection({ keys }).seal(enc.encode("clear"), h);
    expect(sealedReader.open(sealed, h)).toBeUndefined();
    expect(sealedReader.open(enc.encode("green"), header(Tlp.TLP_GREEN, []))).toEqual(
      enc.encode("green"),
    );
    expect(codeOf(() => sealedReader.seal(enc.encode("x"), h))).toBe("TB_ERR_MARKING");
  });
});
