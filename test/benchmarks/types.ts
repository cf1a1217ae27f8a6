import type { NatsServer } from "@tongbao/nats-server";
import type { BenchOptions } from "./cli-options.js";

/** How a figure is read: more is better (throughput) or less is better (latency, memory). */
export type Better = "higher" | "lower";

/** One figure a scenario reports per run, e.g. raw publish throughput in msg/s. */
export interface MetricSpec {
  /** Stable key, e.g. "raw.msgPerSec". */
  id: string;
  /** Row label in the table, e.g. "raw nats.js js.publish". */
  label: string;
  unit: string;
  better: Better;
}

/** A ratio computed inside each run (numerator / denominator), then summarised across runs. */
export interface RatioSpec {
  id: string;
  label: string;
  numerator: string;
  /** Absent: the figure is checked against the target as it is (e.g. RSS growth). */
  denominator?: string;
  /** The target; absent for ratios that are reported without one. */
  target?: { atLeast: number } | { atMost: number };
}

/** What one run of a scenario measured. Missing metric ids say why in `unavailable`. */
export interface RunResult {
  values: Record<string, number>;
  /** Metric id → why it could not be measured (e.g. the Tongbao side is not built yet). */
  unavailable?: Record<string, string>;
  /** Free-form observations worth printing once (e.g. messages lost by core NATS). */
  notes?: string[];
}

/** Everything a scenario run may use. */
export interface BenchContext {
  server: NatsServer;
  url: string;
  options: BenchOptions;
  /** 0-based index of this run among `runs`. */
  run: number;
  runs: number;
  /** Directory for this scenario's files (outboxes, journals); removed at the end. */
  workDir: string;
  /** Progress line on stderr, so stdout stays the table. */
  log(line: string): void;
}

/** A benchmark: a description for the report and a run function called `runs` times. */
export interface Scenario {
  name: string;
  title: string;
  /** What was measured and how, for BENCHMARKS.md (markdown, one paragraph). */
  measures(options: BenchOptions): string;
  metrics: MetricSpec[];
  ratios: RatioSpec[];
  /** Overrides the number of runs (the 1,000,000-message replay runs once). */
  runs?(options: BenchOptions): number;
  /** Called once before the runs (e.g. to store the messages to replay); returns state. */
  setup?(ctx: Omit<BenchContext, "run">): Promise<void>;
  run(ctx: BenchContext): Promise<RunResult>;
  teardown?(ctx: Omit<BenchContext, "run">): Promise<void>;
}

/** Median, min and max of one figure across runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface MetricOutcome {
  spec: MetricSpec;
  summary?: Summary;
  unavailable?: string;
}

export interface RatioOutcome {
  spec: RatioSpec;
  summary?: Summary;
  unavailable?: string;
  /** True when the median meets the target; undefined when there is no target or no figure. */
  pass?: boolean;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  runs: number;
  seconds: number;
  metrics: MetricOutcome[];
  ratios: RatioOutcome[];
  notes: string[];
  /** Set when the scenario failed outright; its figures are then absent. */
  error?: string;
}

/** What a Tongbao side needs of a run; small enough to hand to a child process. */
export type SideContext = Pick<BenchContext, "url" | "workDir" | "run">;
