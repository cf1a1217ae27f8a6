import { jetstream } from "@nats-io/jetstream";
import { Kvm, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { NatsConnection, QueuedIterator, Subscription } from "@nats-io/transport-node";
import { tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import { AuditLog } from "../audit/audit-log.js";
import { suiteFor } from "../crypto/suites.js";
import type { Signer } from "../crypto/types.js";
import { toTimestamp } from "../envelope/header-fields.js";
import type { KeyResolver, SigningKeyInfo } from "../envelope/types.js";
import { EnvelopeVerifier } from "../envelope/verifier.js";
import { BUCKETS } from "../topology.js";
import { AdminKeys } from "./admin-keys.js";
import { EncryptionKeyWrites } from "./encryption-key-writes.js";
import { isKeyId, toKeyProto, validAt } from "./key-records.js";
import { RegistryCache } from "./registry-cache.js";
import { followRegistry, loadRegistry } from "./registry-member.js";
import { keyEntry, orgEntry, sealKeyEvent, sealOrganization } from "./registry-events.js";
import {
  badRequest,
  guarded,
  loadHistory,
  unavailable,
  watchRegistry,
} from "./registry-loading.js";
import type {
  EncryptionKeyInfo,
  NewEncryptionKey,
  NewSigningKey,
  Organization,
  OrganizationInit,
  RegistryOptions,
  RegistryStats,
  WriteOptions,
} from "./types.js";

const { KeyEventKind } = tongbao.registry.v1;
type KeyEventInit = tongbao.registry.v1.KeyEvent.$Properties;

/** How long "no such key" is remembered, so garbage key ids cannot make every message a KV read. */
const MISS_TTL_MS = 5_000;
const MAX_MISSES = 10_000;

/**
 * The registry of organisations, signing keys and encryption keys (参与单位与密钥登记), over the
 * tb_registry KV bucket. Every value is the SignedEnvelope of an Organization, KeyEvent or
 * EncryptionKeyEvent signed by an admin key, so it is verified when loaded, here or anywhere it is copied. A KV watch keeps a
 * local cache fresh; verification asks the cache synchronously (KeyResolver.cachedKey) and the
 * bucket only for a key it has not seen. Every change is recorded in TB_AUDIT before it is
 * written.
 */
export class Registry implements KeyResolver, AsyncDisposable {
  private watcher: QueuedIterator<KvWatchEntry> | undefined;
  private follower: Subscription | undefined;
  private readonly misses = new Map<string, number>();
  /** Key lookups in the bucket under way, by key id. */
  readonly #asking = new Map<string, Promise<SigningKeyInfo | undefined>>();

  private constructor(
    /** The bucket, for the owner account; a member reads through `member` and cannot write. */
    private readonly bucketKv: KV | undefined,
    private readonly member: { nc: NatsConnection; bucket: string } | undefined,
    private readonly admins: AdminKeys,
    private readonly cache: RegistryCache,
    private readonly audit: AuditLog | undefined,
    private readonly log: Logger | undefined,
  ) {}

  static async open(opts: RegistryOptions): Promise<Registry> {
    const admins = new AdminKeys(opts.adminKeys);
    const bucket = opts.bucket ?? BUCKETS.REGISTRY;
    if (opts.member) {
      if (!opts.nc)
        throw new TongbaoError("TB_ERR_CONFIG", "a member's registry needs nc", { path: "nc" });
      const cache = new RegistryCache(
        new EnvelopeVerifier(admins, { provenNodes: 0 }),
        opts.logger,
      );
      const member = { nc: opts.nc, bucket };
      const registry = new Registry(undefined, member, admins, cache, undefined, opts.logger);
      registry.follower = await guarded(() =>
        followRegistry(member.nc, bucket, cache, opts.logger),
      );
      return registry;
    }
    let kv = opts.kv;
    if (!kv) {
      if (!opts.nc)
        throw new TongbaoError("TB_ERR_CONFIG", "the registry needs nc or kv", { path: "nc" });
      kv = await new Kvm(opts.nc).open(bucket);
    }
    let values: number;
    try {
      values = (await kv.status()).values;
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `registry bucket "${bucket}" cannot be read (provision the topology first): ${String(err)}`,
        { path: "bucket", cause: err },
      );
    }
    const audit =
      opts.audit === false
        ? undefined
        : (opts.audit ?? (opts.nc ? new AuditLog(jetstream(opts.nc)) : undefined));
    const cache = new RegistryCache(new EnvelopeVerifier(admins, { provenNodes: 0 }), opts.logger);
    const registry = new Registry(kv, undefined, admins, cache, audit, opts.logger);
    if (opts.watch === false) await registry.reload();
    else await registry.watch(values, opts.loadTimeoutMs ?? 10_000);
    return registry;
  }

  // ---- queries -------------------------------------------------------------------------

  organization(id: string): Organization | undefined {
    return this.cache.orgs.get(id);
  }

  organizations(): Organization[] {
    return [...this.cache.orgs.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * The key with this id; asks the bucket when the cache has not seen it, once for all who
   * ask at the same time (a consumer verifies several messages ahead of its handler).
   */
  async key(keyId: string): Promise<SigningKeyInfo | undefined> {
    const hit = this.cache.keys.get(keyId);
    if (hit || !isKeyId(keyId)) return hit;
    const missed = this.misses.get(keyId);
    if (missed !== undefined && Date.now() - missed < MISS_TTL_MS) return undefined;
    let asking = this.#asking.get(keyId);
    if (!asking) {
      asking = this.#fetchKey(keyId).finally(() => this.#asking.delete(keyId));
      this.#asking.set(keyId, asking);
    }
    return asking;
  }

  async #fetchKey(keyId: string): Promise<SigningKeyInfo | undefined> {
    await this.reload(keyEntry(keyId));
    const found = this.cache.keys.get(keyId);
    if (!found) {
      if (this.misses.size >= MAX_MISSES) this.misses.clear();
      this.misses.set(keyId, Date.now());
    }
    return found;
  }

  cachedKey(keyId: string): SigningKeyInfo | undefined {
    return this.cache.keys.get(keyId);
  }

  /** Every key of an organisation, oldest first. */
  keysOf(orgId: string): SigningKeyInfo[] {
    return [...this.cache.keys.values()]
      .filter((k) => k.orgId === orgId)
      .sort((a, b) => a.notBefore.getTime() - b.notBefore.getTime());
  }

  /** The encryption key with this id; asks the bucket when the cache has not seen it. */
  encryptionKey(keyId: string): Promise<EncryptionKeyInfo | undefined> {
    return this.encryption.key(keyId);
  }

  /** Every encryption key of an organisation, oldest first. */
  encryptionKeysOf(orgId: string): EncryptionKeyInfo[] {
    return [...this.cache.encryptionKeys.values()]
      .filter((k) => k.orgId === orgId)
      .sort((a, b) => a.notBefore.getTime() - b.notBefore.getTime());
  }

  /**
   * The key TLP:RED payloads for an organisation are encrypted to at `at`: of its keys valid
   * then (inside the window, not revoked), the one that started last. Undefined when it has
   * none: a RED message to it must be refused. Answered from the cache, synchronously.
   */
  currentEncryptionKey(orgId: string, at: Date = new Date()): EncryptionKeyInfo | undefined {
    return this.encryptionKeysOf(orgId)
      .filter((k) => validAt(k, at))
      .at(-1);
  }

  get stats(): Readonly<RegistryStats> {
    return this.cache.stats;
  }

  // ---- changes (signed by an admin key) ------------------------------------------------

  /** Registers an organisation, or replaces its record. */
  async registerOrganization(
    org: OrganizationInit,
    admin: Signer,
    opts: WriteOptions & { reason?: string } = {},
  ): Promise<Organization> {
    this.admins.checkSigner(admin);
    const bytes = sealOrganization(org, admin, opts.at ?? new Date());
    const id = org.id ?? "";
    await this.record("org-register", admin, opts, opts.reason ?? "organisation registered", {
      orgId: id,
      event: bytes,
    });
    await guarded(() => this.kv.put(orgEntry(id), bytes));
    await this.cache.applyValue(orgEntry(id), bytes);
    return this.cache.orgs.get(id) as Organization;
  }

  /** Registers a new signing key of a registered organisation. */
  async registerKey(
    key: NewSigningKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions = {},
  ): Promise<SigningKeyInfo> {
    this.admins.checkSigner(admin);
    const at = opts.at ?? new Date();
    const info = await this.checkNewKey(key, key.notBefore ?? at);
    const event: KeyEventInit = {
      kind: KeyEventKind.KEY_EVENT_KIND_REGISTER,
      key: toKeyProto(info),
      reason,
      time: toTimestamp(at),
      actor: actorOf(admin, opts),
    };
    const bytes = sealKeyEvent(event, admin, new Date());
    await this.record("key-register", admin, opts, reason, {
      keyId: info.keyId,
      orgId: info.orgId,
      event: bytes,
    });
    await this.create(info.keyId, bytes);
    return this.cache.keys.get(info.keyId) as SigningKeyInfo;
  }

  /**
   * Replaces a key: the new key is valid from the rotation time, the old key's window closes
   * then. Messages the old key signed before it still verify, for ever.
   */
  async rotateKey(
    oldKeyId: string,
    newKey: NewSigningKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions = {},
  ): Promise<{ retired: SigningKeyInfo; current: SigningKeyInfo }> {
    this.admins.checkSigner(admin);
    const at = opts.at ?? new Date();
    const old = await this.existingKey(oldKeyId);
    if (old.revokedTime)
      throw badRequest(
        `key "${oldKeyId}" is revoked; register a new key instead of rotating it`,
        "oldKeyId",
      );
    if (newKey.orgId !== old.orgId)
      throw badRequest(
        `the new key belongs to "${newKey.orgId}", the old one to "${old.orgId}"`,
        "newKey.orgId",
      );
    const info = await this.checkNewKey(newKey, newKey.notBefore ?? at);
    const actor = actorOf(admin, opts);
    const time = toTimestamp(at);
    const rotate = (key: SigningKeyInfo): KeyEventInit => ({
      kind: KeyEventKind.KEY_EVENT_KIND_ROTATE,
      key: toKeyProto(key),
      reason,
      time,
      actor,
      previousKeyId: oldKeyId,
    });
    const created = sealKeyEvent(rotate(info), admin, new Date());
    await this.record("key-rotate", admin, opts, reason, {
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
      { action: "key-rotate", opts, reason, detail: { keyId: oldKeyId, nextKeyId: info.keyId } },
    );
    return { retired, current: this.cache.keys.get(info.keyId) as SigningKeyInfo };
  }

  /**
   * Revokes a key as of `at` (which may lie in the past, e.g. the suspected time of
   * compromise): messages it signed from then on no longer verify.
   */
  async revokeKey(
    keyId: string,
    at: Date,
    admin: Signer,
    reason: string,
    opts: Omit<WriteOptions, "at"> = {},
  ): Promise<SigningKeyInfo> {
    this.admins.checkSigner(admin);
    await this.existingKey(keyId);
    const revoke = (k: SigningKeyInfo): KeyEventInit => ({
      kind: KeyEventKind.KEY_EVENT_KIND_REVOKE,
      key: toKeyProto({ ...k, revokedTime: earlier(k.revokedTime, at) }),
      reason,
      time: toTimestamp(at),
      actor: actorOf(admin, opts),
    });
    return this.amend(keyId, revoke, admin, {
      action: "key-revoke",
      opts,
      reason,
      detail: { keyId, revokedTime: at.toISOString() },
    });
  }

  /** Registers an encryption key of a registered organisation. */
  registerEncryptionKey(
    key: NewEncryptionKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions = {},
  ): Promise<EncryptionKeyInfo> {
    return this.encryption.register(key, admin, reason, opts);
  }

  /**
   * Replaces an encryption key: senders encrypt to the new key from the rotation time on, the
   * old key's window closes then. The organisation keeps the old private key for what was
   * encrypted to it before.
   */
  rotateEncryptionKey(
    oldKeyId: string,
    newKey: NewEncryptionKey,
    admin: Signer,
    reason: string,
    opts: WriteOptions = {},
  ): Promise<{ retired: EncryptionKeyInfo; current: EncryptionKeyInfo }> {
    return this.encryption.rotate(oldKeyId, newKey, admin, reason, opts);
  }

  /** Revokes an encryption key as of `at`: nothing is encrypted to it from then on. */
  revokeEncryptionKey(
    keyId: string,
    at: Date,
    admin: Signer,
    reason: string,
    opts: Omit<WriteOptions, "at"> = {},
  ): Promise<EncryptionKeyInfo> {
    return this.encryption.revoke(keyId, at, admin, reason, opts);
  }

  async close(): Promise<void> {
    this.watcher?.stop();
    this.watcher = undefined;
    this.follower?.unsubscribe();
    this.follower = undefined;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  // ---- internals -------------------------------------------------------------------------

  private encryptionWrites: EncryptionKeyWrites | undefined;

  private get encryption(): EncryptionKeyWrites {
    this.encryptionWrites ??= new EncryptionKeyWrites({
      kv: this.kv,
      cache: this.cache,
      admins: this.admins,
      reload: (entryKey) => this.reload(entryKey),
      record: (action, admin, opts, reason, detail) =>
        this.record(action, admin, opts, reason, detail),
    });
    return this.encryptionWrites;
  }

  /** Loads all history (or one entry's), verifying every value. */
  private async reload(key?: string): Promise<void> {
    const m = this.member;
    await guarded(() =>
      m ? loadRegistry(m.nc, m.bucket, this.cache, key) : loadHistory(this.kv, this.cache, key),
    );
  }

  /** The bucket for writing: a member organisation's registry has none. */
  private get kv(): KV {
    if (!this.bucketKv) {
      throw new TongbaoError(
        "TB_ERR_FORBIDDEN",
        "this registry is a member's read-only view: the operator changes the registry",
      );
    }
    return this.bucketKv;
  }

  private async watch(values: number, timeoutMs: number): Promise<void> {
    this.watcher = await guarded(() =>
      watchRegistry(this.kv, this.cache, values, timeoutMs, this.log),
    );
  }

  private async checkNewKey(key: NewSigningKey, notBefore: Date): Promise<SigningKeyInfo> {
    if (!isKeyId(key.keyId))
      throw badRequest(
        `"${key.keyId}" is not a key id (letters, digits, "_" and "-")`,
        "key.keyId",
      );
    if (!this.cache.orgs.has(key.orgId)) await this.reload(orgEntry(key.orgId));
    if (!this.cache.orgs.has(key.orgId)) {
      throw new TongbaoError("TB_ERR_NOT_FOUND", `organisation "${key.orgId}" is not registered`, {
        path: "key.orgId",
      });
    }
    let suite;
    try {
      suite = suiteFor(key.algorithm);
    } catch {
      throw badRequest(`signature algorithm ${key.algorithm} is not supported`, "key.algorithm");
    }
    if (!suite.checkPublicKey(key.publicKey))
      throw badRequest(`the public key is not a valid ${suite.name} key`, "key.publicKey");
    if (key.notAfter && key.notAfter.getTime() <= notBefore.getTime())
      throw badRequest("notAfter must be later than notBefore", "key.notAfter");
    if ((await this.key(key.keyId)) !== undefined)
      throw badRequest(`key "${key.keyId}" is already registered`, "key.keyId");
    return {
      keyId: key.keyId,
      orgId: key.orgId,
      algorithm: key.algorithm,
      publicKey: Uint8Array.from(key.publicKey),
      notBefore,
      ...(key.notAfter ? { notAfter: key.notAfter } : {}),
    };
  }

  private async existingKey(keyId: string): Promise<SigningKeyInfo> {
    this.misses.delete(keyId);
    const k = await this.key(keyId);
    if (!k)
      throw new TongbaoError("TB_ERR_NOT_FOUND", `key "${keyId}" is not registered`, {
        path: "keyId",
      });
    return k;
  }

  private async create(keyId: string, bytes: Uint8Array): Promise<void> {
    try {
      await this.kv.create(keyEntry(keyId), bytes);
    } catch (err) {
      if ((await this.kv.get(keyEntry(keyId)).catch(() => null))?.operation === "PUT") {
        throw badRequest(`key "${keyId}" is already registered`, "key.keyId");
      }
      throw unavailable(err);
    }
    this.misses.delete(keyId);
    await this.cache.applyValue(keyEntry(keyId), bytes);
  }

  /** Rewrites a key record from its current state, retrying when another writer got there first. */
  private async amend(
    keyId: string,
    change: (k: SigningKeyInfo) => KeyEventInit,
    admin: Signer,
    audit: { action: string; opts: WriteOptions; reason: string; detail: Record<string, unknown> },
  ): Promise<SigningKeyInfo> {
    for (let attempt = 0; ; attempt++) {
      const entry = await guarded(() => this.kv.get(keyEntry(keyId)));
      if (entry?.operation === "PUT") await this.cache.apply(entry);
      const current = await this.existingKey(keyId);
      const bytes = sealKeyEvent(change(current), admin, new Date());
      // One audit record per write attempt, holding exactly the bytes about to be written.
      await this.record(audit.action, admin, audit.opts, audit.reason, {
        ...audit.detail,
        event: bytes,
      });
      try {
        await this.kv.update(keyEntry(keyId), bytes, entry?.revision ?? 0);
      } catch (err) {
        if (attempt < 3) continue;
        throw unavailable(err);
      }
      await this.cache.applyValue(keyEntry(keyId), bytes);
      return this.cache.keys.get(keyId) as SigningKeyInfo;
    }
  }

  private async record(
    action: string,
    admin: Signer,
    opts: WriteOptions,
    reason: string,
    detail: Record<string, unknown> & { event: Uint8Array },
  ): Promise<void> {
    if (!this.audit) return;
    await this.audit.write({
      action,
      actor: actorToken(actorOf(admin, opts)),
      reason,
      detail: {
        ...detail,
        event: Buffer.from(detail.event).toString("base64"),
        adminKeyId: admin.keyId,
      },
    });
  }
}

function actorOf(admin: Signer, opts: WriteOptions): string {
  return opts.actor ?? admin.keyId;
}

/** A subject token for the audit trail: lower case, letters, digits, "_" and "-". */
function actorToken(actor: string): string {
  return (
    actor
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, "-")
      .slice(0, 64) || "unknown"
  );
}

function earlier(a: Date | undefined, b: Date): Date {
  return a && a.getTime() <= b.getTime() ? a : b;
}
