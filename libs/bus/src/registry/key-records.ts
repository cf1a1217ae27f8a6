import type { tongbao } from "@tongbao/contracts";
import type { SigningKeyInfo } from "../envelope/types.js";
import { timestampMs, toTimestamp } from "../envelope/header-fields.js";
import type { EncryptionKeyInfo } from "./types.js";

type SigningKeyProto = tongbao.registry.v1.SigningKey.$Properties;
type EncryptionKeyProto = tongbao.registry.v1.EncryptionKey.$Properties;

/** What signing and encryption key records share: an owner, a key, a window, a revocation. */
interface KeyRecord {
  orgId: string;
  algorithm: number;
  publicKey: Uint8Array;
  notBefore: Date;
  notAfter?: Date;
  revokedTime?: Date;
}

const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Key ids are KV key tokens: letters, digits, "_" and "-", at most 128. */
export function isKeyId(id: string): boolean {
  return KEY_ID.test(id);
}

/** An encryption key record as the registry cache holds it (same fields as a signing key's). */
export function toEncryptionKeyInfo(k: EncryptionKeyProto): EncryptionKeyInfo {
  return toKeyInfo(k as SigningKeyProto) as unknown as EncryptionKeyInfo;
}

export function toEncryptionKeyProto(k: EncryptionKeyInfo): EncryptionKeyProto {
  return toKeyProto(k as unknown as SigningKeyInfo) as EncryptionKeyProto;
}

/** Whether a key may be used at `at`: inside its window and not revoked by then. */
export function validAt(k: KeyRecord, at: Date): boolean {
  const t = at.getTime();
  return (
    k.notBefore.getTime() <= t &&
    (k.notAfter === undefined || t < k.notAfter.getTime()) &&
    (k.revokedTime === undefined || t < k.revokedTime.getTime())
  );
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
 * never reopen a closed window or lift a revocation. Returns undefined on a conflict. The
 * same holds for signing and encryption keys.
 */
export function mergeKey<K extends KeyRecord>(known: K | undefined, seen: K): K | undefined {
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
