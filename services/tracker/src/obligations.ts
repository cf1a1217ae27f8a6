import type { DeadlinePolicy, FollowUp } from "./deadline-policy.js";
import { noticeKey, type NoticeAction, type ObligationKind } from "./tracking-notice.js";
import { TYPES } from "./stored-message.js";
import type { NoticeLog, TrackedMessage, TrackingState } from "./types.js";

/** Something an organisation owes and has not yet given, derived from the state. */
export interface Obligation {
  kind: ObligationKind;
  /** Who owes it. */
  obligor: string;
  /** Who it is owed to: the sender of the message (or the incident's reporter). */
  creditor: string;
  /** Header.id of the message it comes from (an incident's first report). */
  targetId: string;
  targetType: string;
  incidentId?: string;
  dueAt: string;
  /** When the reminder to the obligor is due; none for an immediate report-up. */
  remindAt?: string;
  escalateAt: string;
  /** Who the escalation goes to. */
  escalateTo: string[];
  remindedAt?: string;
  escalatedAt?: string;
}

/** A step the scheduler takes: a reminder or an escalation about one obligation. */
export interface DueNotice {
  action: NoticeAction;
  obligation: Obligation;
  recipients: string[];
}

const MIN = 60_000;

function at(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * MIN).toISOString();
}

function withFollowUp(
  base: Omit<Obligation, "remindAt" | "escalateAt" | "remindedAt" | "escalatedAt">,
  f: FollowUp,
  notices: NoticeLog,
): Obligation {
  const reminded = notices[noticeKey({ action: "reminder", ...keyOf(base) })];
  const escalated = notices[noticeKey({ action: "escalation", ...keyOf(base) })];
  return {
    ...base,
    remindAt: at(base.dueAt, f.remindAfterMinutes),
    escalateAt: at(base.dueAt, f.escalateAfterMinutes),
    ...(reminded ? { remindedAt: reminded } : {}),
    ...(escalated ? { escalatedAt: escalated } : {}),
  };
}

function keyOf(o: Pick<Obligation, "kind" | "obligor">) {
  return { obligation: o.kind, obligor: o.obligor };
}

/** Grade I/II incident reports escalate to the escalation organisation too. */
function atOnceGrade(state: TrackingState, policy: DeadlinePolicy, m: TrackedMessage): boolean {
  if (m.type !== TYPES.incident) return false;
  const inc = Object.values(state.incidents).find((i) => i.reports.some((r) => r.id === m.id));
  return inc !== undefined && policy.incident.escalateAtOnceGrades.includes(inc.grade);
}

/** Every obligation still open, in a stable order. */
export function openObligations(state: TrackingState, policy: DeadlinePolicy): Obligation[] {
  const out: Obligation[] = [];
  const up = policy.incident.escalationOrg;
  for (const m of Object.values(state.messages)) {
    if (m.supersededBy) continue;
    const escalateTo = atOnceGrade(state, policy, m) ? unique([m.source, up]) : [m.source];
    for (const [org, r] of Object.entries(m.recipients)) {
      const base = { obligor: org, creditor: m.source, targetId: m.id, targetType: m.type };
      if (!r.receipt) {
        out.push(
          withFollowUp(
            { ...base, kind: "receipt", dueAt: m.receiptDueAt, escalateTo },
            policy.receipt,
            m.notices,
          ),
        );
      }
      const settled = r.feedback && r.feedback.status !== "in-progress";
      if (m.feedbackDueAt && !settled && r.receipt?.outcome !== "rejected") {
        out.push(
          withFollowUp(
            { ...base, kind: "feedback", dueAt: m.feedbackDueAt, escalateTo },
            policy.feedback,
            m.notices,
          ),
        );
      }
    }
  }
  for (const inc of Object.values(state.incidents)) {
    const first = inc.reports[0];
    if (!first) continue;
    const base = {
      creditor: inc.reporter,
      targetId: first.id,
      targetType: TYPES.incident,
      incidentId: inc.incidentId,
    };
    for (const [org, f] of Object.entries(inc.forwards)) {
      if (f.at !== undefined) continue;
      out.push(
        withFollowUp(
          {
            ...base,
            kind: "forward",
            obligor: org,
            dueAt: f.dueAt,
            escalateTo: unique([inc.reporter, up]),
          },
          policy.incident.followUp,
          inc.notices,
        ),
      );
    }
    if (inc.reportUpDueAt !== undefined && !inc.escalationOrgReached) {
      const escalated =
        inc.notices[
          noticeKey({ action: "escalation", obligation: "report-up", obligor: inc.reporter })
        ];
      if (!escalated) {
        // 立即报告: no reminder, the tracker tells the escalation organisation at once.
        out.push({
          ...base,
          kind: "report-up",
          obligor: inc.reporter,
          dueAt: inc.reportUpDueAt,
          escalateAt: inc.reportUpDueAt,
          escalateTo: [up],
        });
      }
    }
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || order(a).localeCompare(order(b)));
}

function order(o: Obligation): string {
  return `${o.targetId}:${o.kind}:${o.obligor}`;
}

function unique(orgs: string[]): string[] {
  return [...new Set(orgs)];
}

/** The reminders and escalations due at `now` that have not been sent. */
export function dueNotices(obligations: Obligation[], now: Date): DueNotice[] {
  const t = now.toISOString();
  const out: DueNotice[] = [];
  for (const o of obligations) {
    if (o.escalatedAt) continue;
    if (o.escalateAt <= t) {
      out.push({ action: "escalation", obligation: o, recipients: o.escalateTo });
    } else if (o.remindAt !== undefined && o.remindAt <= t && !o.remindedAt) {
      out.push({ action: "reminder", obligation: o, recipients: [o.obligor] });
    }
  }
  return out;
}
