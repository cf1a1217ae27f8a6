import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NatsServer } from "@tongbao/nats-server";
import type { BenchOptions } from "./cli-options.js";
import { summarise } from "./statistics.js";
import type {
  BenchContext,
  MetricOutcome,
  MetricSpec,
  RatioOutcome,
  RatioSpec,
  RunResult,
  Scenario,
  ScenarioOutcome,
} from "./types.js";

/**
 * Runs a scenario `runs` times and summarises every figure (median, min, max). Ratios are
 * computed inside each run, from that run's own figures, and only then summarised — never as
 * a ratio of medians from different runs.
 */
export async function runScenario(
  scenario: Scenario,
  server: NatsServer,
  options: BenchOptions,
): Promise<ScenarioOutcome> {
  const runs = scenario.runs?.(options) ?? options.runs;
  const workDir = await mkdtemp(join(tmpdir(), `tongbao-bench-${scenario.name}-`));
  const log = (line: string) => process.stderr.write(`[${scenario.name}] ${line}\n`);
  const base = { server, url: server.url, options, runs, workDir, log };
  const started = performance.now();
  const results: RunResult[] = [];
  try {
    await scenario.setup?.(base);
    for (let run = 0; run < runs; run++) {
      log(`run ${run + 1}/${runs}`);
      const ctx: BenchContext = { ...base, run };
      results.push(await scenario.run(ctx));
    }
  } catch (err) {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return {
      scenario,
      runs: results.length,
      seconds: (performance.now() - started) / 1000,
      metrics: scenario.metrics.map((spec) => ({ spec, unavailable: "the scenario failed" })),
      ratios: scenario.ratios.map((spec) => ({ spec, unavailable: "the scenario failed" })),
      notes: [],
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    await scenario.teardown?.(base).catch((err: unknown) => log(`teardown: ${String(err)}`));
    await rm(workDir, { recursive: true, force: true });
  }
  return {
    scenario,
    runs,
    seconds: (performance.now() - started) / 1000,
    metrics: scenario.metrics.map((spec) => metricOutcome(spec, results)),
    ratios: scenario.ratios.map((spec) => ratioOutcome(spec, results)),
    notes: [...new Set(results.flatMap((r) => r.notes ?? []))],
  };
}

function metricOutcome(spec: MetricSpec, results: RunResult[]): MetricOutcome {
  const id = spec.id;
  const values = results.map((r) => r.values[id]).filter((v): v is number => v !== undefined);
  if (values.length === results.length && values.length > 0)
    return { spec, summary: summarise(values) };
  const reason = results.map((r) => r.unavailable?.[id]).find((r) => r !== undefined);
  return { spec, unavailable: reason ?? "not measured" };
}

function ratioOutcome(spec: RatioSpec, results: RunResult[]): RatioOutcome {
  const perRun: number[] = [];
  for (const r of results) {
    const top = r.values[spec.numerator];
    const bottom = spec.denominator === undefined ? 1 : r.values[spec.denominator];
    if (top === undefined || bottom === undefined || bottom === 0) {
      const missing = top === undefined ? spec.numerator : spec.denominator;
      const reason = missing === undefined ? undefined : r.unavailable?.[missing];
      return { spec, unavailable: reason ?? "not measured" };
    }
    perRun.push(top / bottom);
  }
  if (perRun.length === 0) return { spec, unavailable: "not measured" };
  const summary = summarise(perRun);
  const target = spec.target;
  const pass =
    target === undefined
      ? undefined
      : "atLeast" in target
        ? summary.median >= target.atLeast
        : summary.median <= target.atMost;
  return pass === undefined ? { spec, summary } : { spec, summary, pass };
}
