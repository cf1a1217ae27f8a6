import type { NatsServer } from "./nats-server.js";
import { waitFor } from "./wait-for.js";

/** The part of /jsz that tells whether a cluster's JetStream is ready. */
interface Jsz {
  meta_cluster?: {
    leader?: string;
    cluster_size?: number;
    /** The other nodes, and whether each is caught up as the answering node sees it. */
    replicas?: { name: string; current?: boolean; offline?: boolean }[];
  };
}

/**
 * Resolves with the meta-leader's name once every running node of a cluster agrees on it and
 * the leader sees every other running node as a current, online peer.
 */
export async function waitForMetaLeader(
  servers: readonly NatsServer[],
  timeout = 30_000,
): Promise<string> {
  return waitFor(
    async () => {
      const running = servers.filter((s) => s.running);
      const views = await Promise.all(running.map((s) => s.monitor<Jsz>("/jsz")));
      const leader = views[0]?.meta_cluster?.leader;
      if (!leader || views.some((v) => v.meta_cluster?.leader !== leader)) return undefined;
      if (running.length === 1) return leader;
      // The leader's own view lists its peers but not itself (2.9/2.10 list peers only there;
      // 2.11+ list them on every node, each node leaving out itself).
      const own = views.find(
        (v) => v.meta_cluster?.replicas && !v.meta_cluster.replicas.some((r) => r.name === leader),
      );
      const current = (own?.meta_cluster?.replicas ?? []).filter((r) => r.current && !r.offline);
      return current.length >= running.length - 1 ? leader : undefined;
    },
    { timeout, name: "JetStream meta-leader with every node a current peer" },
  );
}
