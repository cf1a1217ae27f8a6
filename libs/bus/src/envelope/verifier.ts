import { decodeEnvelope, decodeHeader, type Header, type SignedEnvelope } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { messageDigest, rootSigningInput, sha256 } from "../crypto/digest.js";
import { leafHash, rootFromPath } from "../crypto/merkle.js";
import { suiteFor } from "../crypto/suites.js";
import { signedTimeMs } from "./header-fields.js";
import { RootCache } from "./root-cache.js";
import { checkSubject } from "./subject-check.js";
import type {
  EnvelopeVerifierOptions,
  KeyResolver,
  MessageVerifier,
  SigningKeyInfo,
  VerifiedEnvelope,
  VerifyContext,
} from "./types.js";

type Signature = NonNullable<SignedEnvelope["signatures"]>[number];

interface Decoded {
  envelope: SignedEnvelope;
  header: Header;
  digest: Buffer;
  leaf: Buffer;
  timeMs: number;
}

/**
 * Verifies envelopes: the payload digest, the Merkle inclusion proof, the batch signature
 * (checked once per batch, then remembered), the key's validity window and revocation at the
 * signing time, and, given the arrival subject, that the subject agrees with the signed
 * header. Per message this costs decoding the header once and a few hashes.
 */
export class EnvelopeVerifier implements MessageVerifier {
  private readonly roots: RootCache;
  private readonly graceMs: number;
  /** Signatures actually checked, and messages whose batch root was already verified. */
  readonly stats = { signatureChecks: 0, cachedRoots: 0 };

  constructor(
    private readonly keys: KeyResolver,
    opts: EnvelopeVerifierOptions = {},
  ) {
    this.roots = new RootCache(opts.rootCacheSize ?? 4096);
    this.graceMs = opts.revocationGraceMs ?? 60 * 60 * 1000;
  }

  /** Verifies one envelope; throws a TongbaoError saying what is wrong. */
  async verify(bytes: Uint8Array, ctx: VerifyContext = {}): Promise<VerifiedEnvelope> {
    const d = decode(bytes);
    let firstError: unknown;
    for (const sig of d.envelope.signatures) {
      const keyId = sig.keyId ?? "";
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
      const key = this.keys.cachedKey?.(sig.keyId ?? "");
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
    sig: Signature,
    key: SigningKeyInfo | undefined,
    ctx: VerifyContext,
  ): VerifiedEnvelope {
    const keyId = sig.keyId ?? "";
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
    const root = rootFromPath(d.leaf, sig.leafIndex ?? 0, sig.leafCount ?? 0, sig.merklePath ?? []);
    if (!root)
      throw badSignature("the Merkle inclusion path is malformed", "signatures[].merklePath");
    const value = sig.value ?? new Uint8Array(0);
    if (this.roots.has(root, keyId, value)) {
      this.stats.cachedRoots++;
    } else {
      this.stats.signatureChecks++;
      if (!suiteFor(key.algorithm).verify(key.publicKey, rootSigningInput(root), value)) {
        throw badSignature(`the signature by key "${keyId}" does not verify`, "signatures[].value");
      }
      this.roots.add(root, keyId, value);
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
  const envelope = decodeEnvelope(bytes);
  const header = decodeHeader(envelope.header);
  if (!sha256(envelope.payload).equals(header.payloadSha256)) {
    throw badSignature(
      "the payload does not match the signed payload digest",
      "header.payloadSha256",
    );
  }
  if (envelope.signatures.length === 0) throw unsigned();
  const digest = messageDigest(envelope.header, envelope.payload);
  return { envelope, header, digest, leaf: leafHash(digest), timeMs: signedTimeMs(header) };
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
