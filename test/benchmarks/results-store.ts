import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { SCENARIO_NAMES, type ScenarioName } from "./cli-options.js";
import type { MachineFacts } from "./machine.js";
import type { Scenario, ScenarioOutcome, Summary } from "./types.js";

/**
 * The last measured outcome of each scenario, one JSON file per scenario, committed beside the
 * report. BENCHMARKS.md is rendered from all of them, so `pnpm bench --only X` refreshes X's
 * section and keeps everyone else's figures, each with the machine, server and load of its
 * own run.
 */
export const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));

/** One scenario's outcome as it ran: figures by id, and the facts of that run. */
export interface StoredOutcome {
  scenario: ScenarioName;
  facts: MachineFacts;
  loadAtEnd: number;
  /** The command that measured it, e.g. `pnpm bench --only publish --runs 3`. */
  command: string;
  /** The scenario's description with the counts of that run. */
  measures: string;
  runs: number;
  seconds: number;
  metrics: Record<string, { summary?: Summary; unavailable?: string }>;
  ratios: Record<string, { summary?: Summary; unavailable?: string; pass?: boolean }>;
  notes: string[];
  error?: string;
}

/** A stored outcome joined with its scenario's current specs, ready to render. */
export interface ReportEntry {
  outcome: ScenarioOutcome;
  stored: StoredOutcome;
}

export function toStored(
  outcome: ScenarioOutcome,
  facts: MachineFacts,
  loadAtEnd: number,
  command: string,
  measures: string,
): StoredOutcome {
  const pick = <T extends { spec: { id: string } }>(list: T[]) =>
    Object.fromEntries(list.map(({ spec, ...rest }) => [spec.id, rest]));
  return {
    scenario: outcome.scenario.name as ScenarioName,
    facts,
    loadAtEnd,
    command,
    measures,
    runs: outcome.runs,
    seconds: outcome.seconds,
    metrics: pick(outcome.metrics),
    ratios: pick(outcome.ratios),
    notes: outcome.notes,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

export async function saveOutcome(stored: StoredOutcome): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}${stored.scenario}.json`;
  // Formatted as the repository's prettier would, so `pnpm lint` accepts the file as written.
  const config = (await prettier.resolveConfig(path)) ?? {};
  await writeFile(
    path,
    await prettier.format(JSON.stringify(stored), { ...config, parser: "json" }),
  );
}

/**
 * Every stored outcome, in the registry's order, under the scenarios' current labels and
 * targets. A figure the scenario reports now but the stored run did not is "not measured in
 * that run"; a pass is judged again against today's target.
 */
export async function loadEntries(
  scenarios: Record<ScenarioName, Scenario>,
): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const name of SCENARIO_NAMES) {
    const path = `${RESULTS_DIR}${name}.json`;
    if (!existsSync(path)) continue;
    const stored = JSON.parse(await readFile(path, "utf8")) as StoredOutcome;
    entries.push({ outcome: fromStored(scenarios[name], stored), stored });
  }
  return entries;
}

const NOT_IN_RUN = "not measured in that run";

function fromStored(scenario: Scenario, stored: StoredOutcome): ScenarioOutcome {
  return {
    scenario,
    runs: stored.runs,
    seconds: stored.seconds,
    metrics: scenario.metrics.map((spec) => ({
      spec,
      ...(stored.metrics[spec.id] ?? { unavailable: NOT_IN_RUN }),
    })),
    ratios: scenario.ratios.map((spec) => {
      const { pass: _stale, ...r } = stored.ratios[spec.id] ?? { unavailable: NOT_IN_RUN };
      const t = spec.target;
      const pass =
        t && r.summary
          ? "atLeast" in t
            ? r.summary.median >= t.atLeast
            : r.summary.median <= t.atMost
          : undefined;
      return pass === undefined ? { spec, ...r } : { spec, ...r, pass };
    }),
    notes: stored.notes,
    ...(stored.error ? { error: stored.error } : {}),
  };
}
