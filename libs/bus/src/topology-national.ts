import {
  DiscardPolicy,
  RetentionPolicy,
  type JetStreamManager,
  type StreamConfig,
  type StreamSource,
} from "@nats-io/jetstream";
import { BUCKETS, STREAMS, bucketStream, wantedStreams } from "./topology.js";
import { topologyConfig, type TopologyConfigInput } from "./topology-config.js";

/**
 * The streams a provincial leaf keeps and the hub sources from it: the province's own
 * traffic and what its members set aside. Audit and tracking stay on the hub, where the
 * operator and the tracker work.
 */
export const SOURCED_STREAMS = [
  STREAMS.LIVE,
  STREAMS.EXERCISE,
  STREAMS.TEST,
  STREAMS.QUARANTINE,
] as const;

/** The JetStream API prefix of a domain, as sourcing and mirroring across domains name it. */
export function domainApi(domain: string): string {
  return `$JS.${domain}.API`;
}

/**
 * The streams of a provincial leaf: its traffic and quarantine streams, capturing what the
 * province's organisations publish there, and a read-only mirror of the hub's registry, so
 * members verify signatures while the uplink is down. The mirror republishes each record it
 * copies on the bucket's own subjects inside the leaf: the registry's live feed, since the
 * server never carries `$KV.>` across a leaf link between JetStream domains.
 */
export function leafStreams(input: TopologyConfigInput, hubDomain: string): StreamConfig[] {
  const config = topologyConfig(input);
  const own = wantedStreams(config).filter((s) =>
    (SOURCED_STREAMS as readonly string[]).includes(s.name),
  );
  const registry = config.buckets.registry;
  const registryStream = bucketStream(BUCKETS.REGISTRY);
  const mirror = {
    name: registryStream,
    retention: RetentionPolicy.Limits,
    storage: own[0]!.storage,
    num_replicas: registry.replicas,
    max_msgs_per_subject: registry.history,
    max_bytes: registry.maxBytes,
    discard: DiscardPolicy.New,
    allow_direct: true,
    mirror_direct: true,
    deny_delete: true,
    mirror: { name: registryStream, external: { api: domainApi(hubDomain), deliver: "" } },
    republish: { src: `$KV.${BUCKETS.REGISTRY}.>`, dest: `$KV.${BUCKETS.REGISTRY}.>` },
  } as unknown as StreamConfig;
  return [...own, mirror];
}

/**
 * Creates the leaf's streams that are missing (idempotent). Their settings come from the same
 * defaults as the hub's; a leaf has one node, so they are R1 unless the input says otherwise.
 */
export async function provisionLeaf(
  jsm: JetStreamManager,
  input: TopologyConfigInput,
  hubDomain: string,
): Promise<{ created: string[]; unchanged: string[] }> {
  const report = { created: [] as string[], unchanged: [] as string[] };
  for (const wanted of leafStreams(input, hubDomain)) {
    const exists = await jsm.streams.info(wanted.name).then(
      () => true,
      () => false,
    );
    if (exists) report.unchanged.push(wanted.name);
    else {
      await jsm.streams.add(wanted);
      report.created.push(wanted.name);
    }
  }
  return report;
}

/** The sources a hub stream has for these leaf domains. */
export function provinceSources(stream: string, domains: readonly string[]): StreamSource[] {
  return domains.map(
    (d) => ({ name: stream, external: { api: domainApi(d), deliver: "" } }) as StreamSource,
  );
}

/**
 * Has each of the hub's traffic and quarantine streams source the same stream of every leaf
 * domain, so a province's messages enter the national record once and in order, whatever
 * the link does (a source remembers the last sequence it copied and resumes after it). The
 * hub never sources back into a leaf: a stream sourced from a stream that sources it would
 * copy every message round and round. Returns the streams it changed.
 */
export async function sourceProvinces(
  jsm: JetStreamManager,
  domains: readonly string[],
): Promise<string[]> {
  const changed: string[] = [];
  for (const stream of SOURCED_STREAMS) {
    const info = await jsm.streams.info(stream);
    const wanted = provinceSources(stream, domains);
    const have = (info.config.sources ?? []).map((s) => s.external?.api ?? "").sort();
    if (JSON.stringify(have) === JSON.stringify(wanted.map((s) => s.external!.api).sort()))
      continue;
    await jsm.streams.update(stream, { ...info.config, sources: wanted });
    changed.push(stream);
  }
  return changed;
}
