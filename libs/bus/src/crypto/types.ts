import type { KeyObject } from "node:crypto";
import { tongbao } from "@tongbao/contracts";

/** Signature algorithm, as the wire carries it. */
export type SignatureAlgorithm = tongbao.envelope.v1.SignatureAlgorithm;

export const ALGORITHM_ED25519 = tongbao.envelope.v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519;
export const ALGORITHM_SM2_SM3 = tongbao.envelope.v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_SM2_SM3;

/** Short names of the suites, as configuration and key files spell them. */
export type SuiteName = "ed25519" | "sm2-sm3";

/**
 * One signature scheme. Public keys travel raw (32 bytes for Ed25519, the 65-byte
 * uncompressed point for SM2), as the registry stores them.
 */
export interface CryptoSuite {
  readonly name: SuiteName;
  readonly algorithm: SignatureAlgorithm;
  /** Length of a raw public key in bytes. */
  readonly publicKeyLength: number;
  generateKeyPair(): { privateKey: KeyObject; publicKey: Uint8Array };
  /** True when the bytes are a usable raw public key of this suite (an SM2 point must lie on the curve). */
  checkPublicKey(publicKey: Uint8Array): boolean;
  /** The raw public key of a private key. */
  publicKeyOf(privateKey: KeyObject): Uint8Array;
  /** A private key in this suite's usable form; throws TB_ERR_CONFIG if it is not one. */
  importPrivateKey(key: KeyObject): KeyObject;
  sign(privateKey: KeyObject, data: Uint8Array): Uint8Array;
  /** False for a wrong signature and for malformed keys or signatures; never throws. */
  verify(publicKey: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean;
}

/** What a producer signs with: its organisation, the registered key id and the private key. */
export interface Signer {
  readonly orgId: string;
  readonly keyId: string;
  readonly suite: CryptoSuite;
  readonly privateKey: KeyObject;
}
