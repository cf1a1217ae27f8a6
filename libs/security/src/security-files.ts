import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fromSeed } from "@nats-io/nkeys";
import { toConf } from "@tongbao/nats-server";
import { securityPlan, writeUserSeeds, type SecurityPlan } from "./nats-auth.js";
import { loadProfiles } from "./profiles.js";
import type { UserCredentials } from "./types.js";

export interface SecurityFiles {
  plan: SecurityPlan;
  /** `authorization {...}` and `max_payload`, for `include` in a server configuration. */
  authFile: string;
  /** The durables the operator provisions (JSON), for `provisionDurables`. */
  durablesFile: string;
  /** Seed file (0600) of each user, by name. */
  seeds: Map<string, string>;
}

/**
 * Generates the broker security of the profiles in `profilesDir` into `outDir`: `auth.conf`,
 * `durables.json` and `nkeys/<name>.nk`. Seeds already in `nkeys/` are kept, so re-running it
 * after a profile change updates permissions without re-issuing credentials.
 */
export async function writeSecurityFiles(
  profilesDir: string,
  outDir: string,
): Promise<SecurityFiles> {
  const profiles = await loadProfiles(profilesDir);
  const seedDir = join(outDir, "nkeys");
  const existing: UserCredentials[] = [];
  for (const name of [...profiles.map((p) => p.id), "operator"]) {
    const seed = await readFile(join(seedDir, `${name}.nk`), "utf8").catch(() => undefined);
    if (seed) existing.push(userFromSeed(name, seed.trim()));
  }
  const plan = securityPlan(profiles, { existing });
  const seeds = await writeUserSeeds(seedDir, plan.users);
  const authFile = join(outDir, "auth.conf");
  const header =
    "# Generated from deploy/departments by @tongbao/security (writeSecurityFiles).\n" +
    "# One nkey user per organisation plus the operator; no anonymous access.\n";
  await writeFile(authFile, header + toConf(plan.config) + "\n");
  const durablesFile = join(outDir, "durables.json");
  await writeFile(durablesFile, JSON.stringify(plan.durables, null, 2) + "\n");
  return { plan, authFile, durablesFile, seeds };
}

function userFromSeed(name: string, seed: string): UserCredentials {
  const publicKey = fromSeed(new TextEncoder().encode(seed)).getPublicKey();
  return { name, role: name === "operator" ? "operator" : "department", publicKey, seed };
}
