import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MetricSpec, RunResult, Scenario } from "../types.js";

const MAIN = fileURLToPath(new URL("../../../services/cli/dist/main.js", import.meta.url));

/** The invocations measured: what an operator types first, and a command that loads the bus. */
const CASES = [
  { id: "help", label: "`tongbao --help`", args: ["--help"] },
  { id: "status-help", label: "`tongbao status --help`", args: ["status", "--help"] },
  // No server answers on port 1: the command loads, connects, and reports it cannot.
  {
    id: "replay",
    label: "`tongbao replay` (to its first line)",
    args: ["replay", "--from-seq", "1", "--reason", "start", "--server", "nats://127.0.0.1:1"],
  },
] as const;

/** Time to the first byte on stdout or stderr, and the process's peak RSS (a fresh process). */
function startOnce(args: readonly string[]): Promise<{ firstMs: number; rssMiB: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstMs: number | undefined;
    const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, MAIN, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    const first = () => (firstMs ??= performance.now() - started);
    child.stdout.on("data", first);
    child.stderr.on("data", (b: Buffer) => {
      first();
      err += b.toString();
    });
    child.once("error", reject);
    child.once("close", () => {
      const kib = Number(err.trim().split("\n").at(-1));
      if (firstMs === undefined || !Number.isFinite(kib))
        reject(new Error(`tongbao ${args.join(" ")} printed nothing measurable`));
      else resolve({ firstMs, rssMiB: kib / 1024 });
    });
  });
}

/** How long a `tongbao` command takes to say anything, and what it holds, each a fresh process. */
export const cliStartScenario: Scenario = {
  name: "cli-start",
  title: "`tongbao` start-up",
  measures: () =>
    "Each invocation runs as a fresh `node services/cli/dist/main.js` process under " +
    "`/usr/bin/time`: the time from spawning it to its first byte on stdout or stderr, and its " +
    "peak RSS. The replay is pointed at a port where no server listens, so its first line " +
    "comes once the command and the bus code are loaded and the connection is refused. Target: " +
    "first output within 0.3 s.",
  metrics: CASES.flatMap((c): MetricSpec[] => [
    { id: `${c.id}.first`, label: `${c.label}: first output`, unit: "ms", better: "lower" },
    { id: `${c.id}.rss`, label: `${c.label}: peak RSS`, unit: "MiB", better: "lower" },
  ]),
  ratios: [],
  async run(): Promise<RunResult> {
    const values: Record<string, number> = {};
    for (const c of CASES) {
      const r = await startOnce(c.args);
      values[`${c.id}.first`] = r.firstMs;
      values[`${c.id}.rss`] = r.rssMiB;
    }
    return { values };
  },
};
