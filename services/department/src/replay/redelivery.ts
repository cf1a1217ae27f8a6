import { parseSubject, statusOfStream, type ChainBreak } from "@tongbao/bus";
import { TongbaoError, toTongbaoError } from "@tongbao/errors";
import { subjectMatches, subscriptionFilters } from "@tongbao/organisations";
import type { DepartmentService } from "../service/department-service.js";
import { parseRedelivery } from "./replay-request.js";

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
  /** Gaps and forks in producers' chains these messages revealed, as the live path reports them. */
  chainBreaks: ChainBreak[];
}

/**
 * Takes in messages the operator replayed for this department (`tongbao replay
 * --deliver-to`: the operator's verified, audited replay, which a department's own grant
 * cannot make). Nothing is taken on trust: each envelope must be on this department's own
 * subscription subjects and goes through the live consumer's own acceptance step (the
 * department's `acceptance`: verified once against the registry, its place in the producer's
 * chain noted with the live path's, TLP:RED opened with the department's keys, decoded by its
 * contract); then it goes the live delivery path, flagged as a replay. Ids the inbox has
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
  const chainBreaks: ChainBreak[] = [];
  const ids = new Set<string>();
  let delivered = 0;
  let alreadyHandled = 0;
  /** Subjects whose messages went through the acceptance step: their chains are settled after. */
  const accepted = new Set<string>();
  for (const m of batch.messages) {
    try {
      if (!filters.some((f) => subjectMatches(f, m.subject))) {
        throw new TongbaoError(
          "TB_ERR_FORBIDDEN",
          `${m.subject} is not one of ${profile.id}'s subscription subjects`,
          { path: "messages.subject" },
        );
      }
      accepted.add(m.subject);
      const { message: d, chainBreak } = await service.acceptance.take(
        {
          data: m.envelope,
          subject: m.subject,
          seq: m.seq,
          storedAt: m.storedAt,
          deliveryCount: 1,
        },
        batch.stream,
      );
      if (chainBreak) chainBreaks.push(chainBreak);
      if (d.sealed) {
        throw new TongbaoError("TB_ERR_INTERNAL", `message ${d.id} stayed sealed`, {
          path: "payload",
        });
      }
      // Its own broadcasts never enter a department's inbox (the live path skips them too).
      if (d.source === profile.id && parseSubject(m.subject).kind !== "addressed") continue;
      // Fan-out copies of one message (one per sector) are one delivery.
      if (ids.has(d.id)) continue;
      ids.add(d.id);
      if (service.acceptance.seen.has(d.id)) {
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
  // The batch is all the operator hands over: a hole it leaves is a gap now, not once the
  // live window runs out (and then reported to nobody who asked).
  chainBreaks.push(...service.acceptance.settle(accepted));
  for (const chainBreak of chainBreaks) {
    service.logger?.warn({ chainBreak, replay: true }, `producer chain ${chainBreak.kind}`);
  }
  return {
    org: profile.id,
    stream: batch.stream,
    matched: ids.size,
    delivered,
    alreadyHandled,
    failed,
    chainBreaks,
  };
}
