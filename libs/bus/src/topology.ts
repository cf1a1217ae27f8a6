import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { statusSubjects, statusToken, type StatusToken } from "./subjects.js";
import {
  topologyConfig,
  type TopologyConfig,
  type TopologyConfigInput,
} from "./topology-config.js";

/**
 * The streams and buckets of the bus, in one place. Traffic is split by status so that drills
 * and tests can never sit in the stream live consumers read, and each can be kept for its own
 * time; rejected input and operator actions have streams of their own.
 */
export const STREAMS = {
  LIVE: "TB_LIVE",
  EXERCISE: "TB_EXERCISE",
  TEST: "TB_TEST",
  QUARANTINE: "TB_QUARANTINE",
  AUDIT: "TB_AUDIT",
} as const;

export const BUCKETS = {
  REGISTRY: "tb_registry",
  TRACKING: "tb_tracking",
  /** Signed checkpoints of the streams (libs/bus/src/checkpoint): the operator's alone. */
  CHECKPOINTS: "tb_checkpoints",
} as const;

/** The stream that stores traffic of a status. */
export function streamForStatus(status: number | StatusToken): string {
  const token = statusToken(status);
  return token === "live" ? STREAMS.LIVE : token === "exercise" ? STREAMS.EXERCISE : STREAMS.TEST;
}

/** The status whose traffic a stream stores, if it is a traffic stream. */
export function statusOfStream(stream: string): StatusToken | undefined {
  return stream === STREAMS.LIVE
    ? "live"
    : stream === STREAMS.EXERCISE
      ? "exercise"
      : stream === STREAMS.TEST
        ? "test"
        : undefined;
}

/** Name of the stream behind a KV bucket. */
export function bucketStream(bucket: string): string {
  return `KV_${bucket}`;
}

/** The stream configurations the bus wants, KV buckets included, from a configuration. */
export function wantedStreams(input: TopologyConfig | TopologyConfigInput = {}): StreamConfig[] {
  const config = topologyConfig(input);
  const storage = config.storage === "memory" ? StorageType.Memory : StorageType.File;
  const dup = nanos(config.duplicateWindowMs);
  const stream = (
    name: string,
    subjects: string[],
    s: TopologyConfig["streams"]["live"],
    keepForever: boolean,
    direct: boolean,
  ): StreamConfig =>
    ({
      name,
      subjects,
      retention: RetentionPolicy.Limits,
      storage,
      num_replicas: s.replicas,
      max_age: nanos(s.maxAgeMs),
      max_bytes: s.maxBytes,
      max_msgs: -1,
      max_msgs_per_subject: -1,
      max_msg_size: -1,
      max_consumers: -1,
      discard: DiscardPolicy.Old,
      duplicate_window: dup,
      // Direct get answers only accounts granted it (the tracker, rebuilding); departments
      // read through their pinned durables. Quarantine and audit are the operator's alone.
      allow_direct: direct,
      // The live record and the audit trail cannot be edited through the API.
      deny_delete: keepForever,
      deny_purge: keepForever,
      allow_rollup_hdrs: false,
    }) as StreamConfig;
  const bucket = (name: string, b: TopologyConfig["buckets"]["registry"]): StreamConfig =>
    ({
      name: bucketStream(name),
      subjects: [`$KV.${name}.>`],
      retention: RetentionPolicy.Limits,
      storage,
      num_replicas: b.replicas,
      max_age: 0,
      max_bytes: b.maxBytes,
      max_msgs: -1,
      max_msgs_per_subject: b.history,
      max_msg_size: -1,
      max_consumers: -1,
      // KV semantics (as nats.js creates buckets): new writes fail rather than evict when full,
      // purges roll a key up.
      discard: DiscardPolicy.New,
      duplicate_window: dup,
      // Members read the registry by direct get (the answer goes back into their account).
      allow_direct: true,
      deny_delete: true,
      deny_purge: false,
      allow_rollup_hdrs: true,
    }) as StreamConfig;
  const s = config.streams;
  return [
    stream(STREAMS.LIVE, [statusSubjects("live")], s.live, true, true),
    stream(STREAMS.EXERCISE, [statusSubjects("exercise")], s.exercise, false, true),
    stream(STREAMS.TEST, [statusSubjects("test")], s.test, false, true),
    stream(STREAMS.QUARANTINE, ["tbq.>"], s.quarantine, false, false),
    stream(STREAMS.AUDIT, ["tba.>"], s.audit, true, false),
    bucket(BUCKETS.REGISTRY, config.buckets.registry),
    bucket(BUCKETS.TRACKING, config.buckets.tracking),
    bucket(BUCKETS.CHECKPOINTS, config.buckets.checkpoints),
  ];
}

/** One setting of an existing stream that differs from what the bus wants. */
export interface Drift {
  stream: string;
  field: string;
  wanted: unknown;
  actual: unknown;
  /** Whether provision changed the stream to the wanted value. */
  fixed: boolean;
  /** Why it was not fixed. */
  reason?: string;
}

export interface ProvisionReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  drift: Drift[];
}

export interface ProvisionOptions {
  /** Only compare and report; change nothing (default false). */
  dryRun?: boolean;
  /** Also apply changes that can discard stored messages (shorter max_age, smaller limits). */
  allowDataLoss?: boolean;
}

// Settings compared with what exists. Limits can be changed in place; the others cannot be
// changed on a live stream at all, so their drift is reported for an operator to decide.
const LIMIT_FIELDS = [
  "max_age",
  "max_bytes",
  "max_msgs",
  "max_msgs_per_subject",
  "max_msg_size",
] as const;
const UPDATABLE_FIELDS = [
  "subjects",
  "num_replicas",
  "duplicate_window",
  "discard",
  "allow_direct",
  "deny_delete",
  "deny_purge",
  "allow_rollup_hdrs",
] as const;
const FIXED_FIELDS = ["retention", "storage"] as const;

/**
 * Creates the bus's streams and buckets, or compares them with what exists and reports the
 * drift. Idempotent: a second run reports everything unchanged. Safe differences are fixed;
 * a change that would discard stored messages (a shorter max_age, a smaller limit) is
 * reported and left alone unless allowDataLoss is set, and storage or retention changes are
 * never attempted.
 */
export async function provision(
  jsm: JetStreamManager,
  config: TopologyConfig | TopologyConfigInput = {},
  opts: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const report: ProvisionReport = { created: [], updated: [], unchanged: [], drift: [] };
  for (const wanted of wantedStreams(config)) {
    const actual = await existing(jsm, wanted.name);
    if (!actual) {
      if (!opts.dryRun) await addWhenPlaced(jsm, wanted);
      report.created.push(wanted.name);
      continue;
    }
    const drift = compare(wanted, actual, opts);
    report.drift.push(...drift);
    const fix = drift.filter((d) => d.fixed);
    if (fix.length > 0 && !opts.dryRun) {
      const update = { ...actual };
      for (const d of fix) (update as Record<string, unknown>)[d.field] = d.wanted;
      try {
        await jsm.streams.update(wanted.name, update);
      } catch (err) {
        for (const d of fix) {
          d.fixed = false;
          d.reason = `the server refused the update: ${err instanceof Error ? err.message : String(err)}`;
        }
      }
    }
    if (drift.length === 0) report.unchanged.push(wanted.name);
    else if (drift.some((d) => d.fixed)) report.updated.push(wanted.name);
  }
  return report;
}

/** JetStream's "no suitable peers for placement". */
const NO_PEERS_FOR_PLACEMENT = 10005;
/** How long a freshly started cluster may take to know its peers before provisioning gives up. */
const PLACEMENT_WAIT_MS = 30_000;

/**
 * Adds a stream, waiting out a cluster that has just formed: its meta-leader can count every
 * node current before it has the peers' server information that placement reads, and refuses
 * an R3 stream with "no suitable peers" meanwhile. Any other refusal, or that one after the
 * wait, is the caller's.
 */
async function addWhenPlaced(jsm: JetStreamManager, wanted: StreamConfig): Promise<void> {
  const deadline = Date.now() + PLACEMENT_WAIT_MS;
  for (let pause = 100; ; pause = Math.min(pause * 2, 2_000)) {
    try {
      await jsm.streams.add(wanted);
      return;
    } catch (err) {
      const unplaced = err instanceof JetStreamApiError && err.code === NO_PEERS_FOR_PLACEMENT;
      if (!unplaced || Date.now() + pause > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

function compare(wanted: StreamConfig, actual: StreamConfig, opts: ProvisionOptions): Drift[] {
  const drift: Drift[] = [];
  const w = wanted as unknown as Record<string, unknown>;
  const a = actual as unknown as Record<string, unknown>;
  const differs = (f: string): boolean => !same(w[f], a[f]);
  for (const f of LIMIT_FIELDS) {
    if (!differs(f)) continue;
    const shrinks = unlimited(a[f])
      ? !unlimited(w[f])
      : !unlimited(w[f]) && Number(w[f]) < Number(a[f]);
    const entry: Drift = {
      stream: wanted.name,
      field: f,
      wanted: w[f],
      actual: a[f],
      fixed: !opts.dryRun,
    };
    if (shrinks && !opts.allowDataLoss) {
      entry.fixed = false;
      entry.reason = "the change could discard stored messages; run with allowDataLoss to apply it";
    }
    drift.push(entry);
  }
  for (const f of UPDATABLE_FIELDS) {
    if (differs(f))
      drift.push({
        stream: wanted.name,
        field: f,
        wanted: w[f],
        actual: a[f],
        fixed: !opts.dryRun,
      });
  }
  for (const f of FIXED_FIELDS) {
    if (differs(f)) {
      drift.push({
        stream: wanted.name,
        field: f,
        wanted: w[f],
        actual: a[f],
        fixed: false,
        reason: `${f} cannot be changed on an existing stream; recreate it to change it`,
      });
    }
  }
  if (opts.dryRun) for (const d of drift) d.reason ??= "dry run";
  return drift;
}

async function existing(jsm: JetStreamManager, name: string): Promise<StreamConfig | undefined> {
  try {
    return (await jsm.streams.info(name)).config;
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound)
      return undefined;
    throw new TongbaoError("TB_ERR_UNAVAILABLE", `cannot read stream ${name}: ${String(err)}`, {
      cause: err,
    });
  }
}

/** 0 and -1 both mean "no limit" to the server, and an absent field is its default. */
function unlimited(v: unknown): boolean {
  return v === undefined || v === null || v === 0 || v === -1;
}

function same(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && [...x].sort().every((v, i) => v === [...y].sort()[i]);
  }
  if (typeof x === "boolean" || typeof y === "boolean") return Boolean(x) === Boolean(y);
  if (unlimited(x) && unlimited(y) && (typeof x === "number" || typeof y === "number")) return true;
  return x === y;
}
