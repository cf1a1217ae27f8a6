import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toConf } from "@tongbao/nats-server";
import {
  OPERATOR,
  brokerConfig,
  organisationAccounts,
  type DataLayout,
  type DepartmentProfile,
  type OrganisationAccount,
  type PlatformOrganisation,
} from "@tongbao/organisations";
import { generateDevCertificates, type DevCertificates } from "./dev-certificates.js";
import { ensureUsers } from "./nats-auth.js";
import type { UserCredentials } from "./types.js";

export interface SecurityFiles {
  /** The organisations' accounts, as the generated configuration grants them. */
  accounts: OrganisationAccount[];
  /** `max_payload` and `accounts { }`, for `include` in a server configuration. */
  accountsFile: string;
  tls: DevCertificates;
  users: Map<string, UserCredentials>;
}

/**
 * The broker security of a bus under its data directory: development TLS certificates (made
 * once, then reused), an nkey user per organisation and the operator (seeds kept), and the
 * `accounts { }` block generated from the profiles for the server version it will run on.
 * Re-running it after a profile change rewrites the accounts and re-issues nothing.
 */
export async function writeSecurityFiles(o: {
  layout: DataLayout;
  profiles: readonly DepartmentProfile[];
  platforms: readonly PlatformOrganisation[];
  serverVersion: string;
  /** Extra names for the server certificate (hosts the bus is reached at). */
  hosts?: readonly string[];
}): Promise<SecurityFiles> {
  const { layout } = o;
  const accounts = organisationAccounts(o.profiles, o.platforms, o.serverVersion);
  const users = await ensureUsers(
    layout.nkeys,
    accounts.map((a) => a.orgId),
  );
  const tls = existsSync(join(layout.tls, "server.pem"))
    ? reuseCertificates(layout.tls)
    : await generateDevCertificates({
        dir: layout.tls,
        ...(o.hosts?.length ? { hosts: ["127.0.0.1", "localhost", "::1", ...o.hosts] } : {}),
      });
  const config = brokerConfig(accounts, {
    operator: [users.get(OPERATOR)!.publicKey],
    organisations: new Map(accounts.map((a) => [a.orgId, users.get(a.orgId)!.publicKey])),
  });
  const header =
    "# Generated from the organisation profiles by @tongbao/security; do not edit.\n" +
    "# One account per organisation, importing only its grant from the owner account.\n";
  await writeFile(layout.accountsFile, header + toConf(config) + "\n", { mode: 0o600 });
  return { accounts, accountsFile: layout.accountsFile, tls, users };
}

/** The development certificates of a data directory: those already there, or new ones. */
export async function devCertificatesOf(
  layout: DataLayout,
  hosts?: readonly string[],
): Promise<DevCertificates> {
  return existsSync(join(layout.tls, "server.pem"))
    ? reuseCertificates(layout.tls)
    : generateDevCertificates({
        dir: layout.tls,
        ...(hosts?.length ? { hosts: ["127.0.0.1", "localhost", "::1", ...hosts] } : {}),
      });
}

function reuseCertificates(dir: string): DevCertificates {
  return {
    caFile: join(dir, "ca.pem"),
    certFile: join(dir, "server.pem"),
    keyFile: join(dir, "server-key.pem"),
    clients: new Map(),
  };
}
