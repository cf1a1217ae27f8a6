import { tongbao } from "./codegen.js";
import { defineContract } from "./contract.js";
import { violation } from "./rules/violation.js";
import type { Contract } from "./types.js";

const v1 = {
  bulletin: tongbao.bulletin.v1,
  vulnerability: tongbao.vulnerability.v1,
  warning: tongbao.warning.v1,
  incident: tongbao.incident.v1,
  exposure: tongbao.exposure.v1,
  rectification: tongbao.rectification.v1,
  receipt: tongbao.receipt.v1,
  feedback: tongbao.feedback.v1,
  inspection: tongbao.inspection.v1,
  response: tongbao.response.v1,
  registry: tongbao.registry.v1,
};

const none = (): void => undefined;

/** Every message type the bus carries as a payload, by short name. */
export const contracts = {
  threatBulletin: defineContract(
    "tongbao.bulletin.v1.ThreatBulletin",
    v1.bulletin.ThreatBulletin,
    none,
  ),
  vulnerabilityNotice: defineContract(
    "tongbao.vulnerability.v1.VulnerabilityNotice",
    v1.vulnerability.VulnerabilityNotice,
    none,
  ),
  earlyWarning: defineContract("tongbao.warning.v1.EarlyWarning", v1.warning.EarlyWarning, none),
  incidentReport: defineContract(
    "tongbao.incident.v1.IncidentReport",
    v1.incident.IncidentReport,
    (m) => {
      if (!m.grade) violation("tongbao.incident.v1.IncidentReport", "grade", "is required");
      if (!m.phase) violation("tongbao.incident.v1.IncidentReport", "phase", "is required");
      if (!m.occurredTime)
        violation("tongbao.incident.v1.IncidentReport", "occurredTime", "is required");
    },
  ),
  exposureFinding: defineContract(
    "tongbao.exposure.v1.ExposureFinding",
    v1.exposure.ExposureFinding,
    none,
  ),
  rectificationNotice: defineContract(
    "tongbao.rectification.v1.RectificationNotice",
    v1.rectification.RectificationNotice,
    none,
  ),
  receipt: defineContract("tongbao.receipt.v1.Receipt", v1.receipt.Receipt, (m) => {
    if (!m.messageId) violation("tongbao.receipt.v1.Receipt", "messageId", "is required");
  }),
  handlingFeedback: defineContract(
    "tongbao.feedback.v1.HandlingFeedback",
    v1.feedback.HandlingFeedback,
    none,
  ),
  inspectionResult: defineContract(
    "tongbao.inspection.v1.InspectionResult",
    v1.inspection.InspectionResult,
    none,
  ),
  emergencyResponse: defineContract(
    "tongbao.response.v1.EmergencyResponse",
    v1.response.EmergencyResponse,
    none,
  ),
  organization: defineContract("tongbao.registry.v1.Organization", v1.registry.Organization, none),
  signingKey: defineContract("tongbao.registry.v1.SigningKey", v1.registry.SigningKey, none),
  keyEvent: defineContract("tongbao.registry.v1.KeyEvent", v1.registry.KeyEvent, none),
} as const;

/** Every contract, families first, then the registry messages. */
export const CONTRACTS: readonly Contract[] = Object.values(contracts) as readonly Contract[];

const byTypeName = new Map<string, Contract>(CONTRACTS.map((c) => [c.typeName, c]));

/** The contract of a full type name as it appears in Header.type, if the bus knows it. */
export function contractFor(typeName: string): Contract | undefined {
  return byTypeName.get(typeName);
}
