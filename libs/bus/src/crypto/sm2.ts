import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import { TongbaoError } from "@tongbao/errors";
import { SM2_SPKI_PREFIX, publicKeyObject, rawPublicKey } from "./public-keys.js";
import { ALGORITHM_SM2_SM3, type CryptoSuite } from "./types.js";

/**
 * SM2 signatures with SM3 (GB/T 32918.2 / GM/T 0003.2, GB/T 32905), on the curve and hash
 * that Node's OpenSSL provides.
 *
 * GM/T 0003.2 signs e = SM3(Z_A ‖ M), where Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖
 * x_A ‖ y_A) binds the signer's distinguishing ID and public key. OpenSSL 3's one-shot
 * EVP_DigestSign (crypto.sign) computes Z_A with an EMPTY ID unless one is set, and Node cannot
 * set it. So this suite computes Z_A itself, with the GM/T 0009 default ID "1234567812345678",
 * and feeds Z_A ‖ M through crypto.createSign("sm3"), which hashes and then calls the raw SM2
 * sign primitive on the digest (EVP_PKEY_sign: no Z_A of its own). The result is the standard
 * SM2 signature, DER SEQUENCE { r INTEGER, s INTEGER } (GM/T 0009 SM2Signature).
 *
 * Only keys of OpenSSL's SM2 type sign with the SM2 equations: a key from
 * generateKeyPairSync("ec", { namedCurve: "SM2" }) is an ECDSA key on the SM2 curve, so keys
 * are re-imported through PKCS#8 / SPKI before use.
 */

/** The distinguishing ID of every signer (GM/T 0009-2012 default user ID). */
export const SM2_DEFAULT_ID = "1234567812345678";

// Curve parameters of sm2p256v1 (GB/T 32918.5), as they enter Z_A.
const CURVE_A_B_G = Buffer.from(
  "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC" +
    "28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93" +
    "32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7" +
    "BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0",
  "hex",
);

const sm2Keys = new WeakMap<KeyObject, { key: KeyObject; za: Buffer }>();
const MAX_CACHED_ZA = 4096;
const zaByPublicKey = new Map<string, Buffer>();

/** Z_A of a signer (GM/T 0003.2 §5.5) for a raw 65-byte public key. */
export function sm2Za(publicKey: Uint8Array, id: string = SM2_DEFAULT_ID): Buffer {
  const idBytes = Buffer.from(id, "utf8");
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(idBytes.length * 8);
  return createHash("sm3")
    .update(entl)
    .update(idBytes)
    .update(CURVE_A_B_G)
    .update(publicKey.subarray(1))
    .digest();
}

export const SM2_SM3: CryptoSuite = {
  name: "sm2-sm3",
  algorithm: ALGORITHM_SM2_SM3,
  publicKeyLength: 65,

  generateKeyPair() {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "SM2" });
    const key = SM2_SM3.importPrivateKey(privateKey);
    return { privateKey: key, publicKey: SM2_SM3.publicKeyOf(key) };
  },

  checkPublicKey(publicKey) {
    return (
      publicKey.length === 65 &&
      publicKey[0] === 0x04 &&
      publicKeyObject(SM2_SPKI_PREFIX, publicKey) !== null
    );
  },

  publicKeyOf(privateKey) {
    const raw = rawPublicKey(createPublicKey(privateKey), SM2_SPKI_PREFIX, 65);
    if (!raw)
      throw new TongbaoError("TB_ERR_CONFIG", "the key is not an SM2 key", { path: "privateKey" });
    return raw;
  },

  importPrivateKey(key) {
    return prepared(key).key;
  },

  sign(privateKey, data) {
    const { key, za } = prepared(privateKey);
    return createSign("sm3").update(za).update(data).sign(key);
  },

  verify(publicKey, data, signature) {
    if (publicKey.length !== 65 || publicKey[0] !== 0x04 || signature.length > 80) return false;
    const key = publicKeyObject(SM2_SPKI_PREFIX, publicKey);
    if (key === null) return false;
    try {
      return createVerify("sm3").update(zaOf(publicKey)).update(data).verify(key, signature);
    } catch {
      return false;
    }
  },
};

/** The SM2-typed form of a private key and its Z_A, computed once per key. */
function prepared(privateKey: KeyObject): { key: KeyObject; za: Buffer } {
  const hit = sm2Keys.get(privateKey);
  if (hit) return hit;
  if (privateKey.type !== "private" || !isSm2(privateKey)) {
    throw new TongbaoError("TB_ERR_CONFIG", "the key is not an SM2 private key", {
      path: "privateKey",
    });
  }
  const key =
    privateKey.asymmetricKeyType === "ec"
      ? createPrivateKey({
          key: privateKey.export({ type: "pkcs8", format: "der" }),
          format: "der",
          type: "pkcs8",
        })
      : privateKey;
  const entry = { key, za: sm2Za(SM2_SM3.publicKeyOf(key)) };
  sm2Keys.set(privateKey, entry);
  return entry;
}

function isSm2(key: KeyObject): boolean {
  if (key.asymmetricKeyType === "ec") return key.asymmetricKeyDetails?.namedCurve === "SM2";
  if (key.asymmetricKeyType !== undefined) return false;
  return rawPublicKey(createPublicKey(key), SM2_SPKI_PREFIX, 65) !== null;
}

function zaOf(publicKey: Uint8Array): Buffer {
  const id = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString(
    "base64",
  );
  let za = zaByPublicKey.get(id);
  if (!za) {
    za = sm2Za(publicKey);
    if (zaByPublicKey.size >= MAX_CACHED_ZA) {
      const oldest = zaByPublicKey.keys().next();
      if (!oldest.done) zaByPublicKey.delete(oldest.value);
    }
    zaByPublicKey.set(id, za);
  }
  return za;
}
