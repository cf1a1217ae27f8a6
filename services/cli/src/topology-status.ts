import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { SOURCED_STREAMS, STREAMS, BUCKETS, bucketStream } from "@tongbao/bus";
import type { Output } from "./command.js";
import type { NationalState } from "./national-bus.js";

export interface NodeRow {
  name: string;
  role: "hub" | "leaf";
  url: string;
  up: boolean;
  version?: string;
  /** The JetStream domain the server reports (not only the one planned). */
  domain?: string;
}

export interface StreamPlacement {
  domain: string;
  stream: string;
  leader?: string;
  replicas: { name: string; current: boolean; lag?: number }[];
  error?: string;
}

export interface LeafLinkRow {
  hubNode: string;
  leaf: string;
  account: string;
  rtt?: string;
  inMsgs?: number;
  outMsgs?: number;
}

export interface SourceRow {
  stream: string;
  /** `$JS.<domain>.API` of the leaf it sources from. */
  from: string;
  /** Messages in the leaf's stream not yet copied, as far as the hub last heard. */
  lag: number;
  /** How long since the hub last heard from the source, ms (grows while the link is down). */
  lastHeardMs: number;
  error?: string;
}

export interface WaitingDurable {
  stream: string;
  durable: string;
  /** Stored on the hub, not yet delivered across to the organisation's leaf. */
  pending: number;
  ackPending: number;
}

export interface NationalStatus {
  nodes: NodeRow[];
  streams: StreamPlacement[];
  leafLinks: LeafLinkRow[];
  sources: SourceRow[];
  waitingDurables: WaitingDurable[];
}

const HUB_STREAMS = [
  ...SOURCED_STREAMS,
  STREAMS.AUDIT,
  bucketStream(BUCKETS.REGISTRY),
  bucketStream(BUCKETS.TRACKING),
];
const LEAF_STREAMS = [...SOURCED_STREAMS, bucketStream(BUCKETS.REGISTRY)];

async function json<T>(url: string): Promise<T | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return res.ok ? ((await res.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The national topology as the operator sees it: each node's health, version and domain
 * (its monitor port), each stream's leader and replicas (the hub's directly, each leaf's
 * through its domain's API over the link), the leaf links (the hub's /leafz), and what waits
 * to cross: each hub source's lag and the pending messages of the provincial authorities'
 * hub durables (`<org>-hub-<status>`).
 */
export async function nationalStatus(
  nc: NatsConnection,
  state: NationalState,
): Promise<NationalStatus> {
  const nodes: NodeRow[] = [];
  const leafLinks: LeafLinkRow[] = [];
  for (const n of state.nodes) {
    const varz = await json<{ version: string; jetstream?: { config?: { domain?: string } } }>(
      `${n.monitorUrl}/varz`,
    );
    const row: NodeRow = { name: n.name, role: n.role, url: n.url, up: varz !== undefined };
    if (varz) row.version = varz.version;
    const domain = varz?.jetstream?.config?.domain;
    if (domain) row.domain = domain;
    nodes.push(row);
    if (n.role !== "hub" || !varz) continue;
    const leafz = await json<{
      leafs?: {
        name: string;
        account: string;
        rtt?: string;
        in_msgs?: number;
        out_msgs?: number;
      }[];
    }>(`${n.monitorUrl}/leafz`);
    for (const l of leafz?.leafs ?? []) {
      leafLinks.push({
        hubNode: n.name,
        leaf: l.name,
        account: l.account,
        ...(l.rtt ? { rtt: l.rtt } : {}),
        ...(l.in_msgs !== undefined ? { inMsgs: l.in_msgs } : {}),
        ...(l.out_msgs !== undefined ? { outMsgs: l.out_msgs } : {}),
      });
    }
  }
  const hub = await jetstreamManager(nc);
  const streams = await placements(hub, state.topology.hub.domain, HUB_STREAMS);
  for (const p of state.topology.provinces) {
    // Over the link: while it is down each of the leaf's streams shows as unreachable.
    const leaf = await jetstreamManager(nc, { domain: p.domain, timeout: 3_000, checkAPI: false });
    streams.push(...(await placements(leaf, p.domain, LEAF_STREAMS)));
  }
  const sources: SourceRow[] = [];
  const waitingDurables: WaitingDurable[] = [];
  for (const stream of SOURCED_STREAMS) {
    const info = await hub.streams.info(stream).catch(() => undefined);
    for (const s of info?.sources ?? []) {
      sources.push({
        stream,
        // The server reports the external API the source uses; nats.js does not type it.
        from: (s as { external?: { api?: string } }).external?.api ?? s.name,
        lag: s.lag,
        lastHeardMs: Math.round(s.active / 1e6),
        ...(s.error ? { error: s.error.description } : {}),
      });
    }
    if (!info) continue;
    for await (const c of hub.consumers.list(stream)) {
      // The hub durables of organisations homed on a leaf (durablesOf in @tongbao/organisations).
      if (!/-hub-(live|exercise|test)(-[0-9a-f]{8})?$/.test(c.name)) continue;
      waitingDurables.push({
        stream,
        durable: c.name,
        pending: c.num_pending,
        ackPending: c.num_ack_pending,
      });
    }
  }
  return { nodes, streams, leafLinks, sources, waitingDurables };
}

async function placements(
  jsm: JetStreamManager,
  domain: string,
  names: readonly string[],
): Promise<StreamPlacement[]> {
  const rows: StreamPlacement[] = [];
  for (const stream of names) {
    try {
      const info = await jsm.streams.info(stream);
      rows.push({
        domain,
        stream,
        ...(info.cluster?.leader ? { leader: info.cluster.leader } : {}),
        replicas: (info.cluster?.replicas ?? []).map((r) => ({
          name: r.name,
          current: r.current,
          ...(r.lag !== undefined ? { lag: r.lag } : {}),
        })),
      });
    } catch (err) {
      rows.push({ domain, stream, replicas: [], error: (err as Error).message });
    }
  }
  return rows;
}

export function showNational(s: NationalStatus, out: Output): void {
  out.log("NODE      ROLE  STATE  VERSION   DOMAIN    URL");
  for (const n of s.nodes) {
    out.log(
      `${n.name.padEnd(9)} ${n.role.padEnd(5)} ${(n.up ? "up" : "down").padEnd(6)} ${(n.version ?? "-").padEnd(9)} ${(n.domain ?? "-").padEnd(9)} ${n.url}`,
    );
  }
  out.log("\nDOMAIN    STREAM          LEADER    REPLICAS");
  for (const r of s.streams) {
    const replicas = r.replicas
      .map((x) => `${x.name}${x.current ? "" : " (behind)"}${x.lag ? ` lag ${x.lag}` : ""}`)
      .join(", ");
    out.log(
      `${r.domain.padEnd(9)} ${r.stream.padEnd(15)} ${(r.leader ?? "-").padEnd(9)} ${r.error ? `unreachable: ${r.error}` : replicas || "(single node)"}`,
    );
  }
  out.log("\nLEAF LINK  HUB NODE  ACCOUNT   RTT        IN/OUT MSGS");
  if (s.leafLinks.length === 0) out.log("(no leaf linked)");
  for (const l of s.leafLinks) {
    out.log(
      `${l.leaf.padEnd(10)} ${l.hubNode.padEnd(9)} ${l.account.padEnd(9)} ${(l.rtt ?? "-").padEnd(10)} ${l.inMsgs ?? "-"}/${l.outMsgs ?? "-"}`,
    );
  }
  out.log("\nWAITING TO CROSS");
  for (const x of s.sources) {
    out.log(
      `  source ${x.stream.padEnd(14)} from ${x.from.padEnd(18)} lag ${String(x.lag).padStart(6)}  last heard ${Math.round(x.lastHeardMs / 1000)} s ago${x.error ? `  (${x.error})` : ""}`,
    );
  }
  for (const d of s.waitingDurables) {
    out.log(
      `  durable ${d.durable.padEnd(22)} ${d.stream.padEnd(13)} pending ${String(d.pending).padStart(6)}  ack-pending ${d.ackPending}`,
    );
  }
}
