import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { TongbaoError } from "@tongbao/errors";
import { ED25519 } from "../crypto/ed25519.js";
import { loadPrivateKey } from "../crypto/key-files.js";
import { suiteNamed } from "../crypto/suites.js";
import type { CryptoSuite, Signer, SuiteName } from "../crypto/types.js";
import { isOrgId } from "../subjects.js";
import { ADMIN_ORG, type AdminKey, type NewSigningKey } from "./types.js";

/**
 * Development identities: a fresh key pair for an organisation, with the record to register
 * it and a key id derived from the public key (`<org>_<16 hex of its SHA-256>`), so the same
 * key always gets the same id. Production keys are made the same way, offline, with the
 * private key saved by savePrivateKey (mode 0600) and only the record handed to an admin.
 */
export function generateSigner(
  orgId: string,
  suite: CryptoSuite | SuiteName = ED25519,
  opts: { notBefore?: Date; notAfter?: Date } = {},
): { signer: Signer; signingKeyRecord: NewSigningKey } {
  if (!isOrgId(orgId)) {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", `"${orgId}" is not an org id`, { path: "orgId" });
  }
  const s = typeof suite === "string" ? suiteNamed(suite) : suite;
  const { privateKey, publicKey } = s.generateKeyPair();
  const keyId = keyIdFor(orgId, publicKey);
  return {
    signer: { orgId, keyId, suite: s, privateKey },
    signingKeyRecord: {
      keyId,
      orgId,
      algorithm: s.algorithm,
      publicKey,
      ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
      ...(opts.notAfter ? { notAfter: opts.notAfter } : {}),
    },
  };
}

/** A registry admin identity: the signer, and the entry for RegistryOptions.adminKeys. */
export function generateAdminSigner(
  suite: CryptoSuite | SuiteName = ED25519,
  orgId: string = ADMIN_ORG,
): { signer: Signer; adminKeys: Record<string, AdminKey> } {
  const { signer, signingKeyRecord } = generateSigner(orgId, suite);
  return {
    signer,
    adminKeys: {
      [signer.keyId]: { publicKey: signingKeyRecord.publicKey, suite: signer.suite, orgId },
    },
  };
}

/** The key id of a public key: `<org>_<first 16 hex digits of SHA-256(public key)>`. */
export function keyIdFor(orgId: string, publicKey: Uint8Array): string {
  return `${orgId}_${createHash("sha256").update(publicKey).digest("hex").slice(0, 16)}`;
}

/**
 * The key id of an encryption public key: `<org>_enc_<first 16 hex digits of SHA-256>`, so
 * it never reads like a signing key's id.
 */
export function encryptionKeyIdFor(orgId: string, publicKey: Uint8Array): string {
  return `${orgId}_enc_${createHash("sha256").update(publicKey).digest("hex").slice(0, 16)}`;
}

/** Loads a signing key file for an organisation; its key id follows from the public key. */
export async function loadSigner(file: string, orgId: string): Promise<Signer> {
  const { privateKey, suite } = await loadPrivateKey(file);
  return { orgId, keyId: keyIdFor(orgId, suite.publicKeyOf(privateKey)), suite, privateKey };
}

/** Reads the admin public keys a service trusts (the registry's root of trust, as JSON). */
export async function readAdminKeys(file: string): Promise<Record<string, AdminKey>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new TongbaoError("TB_ERR_CONFIG", `admin keys ${file}: ${(err as Error).message}`, {
      path: "adminKeys",
    });
  }
  return json as Record<string, AdminKey>;
}
