import {
  decodeHeader,
  readEnvelope,
  type EnvelopeView,
  type Header,
  type SignatureView,
} from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import {
  DIGEST_LENGTH,
  messageDigestOf,
  rootSigningInput,
  sameBytesAt,
  sameDigest,
  sameDigestAt,
  sha256String,
} from "../crypto/digest.js";
import { nodeString } from "../crypto/merkle.js";
import { suiteFor } from "../crypto/suites.js";
import { signedTimeMs } from "./header-fields.js";
import {
  DIGEST_AT,
  HASHED,
  PAYLOAD_HASH_AT,
  ROOT_AT,
  SIGNATURE_HOLDS,
  VERDICT_AT,
} from "./envelope-hasher.js";
import { checkSubject } from "./subject-check.js";
import { climb, VerifiedBatches } from "./verified-batches.js";
import type {
  EnvelopeVerifierOptions,
  KeyResolver,
  MessageVerifier,
  SigningKeyInfo,
  VerifiedEnvelope,
  VerifyContext,
} from "./types.js";

interface Decoded {
  envelope: EnvelopeView;
  header: Header;
  digest: Uint8Array;
  timeMs: number;
}

/**
 * Verifies envelopes: the payload digest, the Merkle inclusion proof, the batch signature
 * (checked once per batch, then remembered), the key's validity window and revocation at the
 * signing time, and, given the arrival subject, that the subject agrees with the signed
 * header. Per message this costs decoding the header once and a few hashes.
 */
export class EnvelopeVerifier implements MessageVerifier {
  private readonly batches: VerifiedBatches;
  private readonly graceMs: number;
  /**
   * Signatures checked here, signatures a replay's workers checked (verifyHashed), and
   * messages proven within an already verified batch.
   */
  readonly stats = { signatureChecks: 0, workerChecks: 0, batchHits: 0 };

  constructor(
    private readonly keys: KeyResolver,
    opts: EnvelopeVerifierOptions = {},
  ) {
    this.batches = new VerifiedBatches(opts.provenNodes ?? 8_192);
    this.graceMs = opts.revocationGraceMs ?? 60 * 60 * 1000;
  }

  /** Verifies one envelope; throws a TongbaoError saying what is wrong. */
  async verify(bytes: Uint8Array, ctx: VerifyContext = {}): Promise<VerifiedEnvelope> {
    const d = decode(bytes);
    let firstError: unknown;
    for (const sig of d.envelope.signatures) {
      const keyId = sig.keyId;
      const key = this.keys.cachedKey?.(keyId) ?? (await this.keys.key(keyId));
      try {
        return this.accept(d, sig, key, ctx);
      } catch (err) {
        firstError ??= err;
      }
    }
    throw firstError ?? unsigned();
  }

  /**
   * The synchronous path: verifies when every key needed is already cached by the resolver,
   * and returns undefined when one would have to be fetched (then call verify()).
   */
  verifySync(bytes: Uint8Array, ctx: VerifyContext = {}): VerifiedEnvelope | undefined {
    const d = decode(bytes);
    let firstError: unknown;
    for (const sig of d.envelope.signatures) {
      const key = this.keys.cachedKey?.(sig.keyId);
      if (!key) return undefined;
      try {
        return this.accept(d, sig, key, ctx);
      } catch (err) {
        firstError ??= err;
      }
    }
    throw firstError ?? unsigned();
  }

  /**
   * verifySync for an envelope whose hashes were computed apart (EnvelopeHasher, in a replay's
   * hashing thread): `records` holds its hash record at `at`, this process's own computation
   * by the same code as the ordinary path. The rest is checked here as there: the payload hash
   * against the signed header, the root by the batch signature, the key, window and subject.
   * An envelope that was not hashed, whose root differs from the one its signature already
   * proved (a subtree sealed twice, met first in the other tree), or whose signature does not
   * hold over that root takes the ordinary path: the thread's root may come from its memory of
   * nodes that an earlier, forged path claimed, so only the ordinary path may reject a message.
   *
   * A record whose verdict says the signature holds over that root spares the check here when
   * `checkedWith(key)` confirms the hasher checked it under this very key (the one the
   * resolver gives for the signature's key id): the check is the same call, made on another
   * core.
   */
  verifyHashed(
    bytes: Uint8Array,
    ctx: VerifyContext,
    records: Uint8Array,
    at: number,
    checkedWith?: (key: SigningKeyInfo) => boolean,
  ): VerifiedEnvelope | undefined {
    if (records[at] !== HASHED) return this.verifySync(bytes, ctx);
    const envelope = readEnvelope(bytes);
    const sig = envelope.signatures.length === 1 ? envelope.signatures[0] : undefined;
    if (!sig) return this.verifySync(bytes, ctx);
    const header = decodeHeader(envelope.header);
    if (!sameBytesAt(header.payloadSha256, records, at + PAYLOAD_HASH_AT)) throw payloadMismatch();
    const key = this.keys.cachedKey?.(sig.keyId);
    if (!key) return undefined;
    this.checkKey(header, sig, key);
    const batch = this.batches.get(sig.keyId, sig.value);
    if (batch) {
      if (!sameDigestAt(batch.root, records, at + ROOT_AT)) return this.verifySync(bytes, ctx);
      this.stats.batchHits++;
    } else {
      const root = records.subarray(at + ROOT_AT, at + ROOT_AT + DIGEST_LENGTH);
      if (records[at + VERDICT_AT] === SIGNATURE_HOLDS && checkedWith?.(key) === true) {
        this.stats.workerChecks++;
      } else if (!this.signatureHolds(key, sig, root)) {
        return this.verifySync(bytes, ctx);
      }
      const rootString = nodeString(root);
      // The root counts as the batch's one proven node, so the cache stays bounded.
      this.batches.prove(this.batches.add(sig.keyId, sig.value, rootString), [rootString]);
    }
    const digest = Buffer.from(records.subarray(at + DIGEST_AT, at + DIGEST_AT + DIGEST_LENGTH));
    return this.accepted({ envelope, header, digest, timeMs: signedTimeMs(header) }, key, ctx);
  }

  /**
   * Everything `verify` checks but the signature and its inclusion path, for an envelope a
   * verified checkpoint vouches for: the payload against its signed digest, the key (known,
   * the source's, its algorithm), its window and revocation at the signing time, the subject.
   * Whether the envelope is the one sealed is the caller's check: the returned digest must be
   * the leaf the checkpoint's tree has at its place. Hashes come from `records` (EnvelopeHasher)
   * when given and HASHED there. Undefined when the key would have to be fetched (then
   * `verifyIncluded`).
   */
  verifyIncludedSync(
    bytes: Uint8Array,
    ctx: VerifyContext,
    records?: Uint8Array,
    at = 0,
  ): VerifiedEnvelope | undefined {
    const d = records?.[at] === HASHED ? decodeHashed(bytes, records, at) : decode(bytes);
    const sig = d.envelope.signatures[0] ?? unsignedThrow();
    const key = this.keys.cachedKey?.(sig.keyId);
    if (!key) return undefined;
    this.checkKey(d.header, sig, key);
    return this.accepted(d, key, ctx);
  }

  /** verifyIncludedSync, fetching the key when it is not cached. */
  async verifyIncluded(bytes: Uint8Array, ctx: VerifyContext = {}): Promise<VerifiedEnvelope> {
    const d = decode(bytes);
    const sig = d.envelope.signatures[0] ?? unsignedThrow();
    const key = this.keys.cachedKey?.(sig.keyId) ?? (await this.keys.key(sig.keyId));
    this.checkKey(d.header, sig, key);
    return this.accepted(d, key, ctx);
  }

  private accept(
    d: Decoded,
    sig: SignatureView,
    key: SigningKeyInfo | undefined,
    ctx: VerifyContext,
  ): VerifiedEnvelope {
    this.checkKey(d.header, sig, key);
    const batch = this.batches.get(sig.keyId, sig.value);
    const proof = climb(d.digest, sig.leafIndex, sig.leafCount, sig.merklePath, batch);
    if (!proof)
      throw badSignature("the Merkle inclusion path is malformed", "signatures[].merklePath");
    if (proof.proven) {
      this.stats.batchHits++;
      if (proof.nodes.length > 0 && batch) this.batches.prove(batch, proof.nodes);
    } else if (batch) {
      // A verified signature, but this path leads to another root: a forged path.
      if (proof.root !== batch.root) {
        throw badSignature(
          "the Merkle inclusion path does not lead to the signed root",
          "signatures[].merklePath",
        );
      }
      this.stats.batchHits++;
      this.batches.prove(batch, proof.nodes);
    } else {
      this.checkSignature(key, sig, Buffer.from(proof.root, "latin1"));
      this.batches.prove(this.batches.add(sig.keyId, sig.value, proof.root), proof.nodes);
    }
    return this.accepted(d, key, ctx);
  }

  /** The key is registered, belongs to the header's source and has the signature's algorithm. */
  private checkKey(
    header: Header,
    sig: SignatureView,
    key: SigningKeyInfo | undefined,
  ): asserts key is SigningKeyInfo {
    const keyId = sig.keyId;
    if (!key) {
      throw new TongbaoError("TB_ERR_UNKNOWN_KEY", `signing key "${keyId}" is not registered`, {
        path: "signatures[].keyId",
        details: { keyId },
      });
    }
    if (key.orgId !== header.source) {
      throw new TongbaoError(
        "TB_ERR_SIGNATURE",
        `key "${keyId}" belongs to "${key.orgId}", not to the source "${header.source}"`,
        { path: "signatures[].keyId", details: { keyId } },
      );
    }
    if (sig.algorithm !== key.algorithm) {
      throw badSignature(
        `the signature's algorithm is not that of key "${keyId}"`,
        "signatures[].algorithm",
      );
    }
  }

  /** The one signature check of a batch: over its Merkle root. */
  private checkSignature(key: SigningKeyInfo, sig: SignatureView, root: Uint8Array): void {
    if (!this.signatureHolds(key, sig, root)) {
      throw badSignature(
        `the signature by key "${sig.keyId}" does not verify`,
        "signatures[].value",
      );
    }
  }

  private signatureHolds(key: SigningKeyInfo, sig: SignatureView, root: Uint8Array): boolean {
    this.stats.signatureChecks++;
    return suiteFor(key.algorithm).verify(key.publicKey, rootSigningInput(root), sig.value);
  }

  /** The checks that follow a proven inclusion: the key's window, the arrival subject. */
  private accepted(d: Decoded, key: SigningKeyInfo, ctx: VerifyContext): VerifiedEnvelope {
    this.checkWindow(key, d.timeMs, ctx.storedAt);
    if (ctx.subject !== undefined) checkSubject(ctx.subject, d.header);
    return {
      envelope: d.envelope,
      header: d.header,
      headerBytes: d.envelope.header,
      payloadBytes: d.envelope.payload,
      digest: d.digest,
      key,
    };
  }

  private checkWindow(key: SigningKeyInfo, timeMs: number, storedAt: Date | undefined): void {
    const revokedMs = key.revokedTime?.getTime();
    if (revokedMs !== undefined) {
      if (timeMs >= revokedMs) {
        throw new TongbaoError(
          "TB_ERR_KEY_REVOKED",
          `key "${key.keyId}" was revoked at ${iso(revokedMs)}, before the message time ${iso(timeMs)}`,
          { path: "header.time", details: { keyId: key.keyId } },
        );
      }
      if (storedAt && storedAt.getTime() >= revokedMs + this.graceMs) {
        throw new TongbaoError(
          "TB_ERR_KEY_REVOKED",
          `key "${key.keyId}" was revoked at ${iso(revokedMs)}; a message stored at ${storedAt.toISOString()} cannot claim an earlier signing time`,
          { path: "header.time", details: { keyId: key.keyId } },
        );
      }
    }
    const notAfterMs = key.notAfter?.getTime();
    if (timeMs < key.notBefore.getTime() || (notAfterMs !== undefined && timeMs >= notAfterMs)) {
      throw new TongbaoError(
        "TB_ERR_KEY_EXPIRED",
        `key "${key.keyId}" is valid from ${key.notBefore.toISOString()}${notAfterMs === undefined ? "" : ` to ${iso(notAfterMs)}`}, not at ${iso(timeMs)}`,
        { path: "header.time", details: { keyId: key.keyId } },
      );
    }
  }
}

/** Decodes the envelope and its header once, and does every check that needs no key. */
function decode(bytes: Uint8Array): Decoded {
  const envelope = readEnvelope(bytes);
  const header = decodeHeader(envelope.header);
  const payloadSha256 = sha256String(envelope.payload);
  if (!sameDigest(payloadSha256, header.payloadSha256)) throw payloadMismatch();
  if (envelope.signatures.length === 0) throw unsigned();
  const digest = messageDigestOf(envelope.header, payloadSha256);
  return { envelope, header, digest, timeMs: signedTimeMs(header) };
}

/** decode() with the hashes of an EnvelopeHasher record (this process's own computation). */
function decodeHashed(bytes: Uint8Array, records: Uint8Array, at: number): Decoded {
  const envelope = readEnvelope(bytes);
  const header = decodeHeader(envelope.header);
  if (!sameBytesAt(header.payloadSha256, records, at + PAYLOAD_HASH_AT)) throw payloadMismatch();
  if (envelope.signatures.length === 0) throw unsigned();
  const digest = Buffer.from(records.subarray(at + DIGEST_AT, at + DIGEST_AT + DIGEST_LENGTH));
  return { envelope, header, digest, timeMs: signedTimeMs(header) };
}

function unsignedThrow(): never {
  throw unsigned();
}

function badSignature(message: string, path: string): TongbaoError {
  return new TongbaoError("TB_ERR_SIGNATURE", message, { path });
}

function payloadMismatch(): TongbaoError {
  return badSignature(
    "the payload does not match the signed payload digest",
    "header.payloadSha256",
  );
}

function unsigned(): TongbaoError {
  return badSignature("the envelope carries no signature", "signatures");
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
