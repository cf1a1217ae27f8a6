import { tongbao } from "@tongbao/contracts";
import type { DeadlinePolicy, GradeName, ReporterKind } from "./deadline-policy.js";
import { iso, keys, timeOf, type StoredMessage } from "./stored-message.js";
import type { IncidentReportFact, TrackedIncident, TrackingState } from "./types.js";

const { IncidentGrade, ReportPhase } = tongbao.common.v1;

const GRADE: Record<number, GradeName> = {
  [IncidentGrade.INCIDENT_GRADE_I]: "I",
  [IncidentGrade.INCIDENT_GRADE_II]: "II",
  [IncidentGrade.INCIDENT_GRADE_III]: "III",
  [IncidentGrade.INCIDENT_GRADE_IV]: "IV",
  [IncidentGrade.INCIDENT_GRADE_UNGRADED]: "UNGRADED",
};

const PHASE: Record<number, IncidentReportFact["phase"]> = {
  [ReportPhase.REPORT_PHASE_INITIAL]: "initial",
  [ReportPhase.REPORT_PHASE_UPDATE]: "update",
  [ReportPhase.REPORT_PHASE_FINAL]: "final",
};

export function reporterKind(
  report: tongbao.incident.v1.IncidentReport,
  source: string,
  policy: DeadlinePolicy,
): ReporterKind {
  if (report.criticalInfrastructure) return "critical-infrastructure";
  if (policy.incident.centralOrgans.includes(source)) return "central-organ";
  return "other";
}

/** The 初报 time limit in minutes: the first rule for this reporter kind (or "other") and grade. */
export function initialLimit(
  policy: DeadlinePolicy,
  kind: ReporterKind,
  grade: GradeName,
): number | undefined {
  const rule = policy.incident.initialReport.find(
    (r) => (r.reporter === kind || r.reporter === "other") && r.grades.includes(grade),
  );
  return rule?.withinMinutes;
}

/**
 * Follows an incident through its reports: 初报 against its deadline (late ones flagged),
 * 续报 and 终报, the grade as the latest report states it, forwards owed by the recipients of
 * a grade I/II report, and whether the escalation organisation (MIIT) has it.
 */
export function applyIncidentReport(
  state: TrackingState,
  m: StoredMessage,
  policy: DeadlinePolicy,
): string[] {
  const p = m.payload as tongbao.incident.v1.IncidentReport;
  const h = m.header;
  const incidentId = p.incidentId || h.id;
  const time = timeOf(h.time) ?? m.storedAt.getTime();
  const fact: IncidentReportFact = {
    id: h.id,
    source: h.source,
    time: iso(time),
    phase: PHASE[p.phase] ?? "update",
    grade: GRADE[p.grade] ?? "UNGRADED",
    recipients: [...h.recipients],
  };
  let inc = state.incidents[incidentId];
  if (inc?.reports.some((r) => r.id === h.id)) return [];
  if (!inc) {
    const kind = reporterKind(p, h.source, policy);
    const discovered = timeOf(p.discoveredTime) ?? timeOf(p.occurredTime) ?? time;
    const limit = initialLimit(policy, kind, fact.grade);
    inc = {
      incidentId,
      reporter: h.source,
      reporterKind: kind,
      grade: fact.grade,
      discoveredAt: iso(discovered),
      ...(limit === undefined ? {} : { initialDueAt: iso(discovered + limit * 60_000) }),
      reports: [],
      forwards: {},
      escalationOrgReached: false,
      notices: {},
    };
    state.incidents[incidentId] = inc;
  }
  inc.reports.push(fact);
  if (fact.grade !== "UNGRADED" || inc.grade === "UNGRADED") inc.grade = fact.grade;
  if (fact.phase === "initial" && inc.initialReportedAt === undefined) {
    inc.initialReportedAt = fact.time;
    if (inc.initialDueAt !== undefined) inc.initialLate = time > Date.parse(inc.initialDueAt);
  }
  if (fact.phase === "final" && inc.finalReportedAt === undefined) inc.finalReportedAt = fact.time;

  const up = policy.incident.escalationOrg;
  if (h.source === up || h.recipients.includes(up)) inc.escalationOrgReached = true;
  const fwd = inc.forwards[h.source];
  if (fwd && fwd.at === undefined) {
    fwd.at = fact.time;
    fwd.id = h.id;
  }
  if (policy.incident.forwardGrades.includes(inc.grade)) {
    const due = iso(time + policy.incident.forwardWithinMinutes * 60_000);
    for (const r of h.recipients) {
      if (r === up || r === inc.reporter || inc.forwards[r]) continue;
      if (inc.reports.some((x) => x.source === r)) continue;
      inc.forwards[r] = { dueAt: due };
    }
  }
  if (
    inc.reportUpDueAt === undefined &&
    !inc.escalationOrgReached &&
    policy.incident.escalateAtOnceGrades.includes(inc.grade)
  ) {
    inc.reportUpDueAt = fact.time;
  }
  return [keys.incident(incidentId)];
}

/** Records a reminder or escalation about an incident (its target is the first report's id). */
export function applyIncidentNotice(
  state: TrackingState,
  reportId: string,
  key: string,
  at: string,
): string[] {
  const inc = Object.values(state.incidents).find((i) => i.reports[0]?.id === reportId);
  if (!inc) return [];
  inc.notices[key] ??= at;
  return [keys.incident(inc.incidentId)];
}

export type { TrackedIncident };
