import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  getCiphers,
  timingSafeEqual,
} from "node:crypto";
import { TongbaoError } from "@tongbao/errors";

/**
 * Content ciphers for TLP:RED payloads. Both are authenticated: a changed byte fails the
 * tag. Node's OpenSSL has no SM4-GCM, so the 国密 suite is SM4-CTR with an HMAC-SM3 tag over
 * the nonce, the associated data and the ciphertext (encrypt-then-MAC).
 */
export type RedSuiteName = "x25519-aes-256-gcm" | "x25519-sm4-ctr-hmac-sm3";

export interface RedCipher {
  name: RedSuiteName;
  /** HKDF hash for key derivation. */
  hash: "sha256" | "sm3";
  /** Bytes of key material the cipher takes (encryption key plus MAC key if any). */
  keyBytes: number;
  nonceBytes: number;
  seal(key: Buffer, nonce: Buffer, plaintext: Uint8Array, aad: Uint8Array): Buffer;
  open(key: Buffer, nonce: Buffer, sealed: Uint8Array, aad: Uint8Array): Buffer;
}

const TAG = 16;
const HMAC_TAG = 32;

const AES_GCM: RedCipher = {
  name: "x25519-aes-256-gcm",
  hash: "sha256",
  keyBytes: 32,
  nonceBytes: 12,
  seal(key, nonce, plaintext, aad) {
    const c = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG });
    c.setAAD(aad);
    return Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  },
  open(key, nonce, sealed, aad) {
    if (sealed.length < TAG) throw unreadable("the ciphertext is shorter than its tag");
    const body = sealed.subarray(0, sealed.length - TAG);
    const d = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG });
    d.setAAD(aad);
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return Buffer.concat([d.update(body), d.final()]);
    } catch {
      throw unreadable("the authentication tag does not match");
    }
  },
};

const SM4_CTR_HMAC_SM3: RedCipher = {
  name: "x25519-sm4-ctr-hmac-sm3",
  hash: "sm3",
  keyBytes: 16 + 32,
  nonceBytes: 16,
  seal(key, nonce, plaintext, aad) {
    const c = createCipheriv("sm4-ctr", key.subarray(0, 16), nonce);
    const body = Buffer.concat([c.update(plaintext), c.final()]);
    return Buffer.concat([body, sm3Tag(key.subarray(16), nonce, aad, body)]);
  },
  open(key, nonce, sealed, aad) {
    if (sealed.length < HMAC_TAG) throw unreadable("the ciphertext is shorter than its tag");
    const body = sealed.subarray(0, sealed.length - HMAC_TAG);
    const tag = sealed.subarray(sealed.length - HMAC_TAG);
    if (!timingSafeEqual(tag, sm3Tag(key.subarray(16), nonce, aad, body)))
      throw unreadable("the authentication tag does not match");
    const d = createDecipheriv("sm4-ctr", key.subarray(0, 16), nonce);
    return Buffer.concat([d.update(body), d.final()]);
  },
};

function sm3Tag(key: Buffer, nonce: Buffer, aad: Uint8Array, body: Uint8Array): Buffer {
  const len = Buffer.alloc(8);
  len.writeBigUInt64BE(BigInt(aad.length));
  return createHmac("sm3", key).update(nonce).update(len).update(aad).update(body).digest();
}

/** The cipher of a suite name; the SM4 suite only where this Node's OpenSSL has SM4 and SM3. */
export function redCipher(name: RedSuiteName | string): RedCipher {
  if (name === AES_GCM.name) return AES_GCM;
  if (name === SM4_CTR_HMAC_SM3.name) {
    if (!getCiphers().includes("sm4-ctr")) {
      throw new TongbaoError("TB_ERR_CONFIG", "this Node.js build has no SM4 cipher", {
        path: "suite",
      });
    }
    return SM4_CTR_HMAC_SM3;
  }
  throw new TongbaoError("TB_ERR_CONFIG", `unknown RED payload suite "${name}"`, {
    path: "suite",
  });
}

export function unreadable(why: string): TongbaoError {
  return new TongbaoError("TB_ERR_DECODE", `the RED payload cannot be decrypted: ${why}`, {
    path: "payload",
  });
}
