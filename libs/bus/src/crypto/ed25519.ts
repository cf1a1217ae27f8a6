import { createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { TongbaoError } from "@tongbao/errors";
import { ED25519_SPKI_PREFIX, publicKeyObject, rawPublicKey } from "./public-keys.js";
import { ALGORITHM_ED25519, type CryptoSuite } from "./types.js";

/** Ed25519 (RFC 8032) through node:crypto: the default suite. */
export const ED25519: CryptoSuite = {
  name: "ed25519",
  algorithm: ALGORITHM_ED25519,
  publicKeyLength: 32,

  generateKeyPair() {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    return { privateKey, publicKey: raw(publicKey) };
  },

  checkPublicKey(publicKey) {
    return publicKey.length === 32 && publicKeyObject(ED25519_SPKI_PREFIX, publicKey) !== null;
  },

  publicKeyOf(privateKey) {
    return raw(createPublicKey(ED25519.importPrivateKey(privateKey)));
  },

  importPrivateKey(key) {
    if (key.type !== "private" || key.asymmetricKeyType !== "ed25519") {
      throw new TongbaoError("TB_ERR_CONFIG", "the key is not an Ed25519 private key", {
        path: "privateKey",
      });
    }
    return key;
  },

  sign(privateKey, data) {
    return sign(null, data, ED25519.importPrivateKey(privateKey));
  },

  verify(publicKey, data, signature) {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    const key = publicKeyObject(ED25519_SPKI_PREFIX, publicKey);
    return key !== null && verify(null, data, key, signature);
  },
};

function raw(key: KeyObject): Uint8Array {
  const out = rawPublicKey(key, ED25519_SPKI_PREFIX, 32);
  if (!out)
    throw new TongbaoError("TB_ERR_INTERNAL", "Ed25519 public key has an unexpected encoding");
  return out;
}
