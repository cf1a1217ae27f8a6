#!/usr/bin/env node
// The two newcomer commands, `npm start` and `npm test`, land here. npm is on every machine
// with Node, pnpm may not be: this script fetches the pinned pnpm, installs the workspace
// from the lockfile, installs the system tools the tests use when they are missing, fetches
// the pinned nats-server releases into .tools/, then runs the bus (start) or the whole check
// (test).
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
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
  // The console's browser tests: Debian's chromium (never a downloaded browser), and a CJK
  // font so the pages' Chinese renders in their screenshots.
  { bin: "chromium", pkg: "chromium", dirs: ["/usr/bin"], modes: ["test"] },
  {
    bin: "wqy-zenhei.ttc",
    pkg: "fonts-wqy-zenhei",
    dirs: ["/usr/share/fonts/truetype/wqy"],
    modes: ["test"],
  },
];

/**
 * The nats-server releases the tests run on, by exact Debian version and the suite that has
 * it. Each is unpacked into .tools/nats-server/<upstream version>/; the system's own package
 * (bookworm's 2.9.10, from installSystemTools) stays for compatibility. Change them here only.
 */
const NATS_SERVER_RELEASES = [
  { suite: "trixie", debian: "2.10.27-1+b2" },
  { suite: "sid", debian: "2.15.1-1" },
];
const NATS_SERVER_TOOLS = join(root, ".tools", "nats-server");
/**
 * Prometheus's promtool, for `promtool check rules` and `promtool test rules` on
 * deploy/monitoring/alerts.yml: unpacked from Debian's prometheus package into
 * .tools/prometheus/<upstream version>/ (test/monitoring/alert-rules.test.ts looks there).
 */
const PROMETHEUS_RELEASE = { suite: "bookworm", debian: "2.42.0+ds-5+deb12u1" };
const PROMETHEUS_TOOLS = join(root, ".tools", "prometheus");
const DEBIAN_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg";
const DEFAULT_MIRROR = "http://deb.debian.org/debian";

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

/** The nats-server executables on PATH and in the sbin dirs, each once. */
function systemNatsServers() {
  const tool = SYSTEM_TOOLS.find((t) => t.bin === "nats-server");
  const dirs = [...(process.env.PATH ?? "").split(":"), ...tool.dirs].filter(Boolean);
  const bins = dirs.map((d) => join(d, tool.bin)).filter(existsSync);
  return [...new Map(bins.map((b) => [realpathSync(b), b])).values()];
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
  const missing = SYSTEM_TOOLS.filter((t) => (t.modes ?? [mode]).includes(mode) && !found(t));
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

/** "2.10.27-1+b2" → "2.10.27": the Debian version without epoch and revision. */
function upstreamVersion(debian) {
  return debian.replace(/^\d+:/, "").replace(/-[^-]*$/, "");
}

/** What a nats-server binary says it is ("nats-server: v2.10.27" → "2.10.27"), if it runs. */
function binaryVersion(bin) {
  const res = spawnSync(bin, ["--version"], { encoding: "utf8" });
  return res.status === 0 ? /v(\d+\.\d+\.\d+\S*)/.exec(res.stdout)?.[1] : undefined;
}

/** The nats-server inside an unpacked Debian package (Debian ships it in usr/sbin). */
function unpackedBinary(dir) {
  return ["usr/sbin", "usr/bin"].map((d) => join(dir, d, "nats-server")).find(existsSync);
}

function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * The Debian mirror this machine's own apt sources use: the URI of the entry for its release
 * (e.g. bookworm), so security and third-party repositories are passed over. Both the
 * one-line format (sources.list, *.list) and deb822 (*.sources) are read.
 */
function debianMirror() {
  const codename = /^VERSION_CODENAME=(\S+)/m.exec(readText("/etc/os-release"))?.[1];
  const dir = "/etc/apt/sources.list.d";
  const parts = existsSync(dir) ? readdirSync(dir).sort() : [];
  const entries = [];
  for (const file of ["/etc/apt/sources.list", ...parts.map((f) => join(dir, f))]) {
    const text = readText(file);
    if (file.endsWith(".list")) {
      for (const line of text.split("\n")) {
        const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
        if (m) entries.push({ uri: m[1], suites: [m[2]] });
      }
    } else if (file.endsWith(".sources")) {
      for (const stanza of text.split(/\n\s*\n/)) {
        const field = (name) =>
          new RegExp(`^${name}:[ \\t]*(.*)$`, "mi").exec(stanza)?.[1].trim().split(/\s+/) ?? [];
        if (!field("Types").includes("deb") || field("Enabled")[0] === "no") continue;
        for (const uri of field("URIs")) entries.push({ uri, suites: field("Suites") });
      }
    }
  }
  const own = entries.find((e) => codename && e.suites.includes(codename));
  return (own?.uri ?? DEFAULT_MIRROR).replace(/\/+$/, "");
}

/**
 * Downloads one Debian package (`name=version`) of `suite` with apt-get into `work` and
 * returns the .deb's path.
 */
function aptDownload(pkg, suite, mirror, work) {
  // As root, apt-get downloads as the _apt user, which must be able to enter these dirs.
  mkdirSync(join(work, "lists", "partial"), { recursive: true, mode: 0o755 });
  mkdirSync(join(work, "cache", "archives", "partial"), { recursive: true, mode: 0o755 });
  const sources = join(work, "sources.list");
  const signedBy = existsSync(DEBIAN_KEYRING) ? `[signed-by=${DEBIAN_KEYRING}] ` : "";
  writeFileSync(sources, `deb ${signedBy}${mirror} ${suite} main\n`);
  // Only this one sources file, with lists and cache of its own: the machine's apt setup,
  // its package lists and its installed packages are neither read nor changed.
  const settings = {
    "Dir::Etc::SourceList": sources,
    "Dir::Etc::SourceParts": "/dev/null",
    "Dir::State::Lists": join(work, "lists"),
    "Dir::Cache": join(work, "cache"),
    "Dir::State::Status": "/dev/null",
  };
  const options = Object.entries(settings).flatMap(([key, value]) => ["-o", `${key}=${value}`]);
  const apt = (...args) => {
    const res = spawnSync("apt-get", ["-q", ...options, ...args], {
      cwd: work,
      encoding: "utf8",
      // A mirror that stops answering must not hang the bootstrap.
      timeout: 300_000,
    });
    if (res.status !== 0) {
      // apt's first complaint is the cause ("Failed to fetch ... resolving"); later ones sum up.
      const lines = `${res.stderr ?? ""}${res.error?.message ?? ""}`.trim().split("\n");
      const said = (lines.find((l) => l.startsWith("E:")) ?? lines[0] ?? "").replace(/\s+/g, " ");
      throw new Error(`apt-get ${args[0]} failed: ${said || `exit ${res.status}`}`);
    }
  };
  apt("update", "--error-on=any");
  apt("download", pkg);
  const name = pkg.split("=")[0];
  const deb = readdirSync(work).find((f) => f.startsWith(`${name}_`) && f.endsWith(".deb"));
  if (!deb) throw new Error(`apt-get download left no ${name} package`);
  return join(work, deb);
}

/** Downloads one release with apt-get into `work` and unpacks it into its .tools folder. */
function fetchNatsServer(release, mirror, work) {
  const deb = aptDownload(`nats-server=${release.debian}`, release.suite, mirror, work);
  // Unpacked next to its final place and renamed: a half-unpacked release is never found.
  const staging = `${release.dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  const res = spawnSync("dpkg-deb", ["-x", deb, staging], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`dpkg-deb -x failed: ${res.stderr.trim()}`);
  const bin = unpackedBinary(staging);
  const version = bin && binaryVersion(bin);
  if (version !== release.version) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the unpacked nats-server reports ${version ?? "nothing"}`);
  }
  rmSync(release.dir, { recursive: true, force: true });
  renameSync(staging, release.dir);
}

/** Once every pinned release is in place, removes the rest (releases pinned before, leftovers). */
function pruneNatsServers(releases) {
  const pinned = new Set(releases.map((r) => r.version));
  for (const name of readdirSync(NATS_SERVER_TOOLS)) {
    if (!pinned.has(name)) rmSync(join(NATS_SERVER_TOOLS, name), { recursive: true, force: true });
  }
}

/**
 * Makes .tools/nats-server hold exactly the pinned releases. Silent when they are there; when
 * one is missing it says so in one line, and if fetching fails (no network, release gone from
 * the archive) it warns and goes on with the servers that exist, earlier releases included.
 */
function fetchNatsServers() {
  const releases = NATS_SERVER_RELEASES.map((r) => {
    const version = upstreamVersion(r.debian);
    return { ...r, version, dir: join(NATS_SERVER_TOOLS, version) };
  });
  const missing = releases.filter((r) => {
    const bin = unpackedBinary(r.dir);
    return !bin || binaryVersion(bin) !== r.version;
  });
  if (missing.length === 0) return pruneNatsServers(releases);
  const names = missing.map((r) => `${r.version} (${r.suite})`).join(", ");
  const failures = [];
  if (!existsSync("/usr/bin/apt-get") || !existsSync("/usr/bin/dpkg-deb")) {
    failures.push(`${names}: apt-get and dpkg-deb are needed to fetch them`);
  } else {
    const mirror = debianMirror();
    console.log(`→ fetching nats-server ${names} from ${mirror}`);
    mkdirSync(NATS_SERVER_TOOLS, { recursive: true });
    const work = mkdtempSync(join(tmpdir(), "tongbao-apt-"));
    chmodSync(work, 0o755);
    try {
      for (const release of missing) {
        try {
          fetchNatsServer(release, mirror, join(work, release.suite));
        } catch (err) {
          failures.push(`${release.version} (${release.suite}): ${err.message}`);
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  if (failures.length === 0) return pruneNatsServers(releases);
  const unpacked = existsSync(NATS_SERVER_TOOLS) ? readdirSync(NATS_SERVER_TOOLS).sort() : [];
  const have = [
    ...unpacked.flatMap((name) => {
      const bin = unpackedBinary(join(NATS_SERVER_TOOLS, name));
      const version = bin && binaryVersion(bin);
      return version ? [version] : [];
    }),
    ...systemNatsServers().flatMap((bin) => {
      const version = binaryVersion(bin);
      return version ? [`${version} (${bin})`] : [];
    }),
  ];
  console.warn(
    `⚠ could not fetch nats-server ${failures.join("; ")}\n` +
      `  Going on with ${have.length > 0 ? `nats-server ${have.join(", ")}` : "no nats-server"}.`,
  );
}

/**
 * Makes .tools/prometheus/<version>/usr/bin/promtool exist (about 19 MB to download, once).
 * A failure is a warning: the alert-rule test then checks the rules' metric names only.
 */
function fetchPromtool() {
  const dir = join(PROMETHEUS_TOOLS, upstreamVersion(PROMETHEUS_RELEASE.debian));
  if (existsSync(join(dir, "usr", "bin", "promtool"))) return;
  if (!existsSync("/usr/bin/apt-get") || !existsSync("/usr/bin/dpkg-deb")) {
    console.warn("⚠ promtool not fetched: apt-get and dpkg-deb are needed");
    return;
  }
  mkdirSync(PROMETHEUS_TOOLS, { recursive: true });
  const mirror = debianMirror();
  console.log(`→ fetching promtool (prometheus ${PROMETHEUS_RELEASE.debian}) from ${mirror}`);
  const work = mkdtempSync(join(tmpdir(), "tongbao-apt-"));
  chmodSync(work, 0o755);
  try {
    const deb = aptDownload(
      `prometheus=${PROMETHEUS_RELEASE.debian}`,
      PROMETHEUS_RELEASE.suite,
      mirror,
      join(work, PROMETHEUS_RELEASE.suite),
    );
    // Unpacked next to its final place and renamed, as the nats-server releases are.
    const staging = `${dir}.partial`;
    rmSync(staging, { recursive: true, force: true });
    const res = spawnSync("dpkg-deb", ["-x", deb, staging], { encoding: "utf8" });
    if (res.status !== 0) throw new Error(`dpkg-deb -x failed: ${res.stderr.trim()}`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (err) {
    console.warn(`⚠ could not fetch promtool: ${err.message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
  // A test that passed with failures on record passed on a retry: named, so it gets fixed.
  const retried = r.testResults.flatMap((f) =>
    f.assertionResults
      .filter((t) => t.status === "passed" && t.failureMessages.length > 0)
      .map((t) => {
        const why = t.failureMessages[0].split("\n")[0];
        return `${relative(root, f.name)} > ${t.fullName}\n    first try: ${why}`;
      }),
  );
  console.log(
    `\ntests: ${r.numPassedTests} passed (${retried.length} on a retry), ${r.numFailedTests} failed, ${skipped} skipped`,
  );
  for (const t of retried) console.log(`  passed on a retry: ${t}`);
  rmSync(file, { force: true });
}

const [pm, ...pmArgs] = pnpm();
const p = (args, what) => must(pm, [...pmArgs, ...args], what);

p(["install", "--frozen-lockfile"], "pnpm install");

if (mode === "start") {
  installSystemTools();
  fetchNatsServers();
  p(["run", "build"], "build");
  // Ctrl-C reaches the whole process group: `tongbao up` stops everything cleanly and exits,
  // and this wrapper waits for that instead of dying first.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {});
  must(process.execPath, [join(root, "services/cli/dist/main.js"), "up", ...rest], "tongbao up");
} else if (mode === "test") {
  if (!process.env.TONGBAO_TEST_NATS_URL) {
    installSystemTools();
    fetchNatsServers();
  }
  fetchPromtool();
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
