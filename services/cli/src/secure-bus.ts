import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { promisify } from "node:util";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { ConfObject } from "@tongbao/nats-server";
import {
  OPERATOR,
  TRACKER_ORGANIZATION,
  provisionDurables,
  type DataLayout,
  type DepartmentProfile,
  type DurableReport,
  type DurableSettings,
  type OrganisationAccount,
} from "@tongbao/organisations";
import { prepareDevelopmentBus, type DevelopmentBus } from "@tongbao/department";
import { tlsServerConfig, writeSecurityFiles, type SecurityFiles } from "@tongbao/security";

/** The platform's own organisations, which sign and run under accounts of their own. */
export const PLATFORMS = [TRACKER_ORGANIZATION];

/** The version a nats-server binary reports (`nats-server: v2.10.27` → "2.10.27"). */
export async function serverVersionOf(binary: string): Promise<string> {
  const { stdout } = await promisify(execFile)(binary, ["--version"]);
  const m = /v?(\d+\.\d+\.\d+)/.exec(stdout);
  if (!m) throw new Error(`${binary} --version printed "${stdout.trim()}"`);
  return m[1]!;
}

/**
 * The broker security of a bus for these profiles (TLS, an nkey user and an account per
 * organisation, the operator's user), written under the data directory.
 */
export function secureBusFiles(
  layout: DataLayout,
  profiles: readonly DepartmentProfile[],
  serverVersion: string,
): Promise<SecurityFiles> {
  return writeSecurityFiles({ layout, profiles, platforms: PLATFORMS, serverVersion });
}

/**
 * The server configuration of a secure single-node bus: TLS required on the client port,
 * the generated accounts included (so `tongbao org add` rewrites that file and reloads), a
 * pid file a later bring-up finds a left-over server by.
 */
export function secureServerConfig(
  layout: DataLayout,
  files: SecurityFiles,
  listen: { host: string; port: number; monitorPort: number },
): ConfObject {
  return {
    listen: `${listen.host}:${listen.port}`,
    http: `${listen.host}:${listen.monitorPort}`,
    pid_file: pidFile(layout),
    ...tlsServerConfig(files.tls),
    include: relative(layout.nats, files.accountsFile),
  };
}

export function pidFile(layout: DataLayout): string {
  return `${layout.nats}/nats-server.pid`;
}

/** The pid of a nats-server a killed bring-up left running on this data directory, if any. */
export async function leftOverServer(layout: DataLayout): Promise<number | undefined> {
  const pid = Number((await readFile(pidFile(layout), "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmd.includes("nats-server") ? pid : undefined;
}

export interface ProvisionedBus extends DevelopmentBus {
  durables: DurableReport;
}

/**
 * As the operator: streams and buckets, the registry (admin key, organisations, signing
 * keys), and every organisation's durables. Idempotent.
 */
export async function provisionBus(
  operator: NatsConnection,
  layout: DataLayout,
  profiles: readonly DepartmentProfile[],
  accounts: readonly OrganisationAccount[],
  settings: DurableSettings & { prune?: boolean } = {},
): Promise<ProvisionedBus> {
  const bus = await prepareDevelopmentBus(operator, {
    keysDir: layout.keys,
    profiles,
    platforms: PLATFORMS,
  });
  const durables = await provisionDurables(await jetstreamManager(operator), accounts, settings, {
    prune: settings.prune ?? true,
  });
  return { ...bus, durables };
}

export { OPERATOR };
