import { join } from "node:path";
import { ensureDevelopmentUsers, startConsole, type RunningConsole } from "@tongbao/console";
import type { RunningDepartment } from "@tongbao/department";
import type { TrackingService } from "@tongbao/tracker";
import type { Logger } from "pino";
import { CliError, type Output } from "../command.js";
import { PROJECT_ROOT } from "../home.js";

// What both bring-ups (one node, the national topology) share.

export const STOP_TIMEOUT_MS = 10_000;

export async function stopProcess(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(pid, "SIGKILL");
}

export async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export function printDepartments(
  out: Output,
  running: readonly RunningDepartment[],
  taxiiSecretsFile: string,
): void {
  out.log("");
  out.log("  department  name                                   HTTP API");
  for (const d of running) {
    const p = d.service.profile;
    out.log(`  ${p.id.padEnd(10)}  ${`${p.nameZh} ${p.nameEn}`.slice(0, 37).padEnd(37)}  ${d.url}`);
  }
  out.log(
    `  TAXII 2.1 at each HTTP API's /taxii2/ (user: the organisation id; passwords: ${taxiiSecretsFile})`,
  );
  out.log("");
}

export function profileError(err: unknown): never {
  throw new CliError(
    (err as Error).message,
    "fix the profile in deploy/departments/ (see profile.schema.json)",
  );
}

export function parsePort(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) {
    throw new CliError(`${flag} must be a port number from 1 to 65535, not "${value}"`);
  }
  return n;
}

/**
 * The web console of a bring-up: its development users made when missing (passwords in
 * `<data>/console/dev-passwords.txt`), the operator's actions run as `tongbao` against
 * `server`, each organisation's duty officer seeing through its own department service.
 */
export async function startBringUpConsole(o: {
  home: string;
  server: string;
  running: readonly RunningDepartment[];
  tracking: TrackingService | undefined;
  port: number;
  log: Logger;
  out: Output;
}): Promise<RunningConsole> {
  const users = await ensureDevelopmentUsers(
    o.home,
    o.running.map((d) => d.service.profile.id),
  );
  const web = await startConsole({
    home: o.home,
    cli: join(PROJECT_ROOT, "services/cli/dist/main.js"),
    server: o.server,
    departments: new Map(o.running.map((d) => [d.service.profile.id, d.url])),
    ...(o.tracking?.http ? { trackerUrl: o.tracking.http.url } : {}),
    port: o.port,
    logger: o.log.child({ component: "console" }),
  }).catch((err: unknown) => {
    throw new CliError(
      `the web console did not start: ${(err as Error).message}`,
      `is port ${o.port} taken? choose another with --console-port`,
    );
  });
  o.out.log(`  console     ${web.url}  (sign-in names and passwords: ${users.passwordsFile})\n`);
  return web;
}

/** `--console-port`: 0 for any free port (tests), else a port number. */
export function consolePortOf(value: string | undefined, fallback: number): number {
  return value === "0" ? 0 : parsePort(value ?? String(fallback), "--console-port");
}
