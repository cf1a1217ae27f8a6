import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  ADMIN_ORG,
  ED25519,
  generateAdminSigner,
  generateSigner,
  loadSigner,
  readAdminKeys,
  savePrivateKey,
  type AdminKey,
  type Signer,
} from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { DEV_KEY_FILES } from "@tongbao/organisations";
import {
  generateRedKeyPair,
  loadRedPrivateKey,
  saveRedPrivateKey,
  type RedKeyPair,
} from "@tongbao/security";

/** File names in a development key folder; their one home is the data layout. */
export { DEV_KEY_FILES };

/**
 * Development key files under one directory (mode 0600 private keys):
 *   admin.key            the registry admin's private key
 *   admin.pub.json       its public record: the root of trust the services are given
 *   <org>.key            each organisation's signing key
 *   <org>.red.key        its TLP:RED encryption key (X25519); only the public half is registered
 *   <org>.red.<keyId>.key  encryption keys it retired, kept to open what was encrypted to them
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

/** The organisation's current encryption key, made on first use (mode 0600). */
export async function ensureRedKey(
  keysDir: string,
  orgId: string,
): Promise<{ pair: RedKeyPair; created: boolean }> {
  const file = join(keysDir, DEV_KEY_FILES.red(orgId));
  if (existsSync(file)) return { pair: await loadRedPrivateKey(file, orgId), created: false };
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const pair = generateRedKeyPair(orgId);
  await saveRedPrivateKey(file, pair);
  return { pair, created: true };
}

/**
 * Replaces the current encryption key file by a new key, keeping the old one as
 * `<org>.red.<keyId>.key`. The registry learns of it through Registry.rotateEncryptionKey
 * (the development bring-up does that when it finds an unregistered current key).
 */
export async function rotateRedKeyFile(
  keysDir: string,
  orgId: string,
): Promise<{ retired: RedKeyPair; current: RedKeyPair }> {
  const file = join(keysDir, DEV_KEY_FILES.red(orgId));
  const retired = await loadRedPrivateKey(file, orgId);
  await rename(file, join(keysDir, DEV_KEY_FILES.retiredRed(orgId, retired.keyId)));
  const current = generateRedKeyPair(orgId);
  await saveRedPrivateKey(file, current);
  return { retired, current };
}

/**
 * Every encryption key the organisation holds, the current one first: what its consumer
 * opens TLP:RED payloads with. TB_ERR_CONFIG when it has no current key.
 */
export async function loadRedKeys(keysDir: string, orgId: string): Promise<RedKeyPair[]> {
  const current = join(keysDir, DEV_KEY_FILES.red(orgId));
  if (!existsSync(current)) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `no TLP:RED encryption key ${current}: run the bring-up (it makes and registers one) or place the organisation's key there`,
      { path: "keysDir" },
    );
  }
  const prefix = `${orgId}.red.`;
  const retired = (await readdir(keysDir))
    .filter((f) => f.startsWith(prefix) && f.endsWith(".key") && f !== DEV_KEY_FILES.red(orgId))
    .sort();
  const keys = [await loadRedPrivateKey(current, orgId)];
  for (const f of retired) keys.push(await loadRedPrivateKey(join(keysDir, f), orgId));
  return keys;
}

export { loadSigner, readAdminKeys };
