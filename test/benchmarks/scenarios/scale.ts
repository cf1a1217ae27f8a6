import { natsServerBinaries, type NatsServerBinary } from "@tongbao/nats-server";
import { generateProfiles, loadProfiles, PROVINCES } from "@tongbao/organisations";
import { measureScalePoint, type ScaleFigures } from "../scale/bring-up.js";
import type { BenchContext, MetricSpec, RatioSpec, RunResult, Scenario } from "../types.js";

/** The ten departments and each province's two authorities: the rest are sub-offices. */
const BASE = 10 + 2 * PROVINCES.length;
const SIZES = [80, 300];
/** The issue's comparison: the newest release on one node and on R3, and 2.9.10 on one node. */
const SETUPS = [
  { key: "new1", label: "newest, one node", release: "newest", nodes: 1 },
  { key: "new3", label: "newest, R3 cluster", release: "newest", nodes: 3 },
  { key: "old1", label: "2.9, one node", release: "2.9", nodes: 1 },
] as const;
const PROCESSES = 4;

const FIGURES: { id: keyof ScaleFigures; label: string; unit: string }[] = [
  { id: "upS", label: "bring-up (security files, server, provision, first pulls)", unit: "s" },
  { id: "provisionS", label: "of which provision", unit: "s" },
  { id: "consumers", label: "consumers", unit: "" },
  { id: "raftGroups", label: "Raft groups", unit: "" },
  { id: "serverRssMiB", label: "server RSS (highest node)", unit: "MiB" },
  { id: "serverIdleCpuPercent", label: "idle server CPU (busiest node)", unit: "% of a core" },
  {
    id: "serviceKiBPerOrg",
    label: "subscriber memory per organisation (growth over the bare process)",
    unit: "KiB",
  },
  { id: "p50Ms", label: "broadcast → follower p50", unit: "ms" },
  { id: "p99Ms", label: "broadcast → follower p99", unit: "ms" },
  { id: "allFollowersMs", label: "broadcast → last follower (median)", unit: "ms" },
];

const points = (o: { quick: boolean }) =>
  SETUPS.flatMap((s) => (o.quick ? [SIZES[0]!] : SIZES).map((n) => ({ ...s, n })));

const metrics: MetricSpec[] = SETUPS.flatMap((s) =>
  SIZES.flatMap((n) =>
    FIGURES.map((f) => ({
      id: `${s.key}.${n}.${f.id}`,
      label: `${s.label}, ${n} orgs: ${f.label}`,
      unit: f.unit,
      better: "lower" as const,
    })),
  ),
);

const ratios: RatioSpec[] = [
  { id: "r3.up", label: "R3, 300 orgs: up (s)", numerator: "new3.300.upS", target: { atMost: 30 } },
  {
    id: "r3.cpu",
    label: "R3, 300 orgs: idle CPU per node (% of a core)",
    numerator: "new3.300.serverIdleCpuPercent",
    target: { atMost: 10 },
  },
  {
    id: "r3.p99",
    label: "R3, 300 orgs: broadcast at every follower, p99 (ms)",
    numerator: "new3.300.p99Ms",
    target: { atMost: 1000 },
  },
];

function pick(bins: NatsServerBinary[], release: "newest" | "2.9"): NatsServerBinary | undefined {
  return release === "newest" ? bins[0] : bins.find((b) => b.version.startsWith("2.9."));
}

/** Many organisations: what bring-up, rest and one national broadcast cost at 80 and 300. */
export const scaleScenario: Scenario = {
  name: "scale",
  title: "Scale: 80 and 300 organisations, one node and an R3 cluster",
  measures: (o) =>
    `For each of ${points(o)
      .map((p) => `${p.label} × ${p.n}`)
      .join(
        ", ",
      )} organisations (\`tongbao profiles generate --sub-offices ${SIZES.map((n) => n - BASE).join("|")}\`), ` +
    `from nothing: the broker's security files (TLS, an nkey user and an account per organisation), ` +
    `the server or a 3-node cluster started on them, \`tongbao provision\`'s provisionBus as the operator ` +
    `(streams, buckets and durables R3 on the cluster; the registry), and every organisation's first pull: ` +
    `one connection per organisation under its own credentials with the bus's DurablePuller on each of its ` +
    `durables, ${PROCESSES} processes holding them all (a department service would be one process each). ` +
    `Consumers and Raft groups from /jsz, server RSS and CPU from /proc over a ${idleSeconds(o)} s idle window, ` +
    `then ${broadcasts(o)} national bulletins (tb.live.bulletin.all.miit, published by the operator) ` +
    `timed from publish to each following organisation's pull. One run per point.`,
  metrics,
  ratios,
  runs: () => 1,
  async run(ctx: BenchContext): Promise<RunResult> {
    const result: RunResult = { values: {}, unavailable: {}, notes: [] };
    const bins = await natsServerBinaries();
    const handWritten = await loadProfiles();
    for (const point of points(ctx.options)) {
      const prefix = `${point.key}.${point.n}`;
      const bin = pick(bins, point.release);
      if (!bin) {
        for (const f of FIGURES)
          result.unavailable![`${prefix}.${f.id}`] = `no nats-server ${point.release} here`;
        continue;
      }
      ctx.log(`${point.label} (nats-server ${bin.version}), ${point.n} organisations`);
      const profiles = generateProfiles(handWritten, {
        provinces: "all",
        subOffices: point.n - BASE,
      });
      try {
        const f = await measureScalePoint({
          binary: bin.path,
          version: bin.version,
          nodes: point.nodes,
          profiles,
          processes: PROCESSES,
          broadcasts: broadcasts(ctx.options),
          idleWindowMs: idleSeconds(ctx.options) * 1000,
          log: ctx.log,
        });
        for (const fig of FIGURES) result.values[`${prefix}.${fig.id}`] = f[fig.id];
        result.notes!.push(
          `${point.label}, ${point.n} organisations: nats-server ${bin.version}; security files ${f.securityS.toFixed(1)} s, ` +
            `server ${f.serverS.toFixed(1)} s, provision ${f.provisionS.toFixed(1)} s, first pulls ${f.firstPullsS.toFixed(1)} s; ` +
            `${f.followers} organisations follow the bulletin; subscriber processes ${f.serviceRssMiB.toFixed(0)} MiB in all.`,
        );
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        ctx.log(`failed: ${why}`);
        for (const fig of FIGURES) result.unavailable![`${prefix}.${fig.id}`] = why;
      }
    }
    return result;
  },
};

function broadcasts(o: { quick: boolean }): number {
  return o.quick ? 3 : 10;
}

function idleSeconds(o: { quick: boolean }): number {
  return o.quick ? 5 : 15;
}
