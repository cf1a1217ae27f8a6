import { fileURLToPath } from "node:url";
import type { BenchOptions } from "../cli-options.js";
import { openSession } from "../raw/bench-stream.js";
import { storeSignedRange, type SignedRange } from "../replay-command/signed-range.js";
import { timedChild, type ChildFigures } from "../replay-command/timed-child.js";
import { perSecond } from "../statistics.js";
import { dropLive } from "../tongbao/bench-org.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";
import { FLAT_MiB } from "./replay-memory.js";

const CLI = fileURLToPath(new URL("../../../services/cli/dist/main.js", import.meta.url));
const READER = fileURLToPath(new URL("../raw/ordered-range-reader.mjs", import.meta.url));

/** The range replayed end to end, unless --replay-count says otherwise. */
export function replayCommandCount(o: Pick<BenchOptions, "quick" | "replayCount">): number {
  return o.replayCount ?? (o.quick ? 20_000 : 200_000);
}

/** The lengths read, each by a fresh process: one message, a short range, the whole range. */
const POINTS = [
  { id: "one", label: "1 message", count: () => 1 },
  { id: "short", label: "10,000 messages", count: (n: number) => Math.min(10_000, n) },
  { id: "all", label: "the whole range", count: (n: number) => n },
] as const;

/** The processes compared: the raw reader and three ways an operator runs the command. */
const SIDES = [
  { id: "raw", label: "raw ordered consumer", cli: undefined },
  { id: "protobuf", label: "`replay --format protobuf`", cli: ["--format", "protobuf"] },
  { id: "jsonl", label: "`replay` (JSON Lines)", cli: ["--format", "jsonl"] },
  {
    id: "noverify",
    label: "`replay --format protobuf --no-verify`",
    cli: ["--format", "protobuf", "--no-verify"],
  },
] as const;
type Side = (typeof SIDES)[number];

const TARGETS: Partial<Record<Side["id"], number>> = { protobuf: 0.7, jsonl: 0.4 };
/** Any command's first output, in ms. */
const FIRST_OUTPUT_MS = 300;

let range: SignedRange | undefined;

function argsOf(side: Side, url: string, from: number, to: number, profile: string[]): string[] {
  if (!side.cli) return [...profile, READER, url, range!.stream, String(from), String(to)];
  return [
    ...profile,
    CLI,
    "replay",
    "--from-seq",
    String(from),
    "--to-seq",
    String(to),
    ...side.cli,
    "--reason",
    "replay-command benchmark",
    "--quiet",
    "--server",
    url,
  ];
}

const metrics: MetricSpec[] = SIDES.flatMap((s): MetricSpec[] => [
  { id: `${s.id}.rate`, label: `${s.label}: whole range`, unit: "msg/s", better: "higher" },
  ...POINTS.flatMap((p): MetricSpec[] => [
    {
      id: `${s.id}.${p.id}.first`,
      label: `${s.label}, ${p.label}: first output`,
      unit: "ms",
      better: "lower",
    },
    {
      id: `${s.id}.${p.id}.rss`,
      label: `${s.label}, ${p.label}: peak RSS`,
      unit: "MiB",
      better: "lower",
    },
  ]),
  {
    id: `${s.id}.growth`,
    label: `${s.label}: peak RSS, whole range − 10,000 messages`,
    unit: "MiB",
    better: "lower",
  },
]);

const ratios: RatioSpec[] = SIDES.filter((s) => s.cli).flatMap((s): RatioSpec[] => {
  const target = TARGETS[s.id];
  return [
    {
      id: `${s.id}.ratio`,
      label: `${s.label} / raw, end to end`,
      numerator: `${s.id}.rate`,
      denominator: "raw.rate",
      ...(target === undefined ? {} : { target: { atLeast: target } }),
    },
    {
      id: `${s.id}.first`,
      label: `${s.label}: first output, whole range (ms)`,
      numerator: `${s.id}.all.first`,
      target: { atMost: FIRST_OUTPUT_MS },
    },
    {
      id: `${s.id}.flat`,
      label: `${s.label}: RSS growth, 10,000 messages → whole range (MiB, target: flat)`,
      numerator: `${s.id}.growth`,
      target: { atMost: FLAT_MiB },
    },
  ];
});

/**
 * The real `tongbao replay`, each invocation a fresh process as an operator starts it,
 * against a raw nats.js ordered consumer process reading the same range in the same run.
 */
export const replayCommandScenario: Scenario = {
  name: "replay-command",
  title: "`tongbao replay` as an operator runs it",
  measures: (o) =>
    `${replayCommandCount(o).toLocaleString("en")} signed 1 KiB ThreatBulletins, published once ` +
    "through the bus's own Publisher (1,024 handed over at a time, sealed in groups of 256, " +
    "fsync'd outbox), then read back by fresh processes: `node services/cli/dist/main.js " +
    "replay` with `--format protobuf`, with JSON Lines and with `--format protobuf --no-verify` " +
    "(every message verified against the registry but for the last; `--quiet`, data on a pipe " +
    "the bench reads and counts), and a raw nats.js ordered consumer in a plain Node process " +
    "(`raw/ordered-range-reader.mjs`) that reads the same range and counts it. Each reads 1, " +
    "10,000 and all the messages. Rates run from spawning the process to its exit, start-up " +
    "included; first output is the first byte on stdout (the raw reader prints a line at its " +
    "first message); peak RSS is the kernel's high-water mark (VmHWM) of the process, sampled " +
    "every 20 ms. The order of the four rotates from run to run. Targets: protobuf ≥ 0.7× raw, " +
    `JSON Lines ≥ 0.4×, first output within ${FIRST_OUTPUT_MS} ms, and memory flat in the range: ` +
    `the peak RSS of the whole range at most ${FLAT_MiB} MiB above that of 10,000 messages (by ` +
    "then a replay holds its working set — batches in flight, and from 2,048 messages on the " +
    "hashing thread — which the 1-message figures show without).",
  metrics,
  ratios,
  async setup(ctx) {
    const n = replayCommandCount(ctx.options);
    ctx.log(`publishing ${n} signed messages through the Publisher`);
    range = await storeSignedRange(ctx.url, ctx.workDir, n, ctx.log);
  },
  async run(ctx: BenchContext): Promise<RunResult> {
    if (!range) throw new Error("the signed range was not stored");
    const n = range.lastSeq - range.firstSeq + 1;
    const values: Record<string, number> = {};
    const profile = ctx.options.cpuProf
      ? ["--cpu-prof", `--cpu-prof-dir=${ctx.options.cpuProf}`]
      : [];
    const env = { TONGBAO_HOME: range.home, TONGBAO_ACTOR: "bench" };
    const order = SIDES.map((_, i) => SIDES[(i + ctx.run) % SIDES.length]!);
    for (const point of POINTS) {
      const count = point.count(n);
      const to = range.firstSeq + count - 1;
      for (const side of order) {
        const f: ChildFigures = await timedChild(
          argsOf(side, ctx.url, range.firstSeq, to, profile),
          env,
        );
        values[`${side.id}.${point.id}.first`] = f.firstMs;
        values[`${side.id}.${point.id}.rss`] = f.peakRssMiB;
        if (point.id === "all") values[`${side.id}.rate`] = perSecond(count, f.totalMs);
      }
    }
    for (const side of SIDES)
      values[`${side.id}.growth`] = values[`${side.id}.all.rss`]! - values[`${side.id}.short.rss`]!;
    return { values };
  },
  async teardown(ctx) {
    await using s = await openSession(ctx.url);
    await dropLive(s.nc);
  },
};
