import type { tongbao } from "@tongbao/contracts";
import type { SigningKeyInfo } from "../envelope/types.js";
import { timestampMs, toTimestamp } from "../envelope/header-fields.js";

type SigningKeyProto = tongbao.registry.v1.SigningKey.$Properties;

const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Key ids are KV key tokens: letters, digits, "_" and "-", at most 128. */
export function isKeyId(id: string): boolean {
  return KEY_ID.test(id);
}

export function toKeyInfo(k: SigningKeyProto): SigningKeyInfo {
  const notAfter = timestampMs(k.notAfter);
  const revoked = timestampMs(k.revokedTime);
  return {
    keyId: k.keyId ?? "",
    orgId: k.orgId ?? "",
    algorithm: k.algorithm ?? 0,
    publicKey: k.publicKey ?? new Uint8Array(0),
    notBefore: new Date(timestampMs(k.notBefore) ?? 0),
    ...(notAfter === undefined ? {} : { notAfter: new Date(notAfter) }),
    ...(revoked === undefined ? {} : { revokedTime: new Date(revoked) }),
  };
}

export function toKeyProto(k: SigningKeyInfo): SigningKeyProto {
  return {
    keyId: k.keyId,
    orgId: k.orgId,
    algorithm: k.algorithm,
    publicKey: k.publicKey,
    notBefore: toTimestamp(k.notBefore),
    ...(k.notAfter ? { notAfter: toTimestamp(k.notAfter) } : {}),
    ...(k.revokedTime ? { revokedTime: toTimestamp(k.revokedTime) } : {}),
  };
}

/**
 * Merges what the registry says about a key with what was known. A key's identity (owner,
 * algorithm, public key, start of validity) never changes; its window only ever closes and a
 * revocation only ever moves earlier. So an old registry value replayed into the bucket can
 * never reopen a closed window or lift a revocation. Returns undefined on a conflict.
 */
export function mergeKey(
  known: SigningKeyInfo | undefined,
  seen: SigningKeyInfo,
): SigningKeyInfo | undefined {
  if (!known) return seen;
  if (
    known.orgId !== seen.orgId ||
    known.algorithm !== seen.algorithm ||
    known.notBefore.getTime() !== seen.notBefore.getTime() ||
    !Buffer.from(known.publicKey).equals(seen.publicKey)
  ) {
    return undefined;
  }
  const notAfter = earliest(known.notAfter, seen.notAfter);
  const revokedTime = earliest(known.revokedTime, seen.revokedTime);
  return {
    ...known,
    ...(notAfter ? { notAfter } : {}),
    ...(revokedTime ? { revokedTime } : {}),
  };
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}
