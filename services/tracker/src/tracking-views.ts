import type { DeadlinePolicy } from "./deadline-policy.js";
import { openObligations, type Obligation } from "./obligations.js";
import type { RecipientState, TrackedIncident, TrackedMessage, TrackingState } from "./types.js";

/** One recipient of a message as the status query shows it. */
export interface RecipientStatus extends RecipientState {
  org: string;
  delivered: boolean;
  receipted: boolean;
  feedbackGiven: boolean;
  receiptOverdue: boolean;
  feedbackOverdue: boolean;
}

export interface MessageStatus {
  message: Omit<TrackedMessage, "recipients">;
  recipients: RecipientStatus[];
  /** The incident the message reports, if it is an incident report. */
  incident?: TrackedIncident;
}

export interface OverdueItem extends Obligation {
  overdueMinutes: number;
}

export interface LateReport {
  incidentId: string;
  reporter: string;
  grade: TrackedIncident["grade"];
  dueAt: string;
  reportedAt: string;
  lateMinutes: number;
}

export interface OverdueView {
  at: string;
  overdue: OverdueItem[];
  /** 初报 that arrived after their deadline (flagged, nothing left to remind). */
  lateInitialReports: LateReport[];
}

export function messageStatus(
  state: TrackingState,
  policy: DeadlinePolicy,
  id: string,
  now: Date,
): MessageStatus | undefined {
  const m = state.messages[id];
  if (!m) return undefined;
  const open = openObligations(state, policy).filter((o) => o.targetId === id);
  const t = now.toISOString();
  const isOverdue = (org: string, kind: Obligation["kind"]) =>
    open.some((o) => o.obligor === org && o.kind === kind && o.dueAt <= t);
  const { recipients, ...message } = m;
  const incident = Object.values(state.incidents).find((i) => i.reports.some((r) => r.id === id));
  return {
    message,
    recipients: Object.entries(recipients)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([org, r]) => ({
        org,
        ...r,
        delivered: r.deliveredAt !== undefined,
        receipted: r.receipt !== undefined,
        feedbackGiven: r.feedback !== undefined,
        receiptOverdue: isOverdue(org, "receipt"),
        feedbackOverdue: isOverdue(org, "feedback"),
      })),
    ...(incident ? { incident } : {}),
  };
}

/** Open obligations of one organisation, due first first, each marked overdue or not. */
export function obligationsOf(
  state: TrackingState,
  policy: DeadlinePolicy,
  org: string,
  now: Date,
): { org: string; at: string; obligations: (Obligation & { overdue: boolean })[] } {
  const t = now.toISOString();
  return {
    org,
    at: t,
    obligations: openObligations(state, policy)
      .filter((o) => o.obligor === org)
      .map((o) => ({ ...o, overdue: o.dueAt <= t })),
  };
}

export function overdue(state: TrackingState, policy: DeadlinePolicy, now: Date): OverdueView {
  const t = now.toISOString();
  const minutesSince = (iso: string, to = now.getTime()) =>
    Math.floor((to - Date.parse(iso)) / 60_000);
  return {
    at: t,
    overdue: openObligations(state, policy)
      .filter((o) => o.dueAt <= t)
      .map((o) => ({ ...o, overdueMinutes: minutesSince(o.dueAt) })),
    lateInitialReports: Object.values(state.incidents)
      .filter((i) => i.initialLate && i.initialDueAt && i.initialReportedAt)
      .map((i) => ({
        incidentId: i.incidentId,
        reporter: i.reporter,
        grade: i.grade,
        dueAt: i.initialDueAt ?? "",
        reportedAt: i.initialReportedAt ?? "",
        lateMinutes: minutesSince(i.initialDueAt ?? "", Date.parse(i.initialReportedAt ?? "")),
      }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  };
}

/**
 * What the tracker's metrics report at a scrape: receipts still owed, and obligations past
 * their deadline by kind, each by the grade of the incident it belongs to (`none` when it
 * belongs to none), so an alert can single out grade I and II reports.
 */
export function obligationCounts(
  state: TrackingState,
  policy: DeadlinePolicy,
  now: Date,
): {
  receiptsOutstanding: Record<string, number>;
  overdue: { kind: string; grade: string; count: number }[];
} {
  const t = now.toISOString();
  const incidents = Object.values(state.incidents);
  const gradeOf = (o: Obligation): string =>
    incidents.find((i) =>
      o.incidentId ? i.incidentId === o.incidentId : i.reports.some((r) => r.id === o.targetId),
    )?.grade ?? "none";
  const receiptsOutstanding: Record<string, number> = {};
  const overdue = new Map<string, { kind: string; grade: string; count: number }>();
  for (const o of openObligations(state, policy)) {
    const grade = gradeOf(o);
    if (o.kind === "receipt") receiptsOutstanding[grade] = (receiptsOutstanding[grade] ?? 0) + 1;
    if (o.dueAt > t) continue;
    const key = `${o.kind}|${grade}`;
    const entry = overdue.get(key) ?? { kind: o.kind, grade, count: 0 };
    entry.count++;
    overdue.set(key, entry);
  }
  return { receiptsOutstanding, overdue: [...overdue.values()] };
}
