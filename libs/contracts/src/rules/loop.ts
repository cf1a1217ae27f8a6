import { tongbao } from "../codegen.js";
import { checkAttachments, checkEnterprise } from "./common.js";
import { RuleKit } from "./kit.js";

const { RequiredAction } = tongbao.rectification.v1;
const { ReceiptOutcome, RejectionReason } = tongbao.receipt.v1;
const { HandlingStatus } = tongbao.feedback.v1;
const { Severity } = tongbao.common.v1;

export function rectificationNoticeRules(
  m: tongbao.rectification.v1.RectificationNotice.$Properties,
): void {
  const kit = new RuleKit("tongbao.rectification.v1.RectificationNotice");
  kit.text("title", m.title);
  checkEnterprise(
    kit.nested("responsibleParty"),
    kit.present("responsibleParty", m.responsibleParty),
  );
  kit.some("issues", m.issues);
  (m.issues ?? []).forEach((issue, i) => {
    const at = kit.nested(`issues[${i}]`);
    at.text("description", issue.description);
    at.knownOrUnset("severity", issue.severity, Severity);
    at.some("actions", issue.actions);
    (issue.actions ?? []).forEach((a, j) => at.known(`actions[${j}]`, a, RequiredAction));
  });
  kit.time("deadline", m.deadline);
}

/**
 * A receipt names the message it acknowledges and when it was received; a rejection says
 * why, an acceptance has no rejection reason.
 */
export function receiptRules(m: tongbao.receipt.v1.Receipt.$Properties): void {
  const kit = new RuleKit("tongbao.receipt.v1.Receipt");
  kit.text("messageId", m.messageId);
  kit.known("outcome", m.outcome, ReceiptOutcome);
  kit.time("receivedTime", m.receivedTime);
  kit.bytes("messageDigest", m.messageDigest, 32, true);
  if (m.outcome === ReceiptOutcome.RECEIPT_OUTCOME_REJECTED) {
    kit.known("rejectionReason", m.rejectionReason, RejectionReason);
  } else if (m.rejectionReason) {
    kit.fail("rejectionReason", "must be unset when the message is accepted");
  }
  if (m.suggestedOrgId) kit.orgId("suggestedOrgId", m.suggestedOrgId);
}

export function handlingFeedbackRules(m: tongbao.feedback.v1.HandlingFeedback.$Properties): void {
  const kit = new RuleKit("tongbao.feedback.v1.HandlingFeedback");
  kit.text("messageId", m.messageId);
  kit.known("status", m.status, HandlingStatus);
  if (m.status === HandlingStatus.HANDLING_STATUS_CANNOT_COMPLY) {
    kit.text("cannotComplyReason", m.cannotComplyReason);
  }
  if (m.status === HandlingStatus.HANDLING_STATUS_DONE) kit.some("actionsTaken", m.actionsTaken);
  (m.actionsTaken ?? []).forEach((a, i) =>
    kit.nested(`actionsTaken[${i}]`).text("description", a.description),
  );
  kit.knownOrUnset("residualRiskLevel", m.residualRiskLevel, Severity);
  checkAttachments(kit, "evidence", m.evidence);
}
