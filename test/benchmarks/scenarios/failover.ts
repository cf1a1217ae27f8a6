import { OPERATOR } from "@tongbao/organisations";
import {
  AddressedLoad,
  killLeader,
  restartFollower,
  restartWholeCluster,
  type FaultTimes,
} from "../../chaos/faults.js";
import { HubCluster } from "../../chaos/hub-cluster.js";
import type { BenchContext, MetricSpec, RunResult, Scenario } from "../types.js";

/** The faults of the chaos suite (test/chaos), each on a hub of its own, timed. */
const FAULTS = [
  ["leader", "kill -9 of TB_LIVE's leader", killLeader],
  ["follower", "a follower killed and brought back", restartFollower],
  ["cluster", "every node killed and started again", restartWholeCluster],
] as const;

const metrics: MetricSpec[] = FAULTS.flatMap(([id, label]) => [
  {
    id: `${id}.unavailableMs`,
    label: `${label}: time without service`,
    unit: "ms",
    better: "lower" as const,
  },
  {
    id: `${id}.catchUpMs`,
    label: `${label}: time to catch up`,
    unit: "ms",
    better: "lower" as const,
  },
]);

export const failoverScenario: Scenario = {
  name: "failover",
  title: "Faults on the hub: time without service and time to catch up",
  measures: () =>
    "Each fault of the chaos suite on a fresh secure 3-node hub (TLS, an account per " +
    "organisation, streams R3) with MIIT sending addressed notices to NEA through its HTTP " +
    "API and outbox, at most 10 unreceipted: kill -9 of TB_LIVE's stream leader under that " +
    "load; a follower killed under load and restarted after it; every node killed, notices " +
    "accepted into the outbox meanwhile, every node started again. Time without service: " +
    "from the kill (for the whole cluster, from the restart) to the first message the stream " +
    "stored after it (its own timestamp). Time to catch up: from the restart (the kill when " +
    "nothing is restarted) until the test's own operator reader finds every accepted notice " +
    "stored exactly once, nothing stored twice and every notice receipted (for the follower, " +
    "also its replica holding every message). The bench server is not used.",
  metrics,
  ratios: [],
  runs: (o) => (o.quick ? 1 : Math.min(o.runs, 3)),
  async run(ctx: BenchContext): Promise<RunResult> {
    const values: Record<string, number> = {};
    for (const [id, label, fault] of FAULTS) {
      ctx.log(`failover: ${label}`);
      const hub = await HubCluster.start(["miit", "nea"]);
      const nc = await hub.connect(OPERATOR);
      try {
        const t: FaultTimes = await fault(hub, nc, new AddressedLoad(hub, "miit", "nea"));
        values[`${id}.unavailableMs`] = t.unavailableMs;
        values[`${id}.catchUpMs`] = t.catchUpMs;
      } finally {
        // A failed clean-up must not hide what failed in the fault.
        await nc.close().catch(() => undefined);
        await hub.stop().catch((err: unknown) => ctx.log(`failover: clean-up: ${String(err)}`));
      }
    }
    return { values };
  },
};
