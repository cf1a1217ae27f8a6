import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import {
  encryptionKeyIdFor,
  readPrivateKeyFile,
  savePrivateKey,
  type NewEncryptionKey,
} from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";

/** A recipient's public encryption key (raw 32-byte X25519), as the registry holds it. */
export interface RedRecipient {
  orgId: string;
  /** Its registry key id: the wrapped content key names it, so the recipient knows which key opens it. */
  keyId: string;
  publicKey: Uint8Array;
}

/** An organisation's encryption key pair; the private half never leaves the organisation. */
export interface RedKeyPair extends RedRecipient {
  privateKey: KeyObject;
}

/** A new key pair; its key id is derived from the public key (`<org>_enc_<16 hex>`). */
export function generateRedKeyPair(orgId: string): RedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  const raw = rawPublicKey(publicKey);
  return { orgId, keyId: encryptionKeyIdFor(orgId, raw), publicKey: raw, privateKey };
}

/** The private key as PKCS#8 PEM (store it with mode 0600), and back. */
export function exportRedPrivateKey(pair: RedKeyPair): string {
  return pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function importRedPrivateKey(orgId: string, pem: string | KeyObject): RedKeyPair {
  const privateKey = typeof pem === "string" ? createPrivateKey(pem) : pem;
  if (privateKey.type !== "private" || privateKey.asymmetricKeyType !== "x25519") {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `the RED key of ${orgId} is not an X25519 private key`,
      {
        path: "privateKey",
      },
    );
  }
  const raw = rawPublicKey(createPublicKey(privateKey));
  return { orgId, keyId: encryptionKeyIdFor(orgId, raw), publicKey: raw, privateKey };
}

/** Writes the private key as PKCS#8 PEM, mode 0600, atomically. */
export async function saveRedPrivateKey(path: string, pair: RedKeyPair): Promise<void> {
  await savePrivateKey(path, pair.privateKey);
}

/** Reads a private key file written by saveRedPrivateKey (refused unless mode 0600). */
export async function loadRedPrivateKey(path: string, orgId: string): Promise<RedKeyPair> {
  const key = await readPrivateKeyFile(path);
  try {
    return importRedPrivateKey(orgId, key);
  } catch (err) {
    throw new TongbaoError("TB_ERR_CONFIG", `key file ${path} does not hold an X25519 key`, {
      path: "keyFile",
      cause: err,
    });
  }
}

/** The registry record of a key pair's public half, for Registry.registerEncryptionKey. */
export function redKeyRecord(
  pair: RedRecipient,
  opts: { notBefore?: Date; notAfter?: Date } = {},
): NewEncryptionKey {
  return {
    keyId: pair.keyId,
    orgId: pair.orgId,
    publicKey: pair.publicKey,
    ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
    ...(opts.notAfter ? { notAfter: opts.notAfter } : {}),
  };
}

export function rawPublicKey(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ type: "spki", format: "der" }).subarray(-32));
}
