import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** The committed report sits at the root of the repository. */
export const DEFAULT_REPORT = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));

/** Scenario names, in the order they run and appear in the report. */
export const SCENARIO_NAMES = [
  "publish",
  "replay",
  "replay-per-message",
  "replay-memory",
  "replay-command",
  "latency",
  "nest",
  "growth-size",
  "growth-services",
  "failover",
  "fan-out-many",
  "cli-start",
  "scale",
  "server-features",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchOptions {
  /** Small counts for a smoke run of a minute or two. */
  quick: boolean;
  /** Scenarios to run, in registry order. */
  only: ScenarioName[];
  /** Runs per scenario (each figure is the median of these). */
  runs: number;
  /**
   * Messages replayed by the long-range scenarios, as --replay-count gave it; undefined: each
   * scenario's own default (replay-memory 1,000,000, replay-command 200,000; smaller when quick).
   */
  replayCount: number | undefined;
  /** Absolute path of the markdown report; undefined: print only. */
  out: string | undefined;
  /**
   * Keep this run's outcomes as the scenarios' last results and render BENCHMARKS.md from all
   * of them: every run but a quick one or one told to write elsewhere with --out.
   */
  store: boolean;
  /** Directory for V8 CPU profiles of every process of the run (`node --cpu-prof`). */
  cpuProf: string | undefined;
  /** Measure nothing: render BENCHMARKS.md again from the kept results. */
  render: boolean;
}

export const USAGE = `pnpm bench [options]

  --quick              small counts: a smoke run of a minute or two (keeps nothing; --out to write)
  --only a,b           run only these scenarios: ${SCENARIO_NAMES.join(", ")}
  --runs N             runs per scenario; figures are the median with min and max (default 5, quick 3)
  --replay-count N     messages in the long replays: replay-memory (default 1000000, quick
                       20000) and replay-command (default 200000, quick 20000)
  --out FILE           write this run's report here and keep nothing; without it a run (but a
                       quick one) keeps its scenarios' results and regenerates BENCHMARKS.md
  --cpu-prof DIR       write a V8 CPU profile of every process of the run into DIR
                       (summarise with test/benchmarks/profile-summary.ts)
  --render             measure nothing: render BENCHMARKS.md again from the kept results
                       (after a merge that brought results of other runs)
  --help               this text
`;

/** Parses the command line; throws with a message naming the bad flag. */
export function parseBenchOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      runs: { type: "string" },
      "replay-count": { type: "string" },
      out: { type: "string" },
      "cpu-prof": { type: "string" },
      render: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";
  const quick = values.quick;
  const only = values.only === undefined ? [...SCENARIO_NAMES] : scenarioList(values.only);
  const runs = values.runs === undefined ? (quick ? 3 : 5) : positiveInt("--runs", values.runs);
  const replayCount =
    values["replay-count"] === undefined
      ? undefined
      : positiveInt("--replay-count", values["replay-count"]);
  const store = !quick && values.out === undefined;
  // pnpm runs scripts at the root; INIT_CWD is where the user typed the command.
  const cwd = process.env["INIT_CWD"] ?? process.cwd();
  const out =
    values.out !== undefined ? resolve(cwd, values.out) : store ? DEFAULT_REPORT : undefined;
  const cpuProf = values["cpu-prof"] === undefined ? undefined : resolve(cwd, values["cpu-prof"]);
  return { quick, only, runs, replayCount, out, store, cpuProf, render: values.render };
}

function scenarioList(text: string): ScenarioName[] {
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const name of names) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(name))
      throw new Error(`--only: unknown scenario "${name}" (known: ${SCENARIO_NAMES.join(", ")})`);
  }
  return SCENARIO_NAMES.filter((name) => names.includes(name));
}

function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag}: expected a positive integer, got "${text}"`);
  return n;
}
