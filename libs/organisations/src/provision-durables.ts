import {
  AckPolicy,
  DeliverPolicy,
  type ConsumerConfig,
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
  for (const d of wanted.values()) {
    const config = durableConfig(d, settings);
    const info = await jsm.consumers.info(d.stream, d.name).catch(() => undefined);
    if (!info) {
      if (!opts.dryRun) await jsm.consumers.add(d.stream, config);
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
      filters.length === d.filters.length &&
      filters.every((f, i) => f === d.filters[i]);
    if (same) {
      report.unchanged.push(d.name);
      continue;
    }
    if (!opts.dryRun) await jsm.consumers.update(d.stream, d.name, updatable(config));
    report.updated.push(d.name);
  }
  // An organisation's durables not in the plan: left by a profile change or an older server.
  const owners = accounts.map((a) => a.orgId);
  for (const stream of streams) {
    for await (const c of jsm.consumers.list(stream)) {
      const name = c.name;
      if (wanted.has(`${stream}/${name}`) || !owners.some((o) => isDurableOf(o, name))) continue;
      report.stale.push(`${stream}/${name}`);
      if (opts.prune && !opts.dryRun) {
        await jsm.consumers.delete(stream, name);
        report.deleted.push(`${stream}/${name}`);
      }
    }
  }
  return report;
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
  };
}

function updatable(c: Partial<ConsumerConfig>): Partial<ConsumerConfig> {
  const { durable_name: _n, ack_policy: _a, deliver_policy: _d, ...rest } = c;
  return rest;
}
