import { randomUUID } from "node:crypto";
import { isTongbaoError } from "@tongbao/errors";
import { describe, expect, test } from "vitest";
import {
  decryptRedPayload,
  encryptRedPayload,
  exportRedPrivateKey,
  generateRedKeyPair,
  importRedPrivateKey,
  redRecipients,
} from "../src/red-payload.js";
import type { RedSuiteName } from "../src/red-suites.js";

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
  });

  test("the sealed bytes do not contain the plaintext (a bus operator reads nothing)", () => {
    expect(Buffer.from(sealed).includes(Buffer.from("backdoor"))).toBe(false);
  });

  test("an organisation not named cannot decrypt, even by claiming a recipient's name", () => {
    expect(codeOf(() => decryptRedPayload(sealed, miit, id))).toBe("TB_ERR_FORBIDDEN");
    const impostor = { ...miit, orgId: "nea" };
    expect(codeOf(() => decryptRedPayload(sealed, impostor, id))).toBe("TB_ERR_DECODE");
  });

  test("a ciphertext lifted into another message does not open", () => {
    expect(codeOf(() => decryptRedPayload(sealed, nea, enc.encode(randomUUID())))).toBe(
      "TB_ERR_DECODE",
    );
  });

  test("a changed byte fails the tag", () => {
    const form = JSON.parse(new TextDecoder().decode(sealed)) as { body: string };
    const body = Buffer.from(form.body, "base64");
    body[0] = (body[0] ?? 0) ^ 1;
    form.body = body.toString("base64");
    const tampered = enc.encode(JSON.stringify(form));
    expect(codeOf(() => decryptRedPayload(tampered, nea, id))).toBe("TB_ERR_DECODE");
  });

  test("a private key survives export and import", () => {
    const back = importRedPrivateKey("nea", exportRedPrivateKey(nea));
    expect(back.publicKey).toEqual(nea.publicKey);
    expect(decryptRedPayload(sealed, back, id)).toEqual(Buffer.from(secret));
  });
});

test("a RED payload without recipients is refused", () => {
  expect(codeOf(() => encryptRedPayload(enc.encode("x"), [], enc.encode("id")))).toBe(
    "TB_ERR_MARKING",
  );
});

test("bytes that are not a sealed payload are reported, not thrown raw", () => {
  const key = generateRedKeyPair("nea");
  expect(codeOf(() => decryptRedPayload(enc.encode("plain"), key, enc.encode("id")))).toBe(
    "TB_ERR_DECODE",
  );
});
