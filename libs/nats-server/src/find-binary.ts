import { execFile } from "node:child_process";
import { access, constants, readdir, realpath, stat } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** Names the one nats-server to use, overriding the search: a path to the executable. */
export const NATS_SERVER_ENV = "TONGBAO_NATS_SERVER";

/**
 * Where deploy/bootstrap.mjs unpacks the pinned releases, one folder per version. This file
 * sits in libs/nats-server/src (or dist), three levels below the project root.
 */
const TOOLS_DIR = fileURLToPath(new URL("../../../.tools/nats-server/", import.meta.url));

/** Where a release's executable lies inside its folder: Debian's layout, or upstream's zip. */
const TOOL_LAYOUTS = ["usr/sbin/nats-server", "usr/bin/nats-server", "nats-server"];

/** Where nats-server is looked for besides PATH: Debian installs it in /usr/sbin. */
const EXTRA_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/bin"];

/** How to get nats-server, for errors that must say what to do next. */
export const NATS_SERVER_INSTALL_HINT =
  "run `npm test` or `npm start` once (they fetch the pinned releases into .tools/nats-server), " +
  "or install nats-server (Debian/Ubuntu: `sudo apt-get install nats-server`; elsewhere see " +
  `https://docs.nats.io/running-a-nats-service/introduction/installation), or set ${NATS_SERVER_ENV}`;

/** One nats-server executable and the version it reports. */
export interface NatsServerBinary {
  /** As the server reports it without the "v": "2.10.27". */
  readonly version: string;
  readonly path: string;
}

/** Raised when the nats-server named by {@link NATS_SERVER_ENV} cannot be used. */
export class NatsServerBinaryError extends Error {
  override name = "NatsServerBinaryError";
}

/**
 * The nats-server to run: the one {@link NATS_SERVER_ENV} names (an error if it is not an
 * executable file), else the newest of {@link natsServerBinaries}, else undefined.
 */
export async function findNatsServerBinary(): Promise<string | undefined> {
  const override = process.env[NATS_SERVER_ENV];
  if (override) return requireExecutable(override);
  return (await natsServerBinaries())[0]?.path;
}

/**
 * Every nats-server found, newest first, each once: the releases in the project's
 * .tools/nats-server, then those on PATH and in the sbin dirs. With {@link NATS_SERVER_ENV}
 * set, only that one. A file that does not answer `--version` is not counted.
 */
export async function natsServerBinaries(): Promise<NatsServerBinary[]> {
  const override = process.env[NATS_SERVER_ENV];
  if (override) {
    const path = await requireExecutable(override);
    const version = await reportedVersion(path);
    if (!version)
      throw new NatsServerBinaryError(
        `${NATS_SERVER_ENV}=${override} does not answer \`--version\` as nats-server does`,
      );
    return [{ version, path }];
  }
  const seen = new Set<string>();
  const found: NatsServerBinary[] = [];
  for (const path of [...(await toolCandidates()), ...pathCandidates()]) {
    const real = await executableFile(path);
    if (!real || seen.has(real)) continue;
    seen.add(real);
    const version = await reportedVersion(path);
    if (version) found.push({ version, path });
  }
  // Stable: of two equal versions the project's own release stays first.
  return found.sort((a, b) => compareVersions(b.version, a.version));
}

async function toolCandidates(): Promise<string[]> {
  const entries = await readdir(TOOLS_DIR, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !e.name.endsWith(".partial"))
    .flatMap((e) => TOOL_LAYOUTS.map((layout) => join(TOOLS_DIR, e.name, layout)));
}

function pathCandidates(): string[] {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter), ...EXTRA_DIRS].filter(Boolean);
  return dirs.map((dir) => join(dir, "nats-server"));
}

/** The file's real path if it is an executable regular file, else undefined. */
async function executableFile(path: string): Promise<string | undefined> {
  try {
    await access(path, constants.X_OK);
    if (!(await stat(path)).isFile()) return undefined;
    return await realpath(path);
  } catch {
    return undefined;
  }
}

async function requireExecutable(path: string): Promise<string> {
  if (!(await executableFile(path)))
    throw new NatsServerBinaryError(
      `${NATS_SERVER_ENV}=${path} is not an executable file: point it at a nats-server ` +
        "executable, or unset it to use the newest one found",
    );
  return path;
}

/** Versions by path, asked once: a file does not change what it is while the process runs. */
const versions = new Map<string, Promise<string | undefined>>();

function reportedVersion(path: string): Promise<string | undefined> {
  let version = versions.get(path);
  if (!version) {
    // "nats-server: v2.10.27"
    version = promisify(execFile)(path, ["--version"], { timeout: 10_000 }).then(
      ({ stdout }) => /\bv(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1],
      () => undefined,
    );
    versions.set(path, version);
  }
  return version;
}

/** Orders "2.9.10" < "2.10.27" < "2.11.0-RC.1" < "2.11.0". */
function compareVersions(a: string, b: string): number {
  const [coreA = "", preA] = a.split(/-(.*)/);
  const [coreB = "", preB] = b.split(/-(.*)/);
  const numsA = coreA.split(".").map(Number);
  const numsB = coreB.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (numsA[i] ?? 0) - (numsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB, "en", { numeric: true });
}
