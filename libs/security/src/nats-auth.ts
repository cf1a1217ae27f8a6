import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createUser } from "@nats-io/nkeys";
import type { ConfObject } from "@tongbao/nats-server";
import { departmentDurables } from "./department-consumers.js";
import { departmentPermissions, inboxPrefixFor } from "./permissions.js";
import type {
  DepartmentDurable,
  DepartmentProfile,
  Permissions,
  UserCredentials,
} from "./types.js";

/** Largest message the broker accepts (bytes); a signed envelope with its payload fits well. */
export const MAX_PAYLOAD = 1024 * 1024;

/** Everything the broker's security configuration is generated into. */
export interface SecurityPlan {
  /** `authorization { users [...] }` and limits, to merge into a server configuration. */
  config: ConfObject;
  /** One per department and one for the operator, seeds included. */
  users: UserCredentials[];
  /** The durables the operator must create before departments start (provisionDurables). */
  durables: DepartmentDurable[];
  permissions: Map<string, Permissions>;
}

export interface SecurityPlanOptions {
  /** Credentials to keep (by name); fresh nkeys are made for the others. */
  existing?: readonly UserCredentials[];
}

/**
 * Builds the broker security from the profiles: an nkey user per organisation with its
 * permissions, and one operator user with the whole JetStream API. All users live in the
 * server's one global account, declared only in `authorization`: no `accounts` block and no
 * `no_auth_user`, which is not the configuration shape of CVE-2023-47090, and a client
 * without credentials is refused.
 */
export function securityPlan(
  profiles: readonly DepartmentProfile[],
  opts: SecurityPlanOptions = {},
): SecurityPlan {
  const known = new Map((opts.existing ?? []).map((u) => [u.name, u]));
  const users: UserCredentials[] = [];
  const durables: DepartmentDurable[] = [];
  const permissions = new Map<string, Permissions>();
  const entries: ConfObject[] = [];
  for (const profile of profiles) {
    const own = departmentDurables(profile);
    durables.push(...own);
    const perms = departmentPermissions(profile, own);
    permissions.set(profile.id, perms);
    const user = known.get(profile.id) ?? newUser(profile.id, "department");
    users.push({ ...user, inboxPrefix: inboxPrefixFor(profile.id) });
    entries.push({ nkey: user.publicKey, permissions: permissionsConf(perms) });
  }
  const operator = known.get("operator") ?? newUser("operator", "operator");
  users.push(operator);
  entries.push({ nkey: operator.publicKey });
  return {
    config: { max_payload: MAX_PAYLOAD, authorization: { users: entries } },
    users,
    durables,
    permissions,
  };
}

/** Writes each user's seed to `<dir>/<name>.nk` (mode 0600) and returns the paths by name. */
export async function writeUserSeeds(
  dir: string,
  users: readonly UserCredentials[],
): Promise<Map<string, string>> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const out = new Map<string, string>();
  for (const u of users) {
    const file = join(dir, `${u.name}.nk`);
    await writeFile(file, `${u.seed}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
    out.set(u.name, file);
  }
  return out;
}

function newUser(name: string, role: UserCredentials["role"]): UserCredentials {
  const kp = createUser();
  return {
    name,
    role,
    publicKey: kp.getPublicKey(),
    seed: new TextDecoder().decode(kp.getSeed()),
  };
}

function permissionsConf(p: Permissions): ConfObject {
  return {
    publish: { allow: p.publish.allow, deny: p.publish.deny },
    subscribe: { allow: p.subscribe.allow, deny: p.subscribe.deny },
  };
}
