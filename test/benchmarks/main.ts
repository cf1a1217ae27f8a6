// `pnpm bench`: starts its own nats-server, runs every scenario (or those named) several times,
// prints a table, keeps each scenario's outcome and renders BENCHMARKS.md from all of them. Benchmarks measure; they assert nothing.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { startBenchServer } from "./bench-server.js";
import { DEFAULT_REPORT, parseBenchOptions, USAGE } from "./cli-options.js";
import { loadNow, machineFacts } from "./machine.js";
import { benchCommand, renderMarkdown } from "./report-markdown.js";
import { loadEntries, saveOutcome, toStored, type ReportEntry } from "./results-store.js";
import { renderTable } from "./report-table.js";
import { runScenario } from "./runner.js";
import { SCENARIOS } from "./scenarios/registry.js";
import type { ScenarioOutcome } from "./types.js";

let parsed: ReturnType<typeof parseBenchOptions>;
try {
  parsed = parseBenchOptions(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed === "help") {
  process.stdout.write(USAGE);
  process.exit(0);
}
const options = parsed;

/** BENCHMARKS.md (or --out) as the repository's prettier formats it, so `pnpm lint` accepts it. */
async function writeReport(path: string, entries: ReportEntry[]): Promise<void> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  const markdown = await renderMarkdown(entries);
  await writeFile(path, await prettier.format(markdown, { ...config, parser: "markdown" }));
  process.stderr.write(`wrote ${path}\n`);
}

if (options.render) {
  await writeReport(DEFAULT_REPORT, await loadEntries(SCENARIOS));
  process.exit(0);
}

// Profiling needs --cpu-prof on the node command line (NODE_OPTIONS refuses it): run again
// with it. Child processes inherit the flags, so each writes its own profile.
if (options.cpuProf && !process.execArgv.includes("--cpu-prof")) {
  const again = spawnSync(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${options.cpuProf}`,
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: "inherit" },
  );
  process.exit(again.status ?? 1);
}

const server = await startBenchServer();
const outcomes: ScenarioOutcome[] = [];
try {
  const facts = await machineFacts(await server.version());
  process.stderr.write(
    `nats-server ${facts.natsServer} at ${server.url}, store in ${server.dir}\n`,
  );
  for (const name of options.only)
    outcomes.push(await runScenario(SCENARIOS[name], server, options));
  process.stdout.write(`${renderTable(facts, outcomes)}\n`);
  const command = benchCommand(options);
  const thisRun = outcomes.map((o) =>
    toStored(o, facts, loadNow(), command, o.scenario.measures(options)),
  );
  if (options.store) for (const stored of thisRun) await saveOutcome(stored);
  if (options.out) {
    const entries = options.store
      ? await loadEntries(SCENARIOS)
      : thisRun.map((stored, i) => ({ outcome: outcomes[i]!, stored }));
    await writeReport(options.out, entries);
  }
} finally {
  await server[Symbol.asyncDispose]();
}
process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
