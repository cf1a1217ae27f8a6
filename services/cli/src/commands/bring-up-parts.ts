import type { RunningDepartment } from "@tongbao/department";
import { CliError, type Output } from "../command.js";

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
