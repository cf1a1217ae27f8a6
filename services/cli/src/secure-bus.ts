import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  TRACKER_ORGANIZATION,
  type DataLayout,
  type DepartmentProfile,
  type DurableSettings,
} from "@tongbao/organisations";
import type { DevelopmentBus } from "@tongbao/department";
import { pidFile, writeSecurityFiles, type SecurityFiles } from "@tongbao/security";

export { pidFile, secureServerConfig } from "@tongbao/security";

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
 * The pid of the nats-server running on this data directory, if any: the bus's own, or one a
 * killed bring-up left behind.
 */
export async function runningServer(layout: DataLayout): Promise<number | undefined> {
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

/**
 * As the operator: streams and buckets, the registry (admin key, organisations, signing
 * keys), and every organisation's durables. Idempotent.
 */
export async function provisionBus(
  operator: NatsConnection,
  layout: DataLayout,
  profiles: readonly DepartmentProfile[],
  settings: DurableSettings & { prune?: boolean; replicas?: number } = {},
): Promise<DevelopmentBus> {
  const { prune, replicas, ...durables } = settings;
  // @tongbao/department (NestJS and every department's code) loads only when it is needed,
  // not whenever a command that may provision starts.
  const { prepareDevelopmentBus } = await import("@tongbao/department");
  return prepareDevelopmentBus(operator, {
    keysDir: layout.keys,
    profiles,
    platforms: PLATFORMS,
    topology: { replicas: replicas ?? 1 },
    durables,
    ...(prune === undefined ? {} : { prune }),
  });
}
