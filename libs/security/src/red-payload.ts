import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { TongbaoError } from "@tongbao/errors";
import { redCipher, unreadable, type RedSuiteName } from "./red-suites.js";

/** A recipient's public encryption key (raw 32-byte X25519), as published for its org. */
export interface RedRecipient {
  orgId: string;
  publicKey: Uint8Array;
}

/** An organisation's encryption key pair; the private half never leaves the organisation. */
export interface RedKeyPair {
  orgId: string;
  publicKey: Uint8Array;
  privateKey: KeyObject;
}

/** The serialised form of an encrypted payload (what the signed envelope carries). */
interface SealedForm {
  v: 1;
  suite: RedSuiteName;
  /** Ephemeral X25519 public key of this message (base64). */
  epk: string;
  nonce: string;
  body: string;
  to: { org: string; nonce: string; key: string }[];
}

const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const WRAP_INFO = "tongbao/red/v1/key-wrap";

export function generateRedKeyPair(orgId: string): RedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  return { orgId, publicKey: rawPublicKey(publicKey), privateKey };
}

/** The private key as PKCS#8 PEM (store it with mode 0600), and back. */
export function exportRedPrivateKey(pair: RedKeyPair): string {
  return pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function importRedPrivateKey(orgId: string, pem: string): RedKeyPair {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "x25519") {
    throw new TongbaoError("TB_ERR_CONFIG", `the RED key of ${orgId} is not an X25519 key`, {
      path: "privateKey",
    });
  }
  return { orgId, privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

/**
 * Encrypts a payload for its named recipients: a random content key encrypts the payload
 * once, and is wrapped for each recipient with a key derived (HKDF) from an X25519 agreement
 * between a per-message ephemeral key and the recipient's key. `aad` binds the ciphertext to
 * its message (pass the message id), so it cannot be lifted into another message.
 */
export function encryptRedPayload(
  plaintext: Uint8Array,
  recipients: readonly RedRecipient[],
  aad: Uint8Array,
  suite: RedSuiteName = "x25519-aes-256-gcm",
): Uint8Array {
  if (recipients.length === 0) {
    throw new TongbaoError("TB_ERR_MARKING", "a TLP:RED payload needs named recipients", {
      path: "header.recipients",
    });
  }
  const cipher = redCipher(suite);
  const contentKey = randomBytes(cipher.keyBytes);
  const nonce = randomBytes(cipher.nonceBytes);
  const body = cipher.seal(contentKey, nonce, plaintext, aad);
  const eph = generateKeyPairSync("x25519");
  const epk = rawPublicKey(eph.publicKey);
  const to = recipients.map((r) => {
    const salt = Buffer.concat([epk, r.publicKey]);
    const kek = wrapKey(cipher.hash, cipher.keyBytes, eph.privateKey, r.publicKey, salt, r.orgId);
    const wrapNonce = randomBytes(cipher.nonceBytes);
    const wrapped = cipher.seal(kek, wrapNonce, contentKey, aad);
    return { org: r.orgId, nonce: b64(wrapNonce), key: b64(wrapped) };
  });
  const form: SealedForm = { v: 1, suite, epk: b64(epk), nonce: b64(nonce), body: b64(body), to };
  return new TextEncoder().encode(JSON.stringify(form));
}

/** The organisations a sealed payload is encrypted to (readable without any key). */
export function redRecipients(sealed: Uint8Array): string[] {
  return parse(sealed).to.map((t) => t.org);
}

/**
 * Decrypts a payload as one of its recipients. Run it after the envelope verified: the
 * signature vouches for the ciphertext, the tag for the key. TB_ERR_FORBIDDEN when the
 * payload is not encrypted to this organisation; TB_ERR_DECODE when it does not open.
 */
export function decryptRedPayload(sealed: Uint8Array, key: RedKeyPair, aad: Uint8Array): Buffer {
  const form = parse(sealed);
  const cipher = redCipher(form.suite);
  const mine = form.to.find((t) => t.org === key.orgId);
  if (!mine) {
    throw new TongbaoError("TB_ERR_FORBIDDEN", `the RED payload is not encrypted to ${key.orgId}`, {
      path: "payload.to",
    });
  }
  const epk = Buffer.from(form.epk, "base64");
  const salt = Buffer.concat([epk, key.publicKey]);
  const kek = wrapKey(cipher.hash, cipher.keyBytes, key.privateKey, epk, salt, key.orgId);
  const contentKey = cipher.open(kek, Buffer.from(mine.nonce, "base64"), unb64(mine.key), aad);
  return cipher.open(contentKey, Buffer.from(form.nonce, "base64"), unb64(form.body), aad);
}

function wrapKey(
  hash: "sha256" | "sm3",
  bytes: number,
  ownPrivate: KeyObject,
  peerPublic: Uint8Array,
  salt: Uint8Array,
  orgId: string,
): Buffer {
  // The salt names the ephemeral and the recipient key, the info the recipient: a wrapped
  // key opens for this message and this recipient only.
  const shared = diffieHellman({ privateKey: ownPrivate, publicKey: publicKeyObject(peerPublic) });
  return Buffer.from(hkdfSync(hash, shared, salt, `${WRAP_INFO}/${orgId}`, bytes));
}

function parse(sealed: Uint8Array): SealedForm {
  let form: SealedForm;
  try {
    form = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(sealed)) as SealedForm;
  } catch {
    throw unreadable("it is not a sealed RED payload");
  }
  if (form?.v !== 1 || typeof form.epk !== "string" || !Array.isArray(form.to))
    throw unreadable("it is not a sealed RED payload (version 1)");
  return form;
}

function rawPublicKey(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ type: "spki", format: "der" }).subarray(-32));
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw unreadable("an X25519 public key has 32 bytes");
  return createPublicKey({
    key: Buffer.concat([X25519_SPKI_PREFIX, raw]),
    format: "der",
    type: "spki",
  });
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");
const unb64 = (s: string): Buffer => Buffer.from(s, "base64");
