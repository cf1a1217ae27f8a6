import type { JetStreamManager, StoredMsg } from "@nats-io/jetstream";
import { subjectMatches } from "@tongbao/organisations";

/**
 * What the operator sees of the owner account, in numbers an attack would move: every
 * stream's configuration, sequences and per-subject counts, and every durable's delivery
 * state. Two ledgers, read before and after a battery, say what changed.
 */
export interface Ledger {
  streams: Map<string, StreamEntry>;
  durables: Map<string, DurableEntry>;
}

export interface StreamEntry {
  config: string;
  firstSeq: number;
  lastSeq: number;
  messages: number;
  deleted: number;
  subjects: Record<string, number>;
}

export interface DurableEntry {
  stream: string;
  name: string;
  config: string;
  filters: string[];
  delivered: number;
  ackFloor: number;
  pending: number;
  ackPending: number;
  redelivered: number;
  /** Pull requests waiting: a service is reading it. */
  waiting: number;
  /** Named (durable), as opposed to an ephemeral consumer of the operator's own tools. */
  durable: boolean;
}

export async function readLedger(jsm: JetStreamManager): Promise<Ledger> {
  const streams = new Map<string, StreamEntry>();
  const durables = new Map<string, DurableEntry>();
  for await (const s of jsm.streams.list()) {
    const name = s.config.name;
    const info = await jsm.streams.info(name, { subjects_filter: ">" });
    streams.set(name, {
      config: stableJson(info.config),
      firstSeq: info.state.first_seq,
      lastSeq: info.state.last_seq,
      messages: info.state.messages,
      deleted: info.state.num_deleted ?? 0,
      subjects: { ...(info.state.subjects ?? {}) },
    });
    for await (const c of jsm.consumers.list(name)) {
      const filters = c.config.filter_subjects?.length
        ? c.config.filter_subjects
        : c.config.filter_subject
          ? [c.config.filter_subject]
          : [];
      durables.set(`${name}/${c.name}`, {
        stream: name,
        name: c.name,
        config: stableJson(c.config),
        filters,
        delivered: c.delivered.consumer_seq,
        ackFloor: c.ack_floor.consumer_seq,
        pending: c.num_pending,
        ackPending: c.num_ack_pending,
        redelivered: c.num_redelivered,
        waiting: c.num_waiting,
        durable: !!c.config.durable_name,
      });
    }
  }
  return { streams, durables };
}

/** One difference between two ledgers, in words an operator would use. */
export interface Change {
  /** Stream name, or `<stream>/<durable>`. */
  where: string;
  /** The subject that gained or lost messages, when the change is one. */
  subject?: string;
  delta?: number;
  what: string;
}

/**
 * Structural changes (streams and consumers created, deleted or reconfigured, messages
 * removed) and every subject whose count moved. How durables moved is judged against
 * {@link expectedDurableMoves} instead.
 */
export function ledgerChanges(before: Ledger, after: Ledger): Change[] {
  const out: Change[] = [];
  for (const [name, b] of before.streams) {
    const a = after.streams.get(name);
    if (!a) {
      out.push({ where: name, what: "stream deleted" });
      continue;
    }
    if (a.config !== b.config) out.push({ where: name, what: "stream configuration changed" });
    if (a.firstSeq !== b.firstSeq && b.messages > 0) {
      out.push({ where: name, what: `first sequence ${b.firstSeq} → ${a.firstSeq}` });
    }
    if (a.deleted !== b.deleted) {
      out.push({ where: name, what: `deleted messages ${b.deleted} → ${a.deleted}` });
    }
    for (const subject of new Set([...Object.keys(b.subjects), ...Object.keys(a.subjects)])) {
      const delta = (a.subjects[subject] ?? 0) - (b.subjects[subject] ?? 0);
      if (delta !== 0) {
        out.push({
          where: name,
          subject,
          delta,
          what: `${delta > 0 ? "+" : ""}${delta} on ${subject}`,
        });
      }
    }
  }
  for (const name of after.streams.keys()) {
    if (!before.streams.has(name)) out.push({ where: name, what: "stream created" });
  }
  for (const [key, b] of before.durables) {
    const a = after.durables.get(key);
    if (!a) {
      // The operator's tools' ephemeral consumers come and go on their own.
      if (b.durable) out.push({ where: key, what: "durable deleted" });
      continue;
    }
    if (a.config !== b.config) out.push({ where: key, what: "durable configuration changed" });
  }
  for (const key of after.durables.keys()) {
    if (!before.durables.has(key)) out.push({ where: key, what: "consumer created" });
  }
  return out;
}

/** Where a durable must be after a battery; `retries` where its reader may have had some. */
export type ExpectedDurable = DurableEntry & { retries: boolean };

/**
 * How far each durable must have moved for new messages on its filters: where a service
 * reads it (`attended`), each delivered and acknowledged, nothing pending or held, nothing
 * redelivered now (a reader's own retries under load may deliver a message more than once
 * before it is acknowledged); where none reads it, pending grew by as many and everything
 * else stayed. A durable with no new message on its filters must not have moved at all.
 */
export function expectedDurableMoves(
  before: Ledger,
  newMessages: ReadonlyMap<string, readonly StoredMsg[]>,
  attended: ReadonlySet<string>,
): Map<string, ExpectedDurable> {
  const out = new Map<string, ExpectedDurable>();
  for (const [key, d] of before.durables) {
    if (!d.durable) continue;
    const added = (newMessages.get(d.stream) ?? []).filter((m) =>
      d.filters.some((f) => subjectMatches(f, m.subject)),
    ).length;
    out.set(
      key,
      attended.has(key)
        ? {
            ...d,
            delivered: d.delivered + added,
            ackFloor: d.ackFloor + added,
            pending: 0,
            ackPending: 0,
            retries: added > 0,
          }
        : { ...d, pending: d.pending + added, retries: false },
    );
  }
  return out;
}

/** Every durable that is not where `expected` says, in words. */
export function durableDeviations(
  after: Ledger,
  expected: ReadonlyMap<string, ExpectedDurable>,
): Change[] {
  const out: Change[] = [];
  for (const [key, e] of expected) {
    const a = after.durables.get(key);
    if (!a) continue;
    const moved = (["delivered", "ackFloor", "pending", "ackPending", "redelivered"] as const)
      .filter((k) =>
        e.retries && (k === "delivered" || k === "ackFloor")
          ? a[k] < e[k] || a.ackFloor !== a.delivered
          : a[k] !== e[k],
      )
      .map(
        (k) =>
          `${k} ${a[k]} (expected ${e.retries && k !== "pending" && k !== "ackPending" ? "≥ " : ""}${e[k]})`,
      );
    if (moved.length > 0) out.push({ where: key, what: moved.join(", ") });
  }
  return out;
}

/** Durables not (yet) where `expected` says they must be: empty once every delivery is acked. */
export function durablesBehind(
  after: Ledger,
  expected: ReadonlyMap<string, ExpectedDurable>,
): string[] {
  const out: string[] = [];
  for (const [key, e] of expected) {
    const a = after.durables.get(key);
    if (!a) continue;
    if (
      a.delivered < e.delivered ||
      a.ackFloor < e.ackFloor ||
      a.ackPending > e.ackPending ||
      a.pending < e.pending
    ) {
      out.push(
        `${key}: delivered ${a.delivered}/${e.delivered}, ack floor ${a.ackFloor}/${e.ackFloor}, pending ${a.pending}, ack pending ${a.ackPending}`,
      );
    }
  }
  return out;
}

/**
 * The messages streams gained since a ledger, read by the operator in order, each read once
 * however often it is asked (the battery polls until the services are done).
 */
export class NewMessages {
  readonly #read = new Map<string, Map<number, StoredMsg>>();

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly before: Ledger,
  ) {}

  async of(stream: string, after: Ledger): Promise<StoredMsg[]> {
    const from = (this.before.streams.get(stream)?.lastSeq ?? 0) + 1;
    const to = after.streams.get(stream)?.lastSeq ?? 0;
    const read = this.#read.get(stream) ?? new Map<number, StoredMsg>();
    this.#read.set(stream, read);
    const missing: number[] = [];
    for (let seq = from; seq <= to; seq++) if (!read.has(seq)) missing.push(seq);
    for (let i = 0; i < missing.length; i += 64) {
      const batch = await Promise.all(
        missing.slice(i, i + 64).map((seq) => this.jsm.streams.getMessage(stream, { seq })),
      );
      for (const m of batch) if (m) read.set(m.seq, m);
    }
    return [...read.values()]
      .filter((m) => m.seq >= from && m.seq <= to)
      .sort((a, b) => a.seq - b.seq);
  }
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}
