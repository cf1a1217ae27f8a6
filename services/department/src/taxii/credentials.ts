import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { TongbaoError } from "@tongbao/errors";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

/** The organisation's TAXII secret, hashed, in its state directory (never the secret itself). */
export const TAXII_CREDENTIALS_FILE = "taxii-credentials.json";
/** The length below which setTaxiiSecret refuses a secret. */
export const TAXII_SECRET_MIN_LENGTH = 16;
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
  if (secret.length < TAXII_SECRET_MIN_LENGTH) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `a TAXII secret must have at least ${TAXII_SECRET_MIN_LENGTH} characters, not ${secret.length}`,
      { path: "secret" },
    );
  }
  if (/[\r\n]/.test(secret)) {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "a TAXII secret is one line", { path: "secret" });
  }
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

/**
 * Checks HTTP Basic credentials against the stored hash; remembers headers that passed. The
 * file is looked at again when it changes (`tongbao taxii secret` while the service runs), so
 * a new secret takes effect at once and the old one stops working.
 */
export class TaxiiCredentials {
  readonly #path: string;
  #file: CredentialsFile | undefined;
  /** mtime and size of the file read, to see a new secret without reading it every time. */
  #version = "";
  /** sha256 of Authorization headers already verified: scrypt is slow on purpose. */
  readonly #accepted = new Set<string>();

  private constructor(path: string) {
    this.#path = path;
  }

  static async load(stateDir: string): Promise<TaxiiCredentials> {
    const credentials = new TaxiiCredentials(join(stateDir, TAXII_CREDENTIALS_FILE));
    await credentials.#refresh();
    return credentials;
  }

  get configured(): boolean {
    return this.#file !== undefined;
  }

  async #refresh(): Promise<void> {
    let version: string;
    try {
      const s = await stat(this.#path);
      version = `${s.mtimeMs}/${s.size}/${s.ino}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      version = "";
    }
    if (version === this.#version) return;
    this.#accepted.clear();
    this.#file = version
      ? (JSON.parse(await readFile(this.#path, "utf8")) as CredentialsFile)
      : undefined;
    this.#version = version;
  }

  async check(authorization: string | undefined): Promise<boolean> {
    await this.#refresh();
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
