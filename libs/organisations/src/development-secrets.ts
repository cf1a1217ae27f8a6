import { randomBytes } from "node:crypto";
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A development bus hands out its secrets (the console's passwords, the TAXII secrets) in
 * plain-text files under its data directory, one `<name> <secret>` line each, readable by
 * its owner only; the stores themselves keep only hashes. One writer for all of them, so
 * every such file has the same form and mode.
 */
export async function recordDevelopmentSecret(
  file: string,
  name: string,
  secret: string,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${name} ${secret}\n`, { mode: 0o600 });
}

/** A random secret of `bytes` random bytes, as base64url. */
export function randomSecret(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}
