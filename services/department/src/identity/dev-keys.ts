import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  ADMIN_ORG,
  ED25519,
  generateAdminSigner,
  generateSigner,
  keyIdFor,
  loadPrivateKey,
  savePrivateKey,
  type AdminKey,
  type Signer,
} from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";

/** File names in a development key folder; the operator command reads the same ones. */
export const DEV_KEY_FILES = {
  admin: "admin.key",
  adminPublic: "admin.pub.json",
  signer: (orgId: string) => `${orgId}.key`,
} as const;

/**
 * Development key files under one directory (mode 0600 private keys):
 *   admin.key            the registry admin's private key
 *   admin.pub.json       its public record: the root of trust the services are given
 *   <org>.key            each organisation's signing key
 * A key is generated on first use and reused afterwards, so a second bring-up signs with the
 * keys the registry already holds.
 */
export async function ensureSigner(
  keysDir: string,
  orgId: string,
): Promise<{ signer: Signer; created: boolean }> {
  const file = join(keysDir, DEV_KEY_FILES.signer(orgId));
  if (existsSync(file)) return { signer: await loadSigner(file, orgId), created: false };
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const { signer } = generateSigner(orgId, ED25519);
  await savePrivateKey(file, signer.privateKey);
  return { signer, created: true };
}

/** Loads a signing key file for an organisation; its key id follows from the public key. */
export async function loadSigner(file: string, orgId: string): Promise<Signer> {
  const { privateKey, suite } = await loadPrivateKey(file);
  return { orgId, keyId: keyIdFor(orgId, suite.publicKeyOf(privateKey)), suite, privateKey };
}

/** The registry admin identity, made on first use. */
export async function ensureAdmin(
  keysDir: string,
): Promise<{ signer: Signer; adminKeys: Record<string, AdminKey> }> {
  const keyFile = join(keysDir, DEV_KEY_FILES.admin);
  if (existsSync(keyFile)) {
    const signer = await loadSigner(keyFile, ADMIN_ORG);
    return { signer, adminKeys: await readAdminKeys(join(keysDir, DEV_KEY_FILES.adminPublic)) };
  }
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const admin = generateAdminSigner(ED25519);
  await savePrivateKey(keyFile, admin.signer.privateKey);
  await writeAdminKeys(join(keysDir, DEV_KEY_FILES.adminPublic), admin.adminKeys);
  return admin;
}

/** Public admin keys as JSON: { keyId: { publicKey: base64, suite, orgId } }. */
async function writeAdminKeys(file: string, keys: Record<string, AdminKey>): Promise<void> {
  const out: Record<string, { publicKey: string; suite: string; orgId?: string }> = {};
  for (const [id, k] of Object.entries(keys)) {
    const pk =
      typeof k.publicKey === "string" ? k.publicKey : Buffer.from(k.publicKey).toString("base64");
    const suite = typeof k.suite === "string" ? k.suite : k.suite.name;
    out[id] = { publicKey: pk, suite, ...(k.orgId ? { orgId: k.orgId } : {}) };
  }
  await writeFile(file, JSON.stringify(out, null, 2) + "\n", { mode: 0o644 });
}

/** Reads the admin public keys a service trusts. */
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
