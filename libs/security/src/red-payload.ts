import {
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { sealedPayloadContract, tongbao } from "@tongbao/contracts";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { rawPublicKey, type RedKeyPair, type RedRecipient } from "./red-keys.js";
import { redCipher, unreadable, type RedSuiteName } from "./red-suites.js";

const { RedSuite } = tongbao.envelope.v1;

const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const WRAP_INFO = "tongbao/red/v1/key-wrap";

const SUITE_VALUES: Record<RedSuiteName, number> = {
  "x25519-aes-256-gcm": RedSuite.RED_SUITE_X25519_AES_256_GCM,
  "x25519-sm4-ctr-hmac-sm3": RedSuite.RED_SUITE_X25519_SM4_CTR_HMAC_SM3,
};
const SUITE_NAMES = new Map<number, RedSuiteName>(
  Object.entries(SUITE_VALUES).map(([name, value]) => [value, name as RedSuiteName]),
);

/** What anyone can read of a sealed payload without a key. */
export interface SealedPayloadInfo {
  suite: RedSuiteName;
  /** The organisations, and which of their keys, it is encrypted to. */
  recipients: { orgId: string; keyId: string }[];
}

/**
 * Encrypts a payload for its named recipients: a random content key encrypts the payload
 * once, and is wrapped for each recipient with a key derived (HKDF) from an X25519 agreement
 * between a per-message ephemeral key and the recipient's key. `aad` binds the ciphertext to
 * its message (pass the message id), so it cannot be lifted into another message. The result
 * is a serialised tongbao.envelope.v1.SealedPayload.
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
  const ciphertext = cipher.seal(contentKey, nonce, plaintext, aad);
  const eph = generateKeyPairSync("x25519");
  const epk = rawPublicKey(eph.publicKey);
  const wrapped = recipients.map((r) => {
    const salt = Buffer.concat([epk, r.publicKey]);
    const kek = wrapKey(cipher.hash, cipher.keyBytes, eph.privateKey, r.publicKey, salt, r);
    const wrapNonce = randomBytes(cipher.nonceBytes);
    return {
      orgId: r.orgId,
      keyId: r.keyId,
      nonce: wrapNonce,
      wrappedKey: cipher.seal(kek, wrapNonce, contentKey, aad),
    };
  });
  return sealedPayloadContract.encode({
    suite: SUITE_VALUES[suite],
    ephemeralPublicKey: epk,
    nonce,
    ciphertext,
    recipients: wrapped,
  });
}

/** The suite and the recipients of a sealed payload (readable without any key). */
export function readSealedPayload(sealed: Uint8Array): SealedPayloadInfo {
  const form = parse(sealed);
  return {
    suite: suiteOf(form),
    recipients: form.recipients.map((r) => ({ orgId: r.orgId ?? "", keyId: r.keyId ?? "" })),
  };
}

/** The organisations a sealed payload is encrypted to. */
export function redRecipients(sealed: Uint8Array): string[] {
  return parse(sealed).recipients.map((r) => r.orgId ?? "");
}

/**
 * Decrypts a payload as one of its recipients, with whichever of the organisation's keys
 * (current or retired) it was encrypted to. Run it after the envelope verified: the
 * signature vouches for the ciphertext, the tag for the key. TB_ERR_FORBIDDEN when the
 * payload is not encrypted to this organisation; TB_ERR_CONFIG when it is encrypted to a key
 * of the organisation that `keys` does not hold; TB_ERR_DECODE when it does not open.
 */
export function decryptRedPayload(
  sealed: Uint8Array,
  keys: RedKeyPair | readonly RedKeyPair[],
  aad: Uint8Array,
): Buffer {
  const own: readonly RedKeyPair[] = Array.isArray(keys) ? keys : [keys as RedKeyPair];
  const form = parse(sealed);
  const cipher = redCipher(suiteOf(form));
  const orgs = new Set(own.map((k) => k.orgId));
  const mine = form.recipients.filter((r) => orgs.has(r.orgId ?? ""));
  if (mine.length === 0) {
    throw new TongbaoError(
      "TB_ERR_FORBIDDEN",
      `the RED payload is not encrypted to ${[...orgs].join(", ") || "this organisation"}`,
      { path: "payload.recipients" },
    );
  }
  for (const w of mine) {
    const key = own.find((k) => k.orgId === w.orgId && k.keyId === w.keyId);
    if (!key) continue;
    const epk = Buffer.from(form.ephemeralPublicKey);
    const salt = Buffer.concat([epk, key.publicKey]);
    const kek = wrapKey(cipher.hash, cipher.keyBytes, key.privateKey, epk, salt, key);
    // The contract rules have checked that the nonce and the wrapped key are there.
    const contentKey = cipher.open(
      kek,
      Buffer.from(w.nonce ?? []),
      w.wrappedKey ?? new Uint8Array(0),
      aad,
    );
    return cipher.open(contentKey, Buffer.from(form.nonce), form.ciphertext, aad);
  }
  throw new TongbaoError(
    "TB_ERR_CONFIG",
    `the RED payload is encrypted to ${mine.map((w) => `key ${w.keyId} of ${w.orgId}`).join(", ")}, which this service does not hold`,
    { path: "payload.recipients" },
  );
}

function wrapKey(
  hash: "sha256" | "sm3",
  bytes: number,
  ownPrivate: KeyObject,
  peerPublic: Uint8Array,
  salt: Uint8Array,
  recipient: { orgId: string; keyId: string },
): Buffer {
  // The salt names the ephemeral and the recipient key, the info the recipient and its key
  // id: a wrapped key opens for this message and this recipient's key only.
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: ownPrivate, publicKey: publicKeyObject(peerPublic) });
  } catch (err) {
    if (isTongbaoError(err)) throw err;
    throw unreadable("the key agreement failed");
  }
  const info = `${WRAP_INFO}/${recipient.orgId}/${recipient.keyId}`;
  return Buffer.from(hkdfSync(hash, shared, salt, info, bytes));
}

function parse(sealed: Uint8Array): tongbao.envelope.v1.SealedPayload {
  try {
    return sealedPayloadContract.decode(sealed);
  } catch (err) {
    if (!isTongbaoError(err)) throw err;
    throw unreadable(`it is not a sealed RED payload (${err.message})`);
  }
}

function suiteOf(form: tongbao.envelope.v1.SealedPayload): RedSuiteName {
  const name = SUITE_NAMES.get(form.suite);
  if (!name) throw unreadable(`unknown suite ${form.suite}`);
  return name;
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw unreadable("an X25519 public key has 32 bytes");
  return createPublicKey({
    key: Buffer.concat([X25519_SPKI_PREFIX, raw]),
    format: "der",
    type: "spki",
  });
}
