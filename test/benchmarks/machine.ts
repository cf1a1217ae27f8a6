import { readFile, realpath } from "node:fs/promises";
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The facts a reader needs to compare these figures with their own. */
export interface MachineFacts {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  natsServer: string;
  clients: Record<string, string>;
  /** 1-minute load average when the run began: other work on the machine skews every figure. */
  loadAtStart: number;
}

/** The 1-minute load average now. */
export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, "..");

/** Reads versions from the installed packages, never from what package.json asks for. */
export async function machineFacts(natsServerVersion: string): Promise<MachineFacts> {
  const cpu = cpus()[0]?.model.trim() ?? "unknown";
  const clients: Record<string, string> = {};
  const transport = await realpath(join(packageRoot, "node_modules/@nats-io/transport-node"));
  const jetstream = await realpath(join(packageRoot, "node_modules/@nats-io/jetstream"));
  clients["@nats-io/transport-node"] = await versionAt(transport);
  clients["@nats-io/nats-core"] = await versionAt(join(dirname(transport), "nats-core"));
  clients["@nats-io/jetstream"] = await versionAt(jetstream);
  for (const name of ["@nestjs/core", "@nestjs/microservices"]) {
    clients[name] = await versionAt(await realpath(join(packageRoot, "node_modules", name)));
  }
  return {
    date: new Date().toISOString(),
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    natsServer: natsServerVersion,
    clients,
    loadAtStart: loadNow(),
  };
}

async function versionAt(dir: string): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "not installed";
  }
}
