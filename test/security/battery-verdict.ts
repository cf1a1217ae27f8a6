import type { StoredMsg } from "@nats-io/jetstream";
import { subjectMatches } from "@tongbao/organisations";
import type { OwnWrite } from "./attack.js";
import {
  durableDeviations,
  expectedDurableMoves,
  ledgerChanges,
  type Change,
  type Ledger,
} from "./broker-ledger.js";

const TRAFFIC = ["TB_LIVE", "TB_EXERCISE", "TB_TEST"];
const QUARANTINE = "TB_QUARANTINE";

/** The writes a battery may make on its organisations' own subjects, summed per subject. */
export class OwnWrites {
  readonly #bounds = new Map<string, { min: number; max: number }>();

  add(w: Omit<OwnWrite, "min" | "max"> & { min?: number; max?: number }): void {
    const key = `${w.stream} ${w.subject}`;
    const b = this.#bounds.get(key) ?? { min: 0, max: 0 };
    const min = w.min ?? 1;
    this.#bounds.set(key, { min: b.min + min, max: b.max + (w.max ?? min) });
  }

  bounds(stream: string, subject: string): { min: number; max: number } {
    return this.#bounds.get(`${stream} ${subject}`) ?? { min: 0, max: 0 };
  }

  subjects(stream: string): string[] {
    return [...this.#bounds.keys()]
      .filter((k) => k.startsWith(`${stream} `))
      .map((k) => k.slice(stream.length + 1));
  }
}

/**
 * Everything the battery changed that its own writes do not explain: structure (streams,
 * consumers), subjects outside the declared writes or beyond their counts, durables that did
 * not move exactly once per new message on their filters, and a quarantine trail that is not
 * one record, by the consumer that refused it, for every new message each consumer refused.
 */
export function unexplainedChanges(input: {
  before: Ledger;
  after: Ledger;
  writes: OwnWrites;
  added: ReadonlyMap<string, readonly StoredMsg[]>;
  attended: ReadonlySet<string>;
}): Change[] {
  const { before, after, writes, added, attended } = input;
  const out: Change[] = [];
  const changes = ledgerChanges(before, after);
  out.push(...changes.filter((c) => c.delta === undefined));
  for (const stream of after.streams.keys()) {
    if (stream === QUARANTINE) continue;
    const deltas = new Map(
      changes.filter((c) => c.where === stream && c.subject).map((c) => [c.subject!, c.delta!]),
    );
    for (const subject of new Set([...deltas.keys(), ...writes.subjects(stream)])) {
      const delta = deltas.get(subject) ?? 0;
      const { min, max } = writes.bounds(stream, subject);
      if (delta < min || delta > max) {
        out.push({
          where: stream,
          subject,
          delta,
          what: `${delta} new on ${subject} (its owner's writes: ${min}–${max})`,
        });
      }
    }
  }
  out.push(...durableDeviations(after, expectedDurableMoves(before, added, attended)));
  out.push(...quarantineTrail(before, writes, added, attended));
  return out;
}

function quarantineTrail(
  before: Ledger,
  writes: OwnWrites,
  added: ReadonlyMap<string, readonly StoredMsg[]>,
  attended: ReadonlySet<string>,
): Change[] {
  const out: Change[] = [];
  // Every (new traffic message, read durable whose filters match it) must have its record.
  const owed = new Map<string, StoredMsg>();
  for (const stream of TRAFFIC) {
    for (const m of added.get(stream) ?? []) {
      for (const [key, d] of before.durables) {
        if (!attended.has(key)) continue;
        if (d.stream === stream && d.filters.some((f) => subjectMatches(f, m.subject))) {
          owed.set(`${stream}#${m.seq} by ${d.name}`, m);
        }
      }
    }
  }
  const declared = new Map<string, number>();
  for (const r of added.get(QUARANTINE) ?? []) {
    const h = r.header;
    const key = `${h?.get("Tb-Original-Stream")}#${h?.get("Tb-Original-Seq")} by ${h?.get("Tb-Consumer")}`;
    const m = owed.get(key);
    if (m && Buffer.from(m.data).equals(Buffer.from(r.data))) {
      owed.delete(key);
      continue;
    }
    declared.set(r.subject, (declared.get(r.subject) ?? 0) + 1);
  }
  for (const subject of new Set([...declared.keys(), ...writes.subjects(QUARANTINE)])) {
    const n = declared.get(subject) ?? 0;
    const { min, max } = writes.bounds(QUARANTINE, subject);
    if (n < min || n > max) {
      out.push({
        where: QUARANTINE,
        subject,
        delta: n,
        what: `${n} records on ${subject} no refusal explains (its owner's writes: ${min}–${max})`,
      });
    }
  }
  for (const key of owed.keys()) {
    out.push({ where: "quarantine trail", what: `no quarantine record of ${key}` });
  }
  return out;
}

/** Whether a change lies where an attack aimed: a subject, a stream, `<stream>/<durable>`, or a `prefix*`. */
export function aimedAt(aims: readonly string[], change: Change): boolean {
  return aims.some((aim) =>
    aim.endsWith("*")
      ? change.where.startsWith(aim.slice(0, -1)) ||
        (change.subject ?? "").startsWith(aim.slice(0, -1))
      : aim === change.where || aim === change.subject,
  );
}
