import { tongbao } from "../codegen.js";
import { checkAttachments, checkEnterprise, checkIndicators } from "./common.js";
import { RuleKit } from "./kit.js";

const { IncidentGrade, IncidentCategory, ReportPhase, DataLevel, WarningAction, WarningLevel } =
  tongbao.common.v1;
const { ResponseAction, ResponseLevel } = tongbao.common.v1;

/**
 * An incident report says which report it is (phase), how serious (grade, possibly
 * "ungraded" but never unset) and when the incident happened. Later reports name the
 * incident; the final summary carries a determined grade.
 */
export function incidentReportRules(m: tongbao.incident.v1.IncidentReport.$Properties): void {
  const kit = new RuleKit("tongbao.incident.v1.IncidentReport");
  kit.known("phase", m.phase, ReportPhase);
  kit.known("grade", m.grade, IncidentGrade);
  kit.time("occurredTime", m.occurredTime);
  kit.known("category", m.category, IncidentCategory);
  kit.text("title", m.title);
  if (m.phase !== ReportPhase.REPORT_PHASE_INITIAL) {
    kit.text("incidentId", m.incidentId);
  }
  if (
    m.phase === ReportPhase.REPORT_PHASE_FINAL &&
    m.grade === IncidentGrade.INCIDENT_GRADE_UNGRADED
  ) {
    kit.fail("grade", "must be determined (I to IV) in a final report");
  }
  kit.notBefore("discoveredTime", m.discoveredTime, m.occurredTime, "occurredTime");
  kit.notBefore("resolvedTime", m.resolvedTime, m.occurredTime, "occurredTime");
  kit.knownOrUnset("dataLevelAffected", m.dataLevelAffected, DataLevel);
  kit.range("outageHours", m.outageHours, 0, Number.MAX_VALUE);
  kit.range("economicLossYuan", m.economicLossYuan, 0, Number.MAX_SAFE_INTEGER);
  if (m.reportingEnterprise)
    checkEnterprise(kit.nested("reportingEnterprise"), m.reportingEnterprise);
  checkIndicators(kit, m.indicators);
  checkAttachments(kit, "attachments", m.attachments);
}

/**
 * An early warning says what it does and at which level. ISSUE starts the warning;
 * ADJUST and LIFT name the warning they change (谁发布、谁解除: that the sender is its
 * issuer is checked by the bus against the referenced message).
 */
export function earlyWarningRules(m: tongbao.warning.v1.EarlyWarning.$Properties): void {
  const kit = new RuleKit("tongbao.warning.v1.EarlyWarning");
  kit.known("action", m.action, WarningAction);
  kit.known("level", m.level, WarningLevel);
  kit.text("title", m.title);
  if (m.action === WarningAction.WARNING_ACTION_ISSUE) {
    kit.empty("warningId", m.warningId, "when issuing a warning");
    kit.known("category", m.category, IncidentCategory);
    kit.time("startTime", m.startTime);
  } else {
    const what = m.action === WarningAction.WARNING_ACTION_LIFT ? "lifts" : "adjusts";
    if (!m.warningId)
      kit.fail("warningId", `is required: it names the warning this message ${what}`);
    kit.knownOrUnset("category", m.category, IncidentCategory);
  }
  (m.requiredMeasures ?? []).forEach((r, i) =>
    kit.nested(`requiredMeasures[${i}]`).text("description", r.description),
  );
}

/** START opens a response; ADJUST and END name the response they change. */
export function emergencyResponseRules(m: tongbao.response.v1.EmergencyResponse.$Properties): void {
  const kit = new RuleKit("tongbao.response.v1.EmergencyResponse");
  kit.known("action", m.action, ResponseAction);
  kit.known("level", m.level, ResponseLevel);
  kit.text("title", m.title);
  kit.time("effectiveTime", m.effectiveTime);
  if (m.action === ResponseAction.RESPONSE_ACTION_START) {
    kit.empty("responseId", m.responseId, "when starting a response");
  } else if (!m.responseId) {
    kit.fail("responseId", "is required: it names the response this message changes");
  }
  (m.coordinationRequests ?? []).forEach((c, i) => {
    const at = kit.nested(`coordinationRequests[${i}]`);
    at.orgId("orgId", c.orgId);
    at.text("request", c.request);
  });
}
