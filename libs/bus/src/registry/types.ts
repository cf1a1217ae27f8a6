import type { KV } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import type { tongbao } from "@tongbao/contracts";
import type { Logger } from "pino";
import type { AuditLog } from "../audit/audit-log.js";
import type { CryptoSuite, SignatureAlgorithm, SuiteName } from "../crypto/types.js";

export type Organization = tongbao.registry.v1.Organization;
export type OrganizationInit = tongbao.registry.v1.Organization.$Properties;
export type KeyEvent = tongbao.registry.v1.KeyEvent;
export type EncryptionKeyEvent = tongbao.registry.v1.EncryptionKeyEvent;
export type EncryptionAlgorithm = tongbao.registry.v1.EncryptionAlgorithm;

/** The identity under which admin keys sign registry events unless configured otherwise. */
export const ADMIN_ORG = "registry-admin";

/** An admin public key: the root of trust of the registry, from configuration. */
export interface AdminKey {
  /** Raw public key, bytes or base64. */
  publicKey: Uint8Array | string;
  suite: CryptoSuite | SuiteName;
  /** The Header.source its events carry (default "registry-admin"). */
  orgId?: string;
}

/** A signing key to register. */
export interface NewSigningKey {
  keyId: string;
  orgId: string;
  algorithm: SignatureAlgorithm;
  /** Raw public key: 32 bytes (Ed25519) or the 65-byte uncompressed point (SM2). */
  publicKey: Uint8Array;
  /** Start of the validity window (default: now). */
  notBefore?: Date;
  /** End of the validity window, exclusive (default: open-ended). */
  notAfter?: Date;
}

/**
 * A public key to which TLP:RED payloads for an organisation are encrypted, as the registry
 * holds it. Its window and revocation say when senders may encrypt to it; the organisation
 * keeps the private half, and retired private halves, itself.
 */
export interface EncryptionKeyInfo {
  keyId: string;
  orgId: string;
  algorithm: EncryptionAlgorithm;
  /** Raw public key: 32 bytes (X25519). */
  publicKey: Uint8Array;
  /** Start of the validity window, inclusive. */
  notBefore: Date;
  /** End of the validity window, exclusive; absent means open-ended. */
  notAfter?: Date;
  /** Nothing is encrypted to the key at or after this time. */
  revokedTime?: Date;
}

/** An encryption key to register. */
export interface NewEncryptionKey {
  keyId: string;
  orgId: string;
  /** Raw public key: 32 bytes (X25519). */
  publicKey: Uint8Array;
  /** Key agreement (default X25519, the only one). */
  algorithm?: EncryptionAlgorithm;
  /** Start of the validity window (default: now). */
  notBefore?: Date;
  /** End of the validity window, exclusive (default: open-ended). */
  notAfter?: Date;
}

export interface RegistryOptions {
  /** Connection to the bus; the registry bucket and TB_AUDIT are reached through it. */
  nc?: NatsConnection;
  /** The registry bucket, already opened (else opened through nc). */
  kv?: KV;
  /** Bucket name (default "tb_registry"). */
  bucket?: string;
  /** Admin public keys by key id: only events they sign are believed. */
  adminKeys: Record<string, AdminKey>;
  /** Where key and organisation changes are recorded; false for none. Default: TB_AUDIT through nc. */
  audit?: AuditLog | false;
  /**
   * Read as a member organisation does, under its own grant: by direct get and the bucket's
   * exported writes, never through a consumer; such a registry cannot write.
   */
  member?: boolean;
  /** Keep the local cache fresh with a KV watch (default true). */
  watch?: boolean;
  /** How long open() waits for the initial load (default 10 s). */
  loadTimeoutMs?: number;
  logger?: Logger;
}

export interface WriteOptions {
  /** Who made the change, recorded in the event and the audit trail (default: the admin key id). */
  actor?: string;
  /** When the change takes effect (default: now). */
  at?: Date;
}

/** Counts since open: registry values believed, and values refused (bad or missing admin signature, conflicts). */
export interface RegistryStats {
  accepted: number;
  rejected: number;
}
