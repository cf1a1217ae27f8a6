import { parseSubject, statusOfStream, timestampMs, type DeliveredMessage } from "@tongbao/bus";
import { contractFor } from "@tongbao/contracts";
import { TongbaoError, toTongbaoError } from "@tongbao/errors";
import { subjectMatches, subscriptionFilters } from "@tongbao/organisations";
import type { DepartmentService } from "../service/department-service.js";
import { parseRedelivery, type RedeliveredMessage } from "./replay-request.js";

/** What POST /redeliveries answers for one batch. */
export interface RedeliverySummary {
  org: string;
  stream: string;
  /** Messages of the batch on this department's subjects (each id once). */
  matched: number;
  /** Handed to the delivery path: new inbox entries, or steps a cut-short delivery missed. */
  delivered: number;
  /** Already handled here: acknowledged without a second entry, receipt or action. */
  alreadyHandled: number;
  /** Refused: not on this department's subjects, failed verification, or failed in the delivery path. */
  failed: { seq: number; code: string; message: string }[];
}

/**
 * Takes in messages the operator replayed for this department (`tongbao replay
 * --deliver-to`: the operator's verified, audited replay, which a department's own grant
 * cannot make). Nothing is taken on trust: each envelope is verified here against the
 * registry, as the live path does, and must be on this department's own subscription
 * subjects; then it goes the live delivery path, flagged as a replay. Ids the inbox has
 * handled are counted and left alone, so a replay over traffic already taken in changes
 * nothing.
 */
export async function redeliver(
  service: DepartmentService,
  body: unknown,
): Promise<RedeliverySummary> {
  const batch = parseRedelivery(body);
  const profile = service.profile;
  const status = statusOfStream(batch.stream)!;
  if (!profile.subscribe.statuses.includes(status)) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `${profile.id} takes no ${status} traffic (profile subscribe.statuses)`,
      { path: "stream" },
    );
  }
  const filters = subscriptionFilters(profile, status);
  const failed: RedeliverySummary["failed"] = [];
  const ids = new Set<string>();
  let delivered = 0;
  let alreadyHandled = 0;
  for (const m of batch.messages) {
    try {
      if (!filters.some((f) => subjectMatches(f, m.subject))) {
        throw new TongbaoError(
          "TB_ERR_FORBIDDEN",
          `${m.subject} is not one of ${profile.id}'s subscription subjects`,
          { path: "messages.subject" },
        );
      }
      const d = await deliveredOf(service, m, batch.stream);
      // Its own broadcasts never enter a department's inbox (the live path skips them too).
      if (d.source === profile.id && parseSubject(m.subject).kind !== "addressed") continue;
      // Fan-out copies of one message (one per sector) are one delivery.
      if (ids.has(d.id)) continue;
      ids.add(d.id);
      if (service.inbox.seen.has(d.id)) {
        alreadyHandled++;
        continue;
      }
      await service.handleDelivery(d, { replay: true });
      delivered++;
    } catch (err) {
      const e = toTongbaoError(err);
      failed.push({ seq: m.seq, code: e.code, message: e.message });
    }
  }
  return {
    org: profile.id,
    stream: batch.stream,
    matched: ids.size,
    delivered,
    alreadyHandled,
    failed,
  };
}

/** The live consumer's view of a replayed message, verified here. */
async function deliveredOf(
  service: DepartmentService,
  m: RedeliveredMessage,
  stream: string,
): Promise<DeliveredMessage> {
  const v = await service.verifier.verify(m.envelope, { subject: m.subject, storedAt: m.storedAt });
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
    envelope: m.envelope,
    digest: v.digest,
    keyId: v.key.keyId,
    subject: m.subject,
    stream,
    streamSeq: m.seq,
    storedAt: m.storedAt,
    deliveryCount: 1,
  };
}
