import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

/** The organisation's TAXII secret, hashed, in its state directory (never the secret itself). */
export const TAXII_CREDENTIALS_FILE = "taxii-credentials.json";
const PARAMS = { N: 16384, r: 8, p: 1 };

interface CredentialsFile {
  user: string;
  algorithm: "scrypt";
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

/**
 * Sets the secret a TAXII client of this organisation authenticates with (HTTP Basic, the
 * organisation id as user name). Only its scrypt hash is written, mode 0600; a running
 * service reads it on its next start.
 */
export async function setTaxiiSecret(
  stateDir: string,
  orgId: string,
  secret: string,
): Promise<void> {
  if (secret.length < 16) throw new Error("a TAXII secret must have at least 16 characters");
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, 32, PARAMS);
  const file: CredentialsFile = {
    user: orgId,
    algorithm: "scrypt",
    ...PARAMS,
    salt: salt.toString("base64"),
    hash: hash.toString("base64"),
  };
  await mkdir(stateDir, { recursive: true });
  const path = join(stateDir, TAXII_CREDENTIALS_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify(file, null, 2), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

/** Checks HTTP Basic credentials against the stored hash; remembers headers that passed. */
export class TaxiiCredentials {
  readonly #file: CredentialsFile | undefined;
  /** sha256 of Authorization headers already verified: scrypt is slow on purpose. */
  readonly #accepted = new Set<string>();

  private constructor(file: CredentialsFile | undefined) {
    this.#file = file;
  }

  static async load(stateDir: string): Promise<TaxiiCredentials> {
    try {
      const text = await readFile(join(stateDir, TAXII_CREDENTIALS_FILE), "utf8");
      return new TaxiiCredentials(JSON.parse(text) as CredentialsFile);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return new TaxiiCredentials(undefined);
      throw err;
    }
  }

  get configured(): boolean {
    return this.#file !== undefined;
  }

  async check(authorization: string | undefined): Promise<boolean> {
    const f = this.#file;
    if (!f || !authorization?.startsWith("Basic ")) return false;
    const key = createHash("sha256").update(authorization).digest("hex");
    if (this.#accepted.has(key)) return true;
    const decoded = Buffer.from(authorization.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return false;
    const user = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    const hash = await scryptAsync(secret, Buffer.from(f.salt, "base64"), 32, {
      N: f.N,
      r: f.r,
      p: f.p,
    });
    const ok = user === f.user && timingSafeEqual(hash, Buffer.from(f.hash, "base64"));
    if (ok) this.#accepted.add(key);
    return ok;
  }
}
