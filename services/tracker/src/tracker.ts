import type { NatsConnection } from "@nats-io/transport-node";
import {
  Consumer,
  familyOf,
  scanStream,
  streamForStatus,
  type DeliveredMessage,
  type MessageVerifier,
  type Publisher,
  type SeenIds,
} from "@tongbao/bus";
import { contractFor, tongbao } from "@tongbao/contracts";
import { trackerDurable } from "@tongbao/organisations";
import { TongbaoError } from "@tongbao/errors";
import type { ServiceMetrics } from "@tongbao/metrics";
import { redPayloadsSealed } from "@tongbao/security";
import { pino, type Logger } from "pino";
import { canonicalJson } from "./canonical-json.js";
import type { DeadlinePolicy } from "./deadline-policy.js";
import { dueNotices, openObligations, type DueNotice } from "./obligations.js";
import { noticeKey, noticeMessage } from "./tracking-notice.js";
import type { StoredMessage } from "./stored-message.js";
import { applyMessage, emptyState } from "./tracking-state.js";
import { TrackingStore } from "./tracking-store.js";
import { messageStatus, obligationCounts, obligationsOf, overdue } from "./tracking-views.js";
import type { RefusedMessage, TrackingState } from "./types.js";

const { Status } = tongbao.envelope.v1;

export interface TrackerOptions {
  nc: NatsConnection;
  verifier: MessageVerifier;
  /** Publishes reminders and escalations, signed with the tracker's own key. */
  publisher: Publisher;
  /** The tracker's organisation id (its key is in the registry), e.g. "tongbao-tracker". */
  org: string;
  policy: DeadlinePolicy;
  /** Which traffic to follow (default live); run a second tracker for exercise. */
  status?: "live" | "exercise";
  /** Clock for deadlines; tests drive it. */
  now?: () => Date;
  /** Evaluate deadlines on this interval (ms); 0 (default) leaves it to calls of tick(). */
  tickIntervalMs?: number;
  /** Where deliveries and notices are counted (GET /metrics of the tracking service). */
  metrics?: ServiceMetrics;
  logger?: Logger;
}

/** A reminder or escalation published by tick(). */
export interface SentNotice {
  id: string;
  action: DueNotice["action"];
  obligation: DueNotice["obligation"]["kind"];
  obligor: string;
  targetId: string;
  recipients: string[];
}

/** Every copy reaches the handler: the tracker notes which recipient each copy went to. */
const everyCopy: SeenIds = { has: () => false, add: () => {} };

/** The tracker is no recipient of TLP:RED: it follows such messages by their signed headers. */
const sealedRed = redPayloadsSealed();

/**
 * Follows the notify → receipt → feedback loop. On start it replays the status stream from
 * the beginning to rebuild its state (the stream is the truth) and rewrites the KV bucket;
 * then a durable consumer over every subject keeps it current. tick(now) publishes the
 * reminders and escalations that have fallen due.
 */
export class Tracker {
  readonly #o: TrackerOptions;
  readonly #store: TrackingStore;
  readonly #log: Logger;
  readonly #status: "live" | "exercise";
  #state: TrackingState = emptyState();
  #consumer: Consumer | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** Notices published but not yet read back from the stream: not to be sent twice. */
  readonly #inFlight = new Set<string>();
  /** KV keys changed in memory and not yet written (a failed write is retried with the next). */
  readonly #unwritten = new Set<string>();

  private constructor(o: TrackerOptions, store: TrackingStore) {
    this.#o = o;
    this.#store = store;
    this.#status = o.status ?? "live";
    this.#log = (o.logger ?? pino({ level: "silent" })).child({ component: "tracker" });
  }

  static async start(o: TrackerOptions): Promise<Tracker> {
    const status = o.status ?? "live";
    const t = new Tracker(o, TrackingStore.open(o.nc, status));
    await t.#rebuild();
    t.#consumer = await Consumer.start({
      nc: o.nc,
      verifier: o.verifier,
      // The durable the operator provisions for the tracker's organisation.
      durables: [trackerDurable(o.org, status)],
      handler: (m) => t.#handle(m),
      // Tracking state is built message by message in stream order: one handler at a time.
      inFlight: 1,
      seen: everyCopy,
      protection: sealedRed,
      // The tracker records every stored message, expired or not, so that what it learns
      // live and what it rebuilds from the stream are the same.
      now: () => new Date(0),
      ...(o.logger ? { logger: o.logger } : {}),
    });
    if (o.tickIntervalMs) {
      t.#timer = setInterval(() => {
        t.tick().catch((err: unknown) => t.#log.error({ err }, "tick failed"));
      }, o.tickIntervalMs);
    }
    return t;
  }

  now(): Date {
    return this.#o.now?.() ?? new Date();
  }

  /** Publishes every reminder and escalation due at `now` that has not gone out yet. */
  async tick(now: Date = this.now()): Promise<SentNotice[]> {
    const due = dueNotices(openObligations(this.#state, this.#o.policy), now);
    const sent: SentNotice[] = [];
    for (const d of due) {
      const o = d.obligation;
      const flight = `${o.targetId}|${noticeKey({ action: d.action, obligation: o.kind, obligor: o.obligor })}`;
      if (this.#inFlight.has(flight)) continue;
      this.#inFlight.add(flight);
      const status = this.#status === "live" ? Status.STATUS_LIVE : Status.STATUS_EXERCISE;
      const notice = noticeMessage(
        {
          action: d.action,
          obligation: o.kind,
          obligor: o.obligor,
          targetId: o.targetId,
          targetType: o.targetType,
          targetSource: o.creditor,
          recipients: d.recipients,
          dueAt: o.dueAt,
          title: `${o.targetType.split(".").pop() ?? o.targetType} ${o.incidentId ?? o.targetId}`,
        },
        status,
      );
      let id: string;
      try {
        ({ id } = await this.#o.publisher.publish(notice));
        this.#o.metrics?.countPublished(familyOf(notice.type));
      } catch (err) {
        // Not sent: the next tick tries again.
        this.#inFlight.delete(flight);
        throw err;
      }
      sent.push({
        id,
        action: d.action,
        obligation: o.kind,
        obligor: o.obligor,
        targetId: o.targetId,
        recipients: d.recipients,
      });
      this.#log.info({ notice: sent.at(-1) }, `${d.action} sent`);
    }
    return sent;
  }

  /** One message with every recipient's state; undefined if the tracker does not follow it. */
  message(id: string, now: Date = this.now()) {
    return messageStatus(this.#state, this.#o.policy, id, now);
  }

  /** What one organisation still owes. */
  obligations(org: string, now: Date = this.now()) {
    return obligationsOf(this.#state, this.#o.policy, org, now);
  }

  /** Everything past its deadline, and incident reports that came late. */
  overdue(now: Date = this.now()) {
    return overdue(this.#state, this.#o.policy, now);
  }

  /** Receipts owed and deadlines passed, by grade: what the metrics report. */
  obligationCounts(now: Date = this.now()) {
    return obligationCounts(this.#state, this.#o.policy, now);
  }

  /** The live consumer's counts (quarantines, lag), zero before it starts. */
  consumerStats() {
    return this.#consumer?.stats() ?? { quarantinedByCode: {}, pendingByDurable: {} };
  }

  /** A copy of the state. */
  state(): TrackingState {
    return structuredClone(this.#state);
  }

  /** The state as canonical JSON (keys sorted): equal states give equal texts. */
  dump(): string {
    return canonicalJson(this.#state);
  }

  /** The records in the KV bucket, as canonical JSON. */
  async dumpStore(): Promise<string> {
    return canonicalJson(await this.#store.read());
  }

  /** Messages applied so far (the last stream sequence). */
  get cursor(): number {
    return this.#state.cursor;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#consumer?.stop();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  async #rebuild(): Promise<void> {
    const state = emptyState();
    // Read by direct get under the tracker's own grant (no consumer, nothing to audit: the
    // tracker reads what its durable delivers anyway), every message verified.
    const summary = { scanned: 0, failed: 0 };
    for await (const m of scanStream(this.#o.nc, streamForStatus(this.#status), ">")) {
      summary.scanned++;
      let v;
      try {
        v = await this.#o.verifier.verify(m.data, { subject: m.subject, storedAt: m.storedAt });
      } catch {
        // The live consumer meets it again and quarantines it with the reason.
        summary.failed++;
        continue;
      }
      const contract = contractFor(v.header.type);
      if (!contract) continue;
      const clear = sealedRed.open(v.payloadBytes, v.header);
      const stored: StoredMessage = {
        seq: m.seq,
        subject: m.subject,
        storedAt: m.storedAt,
        header: v.header,
        payload: clear ? (contract.decode(clear) as object) : undefined,
      };
      applyMessage(state, stored, this.#o.policy, this.#o.org);
    }
    this.#state = state;
    await this.#store.replaceAll(state);
    this.#log.info(
      { cursor: state.cursor, scanned: summary.scanned, failed: summary.failed },
      "tracking state rebuilt from the stream",
    );
  }

  async #handle(d: DeliveredMessage): Promise<void> {
    const state = this.#state;
    if (d.streamSeq <= state.cursor) {
      // Applied during the rebuild; a refusal still goes to quarantine through this consumer.
      const refused = state.refused[d.id];
      if (refused && refused.seq === d.streamSeq) throw forbidden(refused);
      if (this.#unwritten.size > 0) await this.#flush();
      return;
    }
    this.#o.metrics?.countDelivered(familyOf(d.type));
    const outcome = applyMessage(
      state,
      {
        seq: d.streamSeq,
        subject: d.subject,
        storedAt: d.storedAt,
        header: d.header,
        payload: d.sealed ? undefined : (d.payload as object),
      },
      this.#o.policy,
      this.#o.org,
    );
    if (d.source === this.#o.org) this.#settleInFlight();
    for (const key of outcome.touched) this.#unwritten.add(key);
    await this.#flush();
    if (outcome.refused) throw forbidden(outcome.refused);
  }

  async #flush(): Promise<void> {
    const keys = [...this.#unwritten];
    await this.#store.write(this.#state, keys);
    for (const key of keys) this.#unwritten.delete(key);
  }

  /** Forgets in-flight notices that the state now records. */
  #settleInFlight(): void {
    for (const flight of this.#inFlight) {
      const [targetId = "", key = ""] = flight.split("|");
      const msg = this.#state.messages[targetId];
      const inc = Object.values(this.#state.incidents).find((i) => i.reports[0]?.id === targetId);
      if (msg?.notices[key] ?? inc?.notices[key]) this.#inFlight.delete(flight);
    }
  }
}

function forbidden(r: RefusedMessage): TongbaoError {
  return new TongbaoError(r.code, r.reason, { path: r.path });
}
