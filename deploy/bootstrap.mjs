#!/usr/bin/env node
// The two newcomer commands, `npm start` and `npm test`, land here. npm is on every machine
// with Node, pnpm may not be: this script fetches the pinned pnpm, installs the workspace
// from the lockfile, installs the system tools the tests use when they are missing, then
// runs the bus (start) or the whole check (test).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pnpmVersion = JSON.parse(
  readFileSync(join(root, "package.json"), "utf8"),
).packageManager.split("@")[1];
const [mode = "test", ...rest] = process.argv.slice(2);

/** System tools the tests use, and the Debian package that brings each. */
const SYSTEM_TOOLS = [
  { bin: "nats-server", pkg: "nats-server", dirs: ["/usr/sbin", "/usr/local/bin"] },
  { bin: "protoc", pkg: "protobuf-compiler", dirs: ["/usr/bin"] },
];

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  return res.status ?? (res.error ? 127 : 1);
}

function must(cmd, args, what, opts = {}) {
  const code = run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✗ ${what} failed (exit ${code}).`);
    process.exit(code);
  }
}

function found(tool) {
  const dirs = [...(process.env.PATH ?? "").split(":"), ...tool.dirs];
  return dirs.some((d) => d && existsSync(join(d, tool.bin)));
}

/** pnpm at the pinned version: the one on PATH if it matches, else installed from npm. */
function pnpm() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ["pnpm"];
  console.log(`→ installing pnpm ${pnpmVersion} from npm`);
  if (run("npm", ["install", "--global", `pnpm@${pnpmVersion}`]) === 0) return ["pnpm"];
  // No rights to install globally: run it through npx instead.
  return ["npx", "--yes", `pnpm@${pnpmVersion}`];
}

function installSystemTools() {
  const missing = SYSTEM_TOOLS.filter((t) => !found(t));
  if (missing.length === 0) return;
  const pkgs = missing.map((t) => t.pkg);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `✗ missing ${pkgs.join(", ")}: install them (e.g. \`sudo apt-get install ${pkgs.join(" ")}\`).`,
    );
    process.exit(1);
  }
  console.log(`→ installing ${pkgs.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  must("apt-get", ["update", "-qq"], "apt-get update", { env });
  must("apt-get", ["install", "-y", "-qq", ...pkgs], `apt-get install ${pkgs.join(" ")}`, { env });
}

/** Test servers live in temp dirs under this run's own TMPDIR; none may outlive the suite. */
function strayServers(runTmp) {
  const res = spawnSync("pgrep", ["-f", join(runTmp, "tongbao-nats-")], { encoding: "utf8" });
  return res.status === 0 ? res.stdout.trim().split("\n").filter(Boolean) : [];
}

/** One plain closing line, whatever reporter ran: "tests: N passed, N failed, N skipped". */
function summarise(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(
    `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`,
  );
  rmSync(file, { force: true });
}

const [pm, ...pmArgs] = pnpm();
const p = (args, what) => must(pm, [...pmArgs, ...args], what);

p(["install", "--frozen-lockfile"], "pnpm install");

if (mode === "start") {
  installSystemTools();
  p(["run", "build"], "build");
  // Ctrl-C reaches the whole process group: `tongbao up` stops everything cleanly and exits,
  // and this wrapper waits for that instead of dying first.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {});
  must(process.execPath, [join(root, "services/cli/dist/main.js"), "up", ...rest], "tongbao up");
} else if (mode === "test") {
  if (!process.env.TONGBAO_NATS_URL) installSystemTools();
  p(["run", "lint"], "lint");
  p(["run", "typecheck"], "typecheck");
  p(["run", "build"], "build");
  // A TMPDIR of this run's own: test servers and stores go there, so a stray server of this
  // run can be told from anyone else's, and the whole of it is removed afterwards.
  const runTmp = mkdtempSync(join(tmpdir(), "tongbao-test-"));
  const results = join(runTmp, "results.json");
  const reporter = process.env.CI ? "verbose" : "default";
  const code = run(
    pm,
    [
      ...pmArgs,
      ...["exec", "vitest", "run", `--reporter=${reporter}`, "--reporter=json"],
      ...[`--outputFile.json=${results}`, ...rest],
    ],
    { env: { ...process.env, TMPDIR: runTmp } },
  );
  summarise(results);
  if (code !== 0) {
    console.error(`\n✗ tests failed (exit ${code}).`);
    process.exit(code);
  }
  const strays = strayServers(runTmp);
  if (strays.length > 0) {
    console.error(`✗ nats-server processes outlived the tests: ${strays.join(", ")}`);
    process.exit(1);
  }
  rmSync(runTmp, { recursive: true, force: true });
  console.log("\n✓ lint, typecheck, build and every test passed; no server left running.");
} else {
  console.error(`usage: node deploy/bootstrap.mjs start|test`);
  process.exit(2);
}
