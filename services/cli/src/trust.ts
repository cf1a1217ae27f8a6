import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ADMIN_ORG,
  EnvelopeVerifier,
  Registry,
  keyIdFor,
  loadPrivateKey,
  type AdminKey,
  type Signer,
} from "@tongbao/bus/read";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT } from "./command.js";
import { DEV_KEY_FILES } from "@tongbao/organisations/layout";
import { tongbaoHome } from "./home.js";

/** Options naming the registry's root of trust (parseArgs shape). */
export const TRUST_OPTIONS = {
  "admin-pub": { type: "string" },
  "admin-key": { type: "string" },
} as const;

export const TRUST_USAGE = "[--admin-pub FILE | --admin-key FILE]";

export interface TrustValues {
  "admin-pub"?: string | undefined;
  "admin-key"?: string | undefined;
}

const env = (name: string): string | undefined => process.env[name] || undefined;

/** The development bring-up's key folder: `<TONGBAO_HOME>/keys`. */
export function homeKeysDir(): string {
  return join(tongbaoHome(), "keys");
}

/** Where the admin's private key is: --admin-key, TONGBAO_ADMIN_KEY, else the development home's admin key. */
export function adminKeyPath(values: TrustValues): string {
  return (
    values["admin-key"] ?? env("TONGBAO_ADMIN_KEY") ?? join(homeKeysDir(), DEV_KEY_FILES.admin)
  );
}

/** Loads the admin signer from its PKCS#8 PEM file (as `savePrivateKey` writes it). */
export async function loadAdminSigner(path: string): Promise<Signer> {
  try {
    const { privateKey, suite } = await loadPrivateKey(path);
    const keyId = keyIdFor(ADMIN_ORG, suite.publicKeyOf(privateKey));
    return { orgId: ADMIN_ORG, keyId, suite, privateKey };
  } catch (err) {
    if (!isTongbaoError(err)) throw err;
    throw new CliError(
      err.message,
      "pass the registry admin's PKCS#8 PEM key (mode 0600) with --admin-key or TONGBAO_ADMIN_KEY",
      EXIT.usage,
    );
  }
}

/**
 * The registry admin public keys, the root of trust for verification. In order: --admin-pub
 * or TONGBAO_ADMIN_PUB (a JSON file `{ "<keyId>": { "publicKey": "<base64>", "suite":
 * "ed25519" } }`), the public half of --admin-key / TONGBAO_ADMIN_KEY, then the development
 * home's public admin record or admin key (`DEV_KEY_FILES`, as `tongbao up` writes them).
 */
export async function adminKeys(values: TrustValues): Promise<Record<string, AdminKey>> {
  const pub = values["admin-pub"] ?? env("TONGBAO_ADMIN_PUB");
  if (pub) return readAdminPub(pub);
  const key = values["admin-key"] ?? env("TONGBAO_ADMIN_KEY");
  if (key) return fromSigner(await loadAdminSigner(key));
  const homePub = join(homeKeysDir(), DEV_KEY_FILES.adminPublic);
  if (existsSync(homePub)) return readAdminPub(homePub);
  const homeKey = join(homeKeysDir(), DEV_KEY_FILES.admin);
  if (existsSync(homeKey)) return fromSigner(await loadAdminSigner(homeKey));
  throw new CliError(
    "no registry admin public key: messages cannot be verified without the root of trust",
    `pass --admin-pub FILE (or TONGBAO_ADMIN_PUB), or --admin-key FILE; the dev bus keeps them in ${homeKeysDir()}`,
    EXIT.usage,
  );
}

function fromSigner(signer: Signer): Record<string, AdminKey> {
  return {
    [signer.keyId]: {
      publicKey: signer.suite.publicKeyOf(signer.privateKey),
      suite: signer.suite,
      orgId: signer.orgId,
    },
  };
}

async function readAdminPub(path: string): Promise<Record<string, AdminKey>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new CliError(
      `cannot read admin public keys from ${path}: ${(err as Error).message}`,
      'the file holds JSON: { "<keyId>": { "publicKey": "<base64>", "suite": "ed25519" } }',
      EXIT.usage,
    );
  }
  if (parsed === null || typeof parsed !== "object" || Object.keys(parsed).length === 0) {
    throw new CliError(
      `${path} names no admin key`,
      'expected { "<keyId>": { "publicKey": "<base64>", "suite": "ed25519" } }',
      EXIT.usage,
    );
  }
  return parsed as Record<string, AdminKey>;
}

/** Opens the registry (no audit writes of its own) and a verifier trusting it. */
export async function openVerifier(
  nc: NatsConnection,
  values: TrustValues,
): Promise<{ registry: Registry; verifier: EnvelopeVerifier }> {
  const keys = await adminKeys(values);
  const registry = await Registry.open({ nc, adminKeys: keys, audit: false }).catch(
    (err: unknown) => {
      throw new CliError(
        `cannot open the key registry: ${(err as Error).message}`,
        "check the admin public key (--admin-pub) and that the bus is provisioned (`tongbao up`)",
      );
    },
  );
  return { registry, verifier: new EnvelopeVerifier(registry) };
}
