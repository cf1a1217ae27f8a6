import type { KV } from "@nats-io/kv";
import { tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { Signer } from "../crypto/types.js";
import { toTimestamp } from "../envelope/header-fields.js";
import type { AdminKeys } from "./admin-keys.js";
import { isKeyId, toEncryptionKeyProto } from "./key-records.js";
import type { RegistryCache } from "./registry-cache.js";
import { encryptionKeyEntry, orgEntry, sealEncryptionKeyEvent } from "./registry-events.js";
import { badRequest, guarded, unavailable } from "./registry-loading.js";
import type { EncryptionKeyInfo, NewEncryptionKey, WriteOptions } from "./types.js";

const { KeyEventKind, EncryptionAlgorithm } = tongbao.registry.v1;
type EventInit = tongbao.registry.v1.EncryptionKeyEvent.$Properties;

/** What the encryption key changes need of the Registry that owns them. */
export interface EncryptionKeyWriteContext {
  kv: KV;
  cache: RegistryCache;
  admins: AdminKeys;
  /** Loads one bucket entry (its history) into the cache. */
  reload(entryKey: string): Promise<void>;
  /** Records a change in TB_AUDIT before it is written. */
  record(
    action: string,
    admin: Signer,
    opts: WriteOptions,
    reason: string,
    detail: Record<string, unknown> & { event: Uint8Array },
  ): Promise<void>;
}

/**
 * Registration, rotation and revocation of encryption keys (`enc.<keyId>` entries): the same
 * admin-signed lifecycle as signing keys, with the same rules (an identity that never changes,
 * windows that only close, revocations that only move earlier) and each change in TB_AUDIT
 * before it is written. Registry delegates to it.
 */
export class EncryptionKeyWrites {
  constructor(private readonly c: EncryptionKeyWriteContext) {}

  async key(keyId: string): Promise<EncryptionKeyInfo | undefined> {
    const hit = this.c.cache.encryptionKeys.get(keyId);
    if (hit || !isKeyId(keyId)) return hit;
    await this.c.reload(encryptionKeyEntry(keyId));
    return this.c.cache.encryptionKeys.get(keyId);
  }

  async register(
    key: NewEncryptionKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions,
  ): Promise<EncryptionKeyInfo> {
    this.c.admins.checkSigner(admin);
    const at = opts.at ?? new Date();
    const info = await this.checkNew(key, key.notBefore ?? at);
    const bytes = sealEncryptionKeyEvent(
      {
        kind: KeyEventKind.KEY_EVENT_KIND_REGISTER,
        key: toEncryptionKeyProto(info),
        reason,
        time: toTimestamp(at),
        actor: opts.actor ?? admin.keyId,
      },
      admin,
      new Date(),
    );
    await this.c.record("encryption-key-register", admin, opts, reason, {
      keyId: info.keyId,
      orgId: info.orgId,
      event: bytes,
    });
    await this.create(info.keyId, bytes);
    return this.c.cache.encryptionKeys.get(info.keyId) as EncryptionKeyInfo;
  }

  async rotate(
    oldKeyId: string,
    newKey: NewEncryptionKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions,
  ): Promise<{ retired: EncryptionKeyInfo; current: EncryptionKeyInfo }> {
    this.c.admins.checkSigner(admin);
    const at = opts.at ?? new Date();
    const old = await this.existing(oldKeyId);
    if (old.revokedTime)
      throw badRequest(
        `encryption key "${oldKeyId}" is revoked; register a new key instead of rotating it`,
        "oldKeyId",
      );
    if (newKey.orgId !== old.orgId)
      throw badRequest(
        `the new key belongs to "${newKey.orgId}", the old one to "${old.orgId}"`,
        "newKey.orgId",
      );
    const info = await this.checkNew(newKey, newKey.notBefore ?? at);
    const rotate = (k: EncryptionKeyInfo): EventInit => ({
      kind: KeyEventKind.KEY_EVENT_KIND_ROTATE,
      key: toEncryptionKeyProto(k),
      reason,
      time: toTimestamp(at),
      actor: opts.actor ?? admin.keyId,
      previousKeyId: oldKeyId,
    });
    const created = sealEncryptionKeyEvent(rotate(info), admin, new Date());
    await this.c.record("encryption-key-rotate", admin, opts, reason, {
      keyId: info.keyId,
      previousKeyId: oldKeyId,
      orgId: info.orgId,
      event: created,
    });
    await this.create(info.keyId, created);
    const retired = await this.amend(
      oldKeyId,
      (k) => rotate({ ...k, notAfter: earlier(k.notAfter, at) }),
      admin,
      {
        action: "encryption-key-rotate",
        opts,
        reason,
        detail: { keyId: oldKeyId, nextKeyId: info.keyId },
      },
    );
    return {
      retired,
      current: this.c.cache.encryptionKeys.get(info.keyId) as EncryptionKeyInfo,
    };
  }

  async revoke(
    keyId: string,
    at: Date,
    admin: Signer,
    reason: string,
    opts: Omit<WriteOptions, "at">,
  ): Promise<EncryptionKeyInfo> {
    this.c.admins.checkSigner(admin);
    await this.existing(keyId);
    return this.amend(
      keyId,
      (k) => ({
        kind: KeyEventKind.KEY_EVENT_KIND_REVOKE,
        key: toEncryptionKeyProto({ ...k, revokedTime: earlier(k.revokedTime, at) }),
        reason,
        time: toTimestamp(at),
        actor: opts.actor ?? admin.keyId,
      }),
      admin,
      {
        action: "encryption-key-revoke",
        opts,
        reason,
        detail: { keyId, revokedTime: at.toISOString() },
      },
    );
  }

  private async checkNew(key: NewEncryptionKey, notBefore: Date): Promise<EncryptionKeyInfo> {
    if (!isKeyId(key.keyId))
      throw badRequest(
        `"${key.keyId}" is not a key id (letters, digits, "_" and "-")`,
        "key.keyId",
      );
    if (!this.c.cache.orgs.has(key.orgId)) await this.c.reload(orgEntry(key.orgId));
    if (!this.c.cache.orgs.has(key.orgId)) {
      throw new TongbaoError("TB_ERR_NOT_FOUND", `organisation "${key.orgId}" is not registered`, {
        path: "key.orgId",
      });
    }
    const algorithm = key.algorithm ?? EncryptionAlgorithm.ENCRYPTION_ALGORITHM_X25519;
    if (algorithm !== EncryptionAlgorithm.ENCRYPTION_ALGORITHM_X25519)
      throw badRequest(`encryption algorithm ${algorithm} is not supported`, "key.algorithm");
    // Every 32-byte string is an X25519 public key; the all-zero one agrees on nothing.
    if (key.publicKey.length !== 32 || key.publicKey.every((b) => b === 0))
      throw badRequest("the public key is not a valid X25519 key", "key.publicKey");
    if (key.notAfter && key.notAfter.getTime() <= notBefore.getTime())
      throw badRequest("notAfter must be later than notBefore", "key.notAfter");
    if ((await this.key(key.keyId)) !== undefined)
      throw badRequest(`encryption key "${key.keyId}" is already registered`, "key.keyId");
    return {
      keyId: key.keyId,
      orgId: key.orgId,
      algorithm,
      publicKey: Uint8Array.from(key.publicKey),
      notBefore,
      ...(key.notAfter ? { notAfter: key.notAfter } : {}),
    };
  }

  private async existing(keyId: string): Promise<EncryptionKeyInfo> {
    const k = await this.key(keyId);
    if (!k)
      throw new TongbaoError("TB_ERR_NOT_FOUND", `encryption key "${keyId}" is not registered`, {
        path: "keyId",
      });
    return k;
  }

  private async create(keyId: string, bytes: Uint8Array): Promise<void> {
    const entry = encryptionKeyEntry(keyId);
    try {
      await this.c.kv.create(entry, bytes);
    } catch (err) {
      if ((await this.c.kv.get(entry).catch(() => null))?.operation === "PUT") {
        throw badRequest(`encryption key "${keyId}" is already registered`, "key.keyId");
      }
      throw unavailable(err);
    }
    await this.c.cache.applyValue(entry, bytes);
  }

  /** Rewrites a key record from its current state, retrying when another writer got there first. */
  private async amend(
    keyId: string,
    change: (k: EncryptionKeyInfo) => EventInit,
    admin: Signer,
    audit: { action: string; opts: WriteOptions; reason: string; detail: Record<string, unknown> },
  ): Promise<EncryptionKeyInfo> {
    const entryKey = encryptionKeyEntry(keyId);
    for (let attempt = 0; ; attempt++) {
      const entry = await guarded(() => this.c.kv.get(entryKey));
      if (entry?.operation === "PUT") await this.c.cache.apply(entry);
      const current = await this.existing(keyId);
      const bytes = sealEncryptionKeyEvent(change(current), admin, new Date());
      await this.c.record(audit.action, admin, audit.opts, audit.reason, {
        ...audit.detail,
        event: bytes,
      });
      try {
        await this.c.kv.update(entryKey, bytes, entry?.revision ?? 0);
      } catch (err) {
        if (attempt < 3) continue;
        throw unavailable(err);
      }
      await this.c.cache.applyValue(entryKey, bytes);
      return this.c.cache.encryptionKeys.get(keyId) as EncryptionKeyInfo;
    }
  }
}

function earlier(a: Date | undefined, b: Date): Date {
  return a && a.getTime() <= b.getTime() ? a : b;
}
