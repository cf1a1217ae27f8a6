import {
  decodeHeader,
  readEnvelope,
  type EnvelopeView,
  type Header,
  type SignatureView,
} from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { messageDigestOf, rootSigningInput, sameDigest, sha256String } from "../crypto/digest.js";
import { suiteFor } from "../crypto/suites.js";
import { signedTimeMs } from "./header-fields.js";
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
  digest: Buffer;
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
  /** Signatures actually checked, and messages proven within an already verified batch. */
  readonly stats = { signatureChecks: 0, batchHits: 0 };

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

  private accept(
    d: Decoded,
    sig: SignatureView,
    key: SigningKeyInfo | undefined,
    ctx: VerifyContext,
  ): VerifiedEnvelope {
    const keyId = sig.keyId;
    if (!key) {
      throw new TongbaoError("TB_ERR_UNKNOWN_KEY", `signing key "${keyId}" is not registered`, {
        path: "signatures[].keyId",
        details: { keyId },
      });
    }
    if (key.orgId !== d.header.source) {
      throw new TongbaoError(
        "TB_ERR_SIGNATURE",
        `key "${keyId}" belongs to "${key.orgId}", not to the source "${d.header.source}"`,
        { path: "signatures[].keyId", details: { keyId } },
      );
    }
    if (sig.algorithm !== key.algorithm) {
      throw badSignature(
        `the signature's algorithm is not that of key "${keyId}"`,
        "signatures[].algorithm",
      );
    }
    const value = sig.value;
    const batch = this.batches.get(keyId, value);
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
      this.stats.signatureChecks++;
      if (
        !suiteFor(key.algorithm).verify(
          key.publicKey,
          rootSigningInput(Buffer.from(proof.root, "latin1")),
          value,
        )
      ) {
        throw badSignature(`the signature by key "${keyId}" does not verify`, "signatures[].value");
      }
      this.batches.prove(this.batches.add(keyId, value, proof.root), proof.nodes);
    }
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
  if (!sameDigest(payloadSha256, header.payloadSha256)) {
    throw badSignature(
      "the payload does not match the signed payload digest",
      "header.payloadSha256",
    );
  }
  if (envelope.signatures.length === 0) throw unsigned();
  const digest = messageDigestOf(envelope.header, payloadSha256);
  return { envelope, header, digest, timeMs: signedTimeMs(header) };
}

function badSignature(message: string, path: string): TongbaoError {
  return new TongbaoError("TB_ERR_SIGNATURE", message, { path });
}

function unsigned(): TongbaoError {
  return badSignature("the envelope carries no signature", "signatures");
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
