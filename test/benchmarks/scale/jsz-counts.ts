import type { NatsServer } from "@tongbao/nats-server";

interface ClusterInfo {
  raft_group?: string;
  replicas?: unknown[];
}
interface Jsz {
  consumers?: number;
  meta_cluster?: { cluster_size?: number };
  account_details?: {
    stream_detail?: {
      cluster?: ClusterInfo;
      consumer_detail?: { cluster?: ClusterInfo }[];
    }[];
  }[];
}

/**
 * Consumers and Raft groups as one node's /jsz reports them. Every R3 stream and every
 * durable on it is a Raft group of its own (its leader heartbeats the followers even when
 * nothing moves), plus the meta group; a single node has none.
 */
export async function jetStreamCounts(
  node: NatsServer,
): Promise<{ consumers: number; raftGroups: number }> {
  const jsz = await node.monitor<Jsz>("/jsz?accounts=true&streams=true&consumers=true");
  const groups = new Set<string>();
  for (const a of jsz.account_details ?? []) {
    for (const s of a.stream_detail ?? []) {
      if (s.cluster?.raft_group) groups.add(s.cluster.raft_group);
      for (const c of s.consumer_detail ?? [])
        if (c.cluster?.raft_group) groups.add(c.cluster.raft_group);
    }
  }
  const meta = (jsz.meta_cluster?.cluster_size ?? 0) > 1 ? 1 : 0;
  return { consumers: jsz.consumers ?? 0, raftGroups: groups.size + meta };
}
