import type { EnvelopeView, Header } from "@tongbao/contracts";
import type { SignatureAlgorithm } from "../crypto/types.js";
import type { PayloadFrame } from "./envelope-bytes.js";

/** A registered signing key, as verification needs it. */
export interface SigningKeyInfo {
  keyId: string;
  orgId: string;
  algorithm: SignatureAlgorithm;
  /** Raw public key: 32 bytes (Ed25519) or the 65-byte uncompressed point (SM2). */
  publicKey: Uint8Array;
  /** Start of the validity window, inclusive. */
  notBefore: Date;
  /** End of the validity window, exclusive; absent means open-ended. */
  notAfter?: Date;
  /** Messages signed at or after this time do not verify. */
  revokedTime?: Date;
}

/** Where verification finds keys. The registry implements it. */
export interface KeyResolver {
  /** The key with this id, or undefined if none is registered. */
  key(keyId: string): Promise<SigningKeyInfo | undefined>;
  /**
   * The key if it is known without any I/O, else undefined. Lets verification finish
   * synchronously; without it every lookup goes through key().
   */
  cachedKey?(keyId: string): SigningKeyInfo | undefined;
}

export interface VerifyContext {
  /** The subject the message arrived on: checked against the signed header. */
  subject?: string;
  /** When the stream stored the message: a revoked key cannot back-date past the grace. */
  storedAt?: Date;
}

/** A message whose signature, inclusion proof, key window and (if given) subject all check out. */
export interface VerifiedEnvelope {
  envelope: EnvelopeView;
  /** The signed header, decoded once. */
  header: Header;
  /** The exact header bytes that were signed. */
  headerBytes: Uint8Array;
  /** The exact payload bytes that were signed (decode them with the contract of header.type). */
  payloadBytes: Uint8Array;
  /** The signed digest of this message (what a later message's prev_digest links to). */
  digest: Uint8Array;
  /** The key whose signature verified. */
  key: SigningKeyInfo;
}

/** What a consumer needs of a verifier. */
export interface MessageVerifier {
  verify(bytes: Uint8Array, ctx?: VerifyContext): Promise<VerifiedEnvelope>;
}

export interface EnvelopeVerifierOptions {
  /**
   * Proven Merkle nodes remembered across verified batches (default 8,192, under 1 MB: about
   * sixteen full batches, enough for the batches a consumer or replay has in hand; a larger
   * cache only makes a long replay's memory grow, measured in BENCHMARKS.md); 0 turns the
   * cache off, so every message costs a signature check.
   */
  provenNodes?: number;
  /**
   * How long after a key's revocation the stream may still store a message signed before it
   * (default 1 hour): covers messages waiting in an outbox while the bus was unreachable.
   */
  revocationGraceMs?: number;
}

/** One message to seal: the exact bytes of its header and payload. */
export interface SealItem {
  header: Uint8Array;
  payload: Uint8Array;
  /**
   * Where `payload` was encoded with room around it: its envelope may then be written in
   * place (see encodeSealedEnvelope). For at most one item per frame: that envelope is
   * written into the frame's room.
   */
  frame?: PayloadFrame;
}

export interface SealedBatch {
  /** Encoded SignedEnvelope of each item, in order. */
  envelopes: Uint8Array[];
  /** Signed digest of each item, in order. */
  digests: Buffer[];
  /** The Merkle root the one signature covers. */
  root: Buffer;
}
