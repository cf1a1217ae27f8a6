import {
  STREAMS,
  parseSubject,
  replay,
  timestampMs,
  type DeliveredMessage,
  type ReplayedMessage,
} from "@tongbao/bus";
import { contractFor } from "@tongbao/contracts";
import { TongbaoError, toTongbaoError } from "@tongbao/errors";
import { subscriptionSubjects } from "../profile/subscriptions.js";
import type { StatusName } from "../profile/types.js";
import type { DepartmentService } from "../service/department-service.js";
import { parseReplayRequest } from "./replay-request.js";

/** What POST /replay answers. */
export interface RedeliverySummary {
  org: string;
  stream: string;
  /** Stream sequences the replay covered (0 when it covered nothing). */
  firstSeq: number;
  lastSeq: number;
  /** Messages of the range on this department's subjects (each id once). */
  matched: number;
  /** Handed to the delivery path: new inbox entries, or steps a cut-short delivery missed. */
  delivered: number;
  /** Already handled here: acknowledged without a second entry, receipt or action. */
  alreadyHandled: number;
  /** Failed verification (the bus replay's verdict) or failed in the delivery path. */
  failed: { seq: number; code: string; message: string }[];
  /** TB_AUDIT sequence of the replay's opening record. */
  auditSeq: number;
  complete: boolean;
}

/**
 * Re-delivers a stream range to this department: the bus replay (verified, audited with who
 * and why) filtered to the department's own subscription subjects, each message fed to the
 * same delivery path the live consumer uses, flagged as a replay. Ids the inbox has handled
 * are counted and left alone, so a replay over traffic already taken in changes nothing.
 */
export async function redeliver(
  service: DepartmentService,
  body: unknown,
): Promise<RedeliverySummary> {
  const range = parseReplayRequest(body);
  const profile = service.profile;
  const status = statusOfStream(range.stream);
  if (!profile.subscribe.statuses.includes(status)) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `${profile.id} takes no ${status} traffic (profile subscribe.statuses)`,
      { path: "stream" },
    );
  }
  const subjects = subscriptionSubjects(profile, status);
  const run = replay({
    nc: service.connection,
    verifier: service.verifier,
    stream: range.stream,
    from: range.from,
    ...(range.to ? { to: range.to } : {}),
    // Servers before 2.10 take one filter per consumer: several subjects are matched here.
    ...(subjects.length === 1 ? { filter: { subject: subjects[0]! } } : {}),
    audit: range.audit,
    ...(service.logger ? { logger: service.logger } : {}),
  });
  const failed: RedeliverySummary["failed"] = [];
  const ids = new Set<string>();
  let delivered = 0;
  let alreadyHandled = 0;
  for await (const m of run) {
    if (!subjects.some((s) => subjectMatches(s, m.subject))) continue;
    const id = m.header.id;
    // Its own broadcasts never enter a department's inbox (the live path skips them too).
    if (m.header.source === profile.id && parseSubject(m.subject).kind !== "addressed") continue;
    // Fan-out copies of one message (one per sector) are one delivery.
    if (ids.has(id)) continue;
    ids.add(id);
    if (service.inbox.seen.has(id)) {
      alreadyHandled++;
      continue;
    }
    try {
      await service.handleDelivery(await deliveredOf(service, m, range.stream), { replay: true });
      delivered++;
    } catch (err) {
      const e = toTongbaoError(err);
      failed.push({ seq: m.seq, code: e.code, message: e.message });
    }
  }
  const summary = await run.summary;
  return {
    org: profile.id,
    stream: range.stream,
    firstSeq: summary.firstSeq,
    lastSeq: summary.lastSeq,
    matched: ids.size,
    delivered,
    alreadyHandled,
    failed: [
      ...summary.failures.map((f) => ({ seq: f.seq, code: String(f.code), message: f.message })),
      ...failed,
    ].sort((a, b) => a.seq - b.seq),
    auditSeq: summary.auditSeq,
    complete: summary.complete,
  };
}

/**
 * The live consumer's view of a replayed message. Verifying again gives the signed digest
 * the receipt carries; the batch's root signature is cached by then, so it costs a hash.
 */
async function deliveredOf(
  service: DepartmentService,
  m: ReplayedMessage,
  stream: string,
): Promise<DeliveredMessage> {
  const v = await service.verifier.verify(m.data, { subject: m.subject, storedAt: m.storedAt });
  const { header } = v;
  const expires = timestampMs(header.expires) || undefined;
  if (expires !== undefined && expires <= Date.now()) {
    throw new TongbaoError(
      "TB_ERR_EXPIRED",
      `message ${header.id} expired at ${new Date(expires).toISOString()}`,
      { path: "header.expires" },
    );
  }
  const contract = contractFor(header.type);
  if (!contract) {
    throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `no contract for type "${header.type}"`, {
      path: "header.type",
    });
  }
  // A TLP:RED payload opens with the department's own keys, as on the live path.
  const clear = service.protection.open(v.payloadBytes, header);
  if (!clear) {
    throw new TongbaoError("TB_ERR_INTERNAL", `message ${header.id} stayed sealed`, {
      path: "payload",
    });
  }
  return {
    id: header.id,
    type: header.type,
    source: header.source,
    header,
    payload: contract.decode(clear),
    payloadBytes: v.payloadBytes,
    digest: v.digest,
    keyId: v.key.keyId,
    subject: m.subject,
    stream,
    streamSeq: m.seq,
    storedAt: m.storedAt,
    deliveryCount: 1,
  };
}

function statusOfStream(stream: string): StatusName {
  return stream === STREAMS.EXERCISE ? "exercise" : stream === STREAMS.TEST ? "test" : "live";
}

/** NATS subject matching: `*` one token, `>` the rest. */
function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split(".");
  const s = subject.split(".");
  for (let i = 0; i < f.length; i++) {
    if (f[i] === ">") return s.length > i;
    if (i >= s.length || (f[i] !== "*" && f[i] !== s[i])) return false;
  }
  return f.length === s.length;
}
