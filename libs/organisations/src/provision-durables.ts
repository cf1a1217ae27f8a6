import {
  AckPolicy,
  DeliverPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import type { OrganisationAccount } from "./accounts.js";
import { isDurableOf, type OrganisationDurable } from "./durables.js";

/** Delivery settings of the organisations' durables: the bus Consumer's defaults. */
export interface DurableSettings {
  /** Ack wait in ms (the Consumer's ackWaitMs, 30 s). */
  ackWaitMs?: number;
  /** The Consumer's maxDeliver (5); the durable allows one more delivery, as the Consumer does. */
  maxDeliver?: number;
  /** The Consumer's maxAckPending (256). */
  maxAckPending?: number;
}

export interface DurableReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Durables of a planned organisation that the plan no longer has (filters changed). */
  stale: string[];
  /** Stale durables deleted (with `prune`). */
  deleted: string[];
}

/**
 * Creates, with the operator's credentials, the durables organisations read through, with
 * their filters pinned; brings their settings and filters to the plan; reports (and with
 * `prune` deletes) an organisation's durables the plan no longer names. Idempotent: a second
 * run reports everything unchanged.
 */
export async function provisionDurables(
  jsm: JetStreamManager,
  accounts: readonly OrganisationAccount[],
  settings: DurableSettings = {},
  opts: { prune?: boolean; dryRun?: boolean } = {},
): Promise<DurableReport> {
  const report: DurableReport = { created: [], updated: [], unchanged: [], stale: [], deleted: [] };
  const wanted = new Map<string, OrganisationDurable>();
  for (const a of accounts) for (const d of a.durables) wanted.set(`${d.stream}/${d.name}`, d);
  const streams = new Set([...wanted.values()].map((d) => d.stream));
  // One listing per stream rather than one info request per durable: at 300 organisations
  // that is a few requests instead of hundreds, each a round trip to the meta-leader.
  const existing = new Map<string, ConsumerInfo>();
  for (const stream of streams)
    for await (const c of jsm.consumers.list(stream)) existing.set(`${stream}/${c.name}`, c);
  const changes: (() => Promise<unknown>)[] = [];
  for (const [key, d] of wanted) {
    const config = durableConfig(d, settings);
    const info = existing.get(key);
    if (!info) {
      changes.push(() => jsm.consumers.add(d.stream, config));
      report.created.push(d.name);
      continue;
    }
    const c = info.config;
    const filters = c.filter_subjects?.length
      ? c.filter_subjects
      : c.filter_subject
        ? [c.filter_subject]
        : [];
    const same =
      c.ack_wait === config.ack_wait &&
      c.max_deliver === config.max_deliver &&
      c.max_ack_pending === config.max_ack_pending &&
      (c.num_replicas || 0) === (config.num_replicas || 0) &&
      filters.length === d.filters.length &&
      filters.every((f, i) => f === d.filters[i]);
    if (same) {
      report.unchanged.push(d.name);
      continue;
    }
    changes.push(() => jsm.consumers.update(d.stream, d.name, updatable(config)));
    report.updated.push(d.name);
  }
  // An organisation's durables not in the plan: left by a profile change or an older server.
  const owners = accounts.map((a) => a.orgId);
  const stale = [...existing.keys()].filter((key) => {
    const name = key.slice(key.indexOf("/") + 1);
    return !wanted.has(key) && owners.some((o) => isDurableOf(o, name));
  });
  for (const key of stale) {
    report.stale.push(key);
    if (!opts.prune || opts.dryRun) continue;
    const [stream, name] = [key.slice(0, key.indexOf("/")), key.slice(key.indexOf("/") + 1)];
    changes.push(() => jsm.consumers.delete(stream, name));
    report.deleted.push(key);
  }
  if (!opts.dryRun) await inParallel(changes, PARALLEL_CHANGES);
  return report;
}

/**
 * Consumer changes in flight at once. Each is a request the meta-leader answers after its
 * Raft group agrees (on a cluster, a new Raft group per durable): one at a time, 300
 * organisations' durables took most of a bring-up; many more at once only queue there.
 */
const PARALLEL_CHANGES = 16;

async function inParallel(
  tasks: readonly (() => Promise<unknown>)[],
  width: number,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

function durableConfig(d: OrganisationDurable, s: DurableSettings): Partial<ConsumerConfig> {
  return {
    durable_name: d.name,
    ...(d.filters.length === 1
      ? { filter_subject: d.filters[0]! }
      : { filter_subjects: d.filters }),
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(s.ackWaitMs ?? 30_000),
    max_deliver: (s.maxDeliver ?? 5) + 1,
    max_ack_pending: s.maxAckPending ?? 256,
    // 0: the stream's replicas (what the server reports for a durable created without one).
    num_replicas: d.replicas ?? 0,
  };
}

function updatable(c: Partial<ConsumerConfig>): Partial<ConsumerConfig> {
  const { durable_name: _n, ack_policy: _a, deliver_policy: _d, ...rest } = c;
  return rest;
}
