import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createUser, fromSeed } from "@nats-io/nkeys";
import { OPERATOR } from "@tongbao/organisations";
import type { UserCredentials } from "./types.js";

/**
 * One nkey user per name (organisations and the operator), seeds in `<dir>/<name>.nk`
 * (mode 0600): the seeds already there are kept, so re-running after a profile change
 * re-issues nothing; a missing one is made.
 */
export async function ensureUsers(
  dir: string,
  names: readonly string[],
): Promise<Map<string, UserCredentials>> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const out = new Map<string, UserCredentials>();
  for (const name of new Set([...names, OPERATOR])) {
    const file = join(dir, `${name}.nk`);
    const kept = await readFile(file, "utf8").catch(() => undefined);
    const user = kept ? userFromSeed(name, kept.trim()) : newUser(name);
    if (!kept) {
      await writeFile(file, `${user.seed}\n`, { mode: 0o600 });
      await chmod(file, 0o600);
    }
    out.set(name, user);
  }
  return out;
}

function newUser(name: string): UserCredentials {
  const kp = createUser();
  return { name, publicKey: kp.getPublicKey(), seed: new TextDecoder().decode(kp.getSeed()) };
}

function userFromSeed(name: string, seed: string): UserCredentials {
  return { name, publicKey: fromSeed(new TextEncoder().encode(seed)).getPublicKey(), seed };
}
