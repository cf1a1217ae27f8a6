import { tongbao } from "./codegen.js";
import { defineContract } from "./contract.js";
import { checkFieldLimits } from "./field-limits.js";
import { LIMITS } from "./limits.js";
import { headerRules } from "./rules/header.js";
import {
  earlyWarningRules,
  emergencyResponseRules,
  incidentReportRules,
} from "./rules/incidents.js";
import { handlingFeedbackRules, rectificationNoticeRules, receiptRules } from "./rules/loop.js";
import {
  exposureFindingRules,
  inspectionResultRules,
  threatBulletinRules,
  vulnerabilityNoticeRules,
} from "./rules/notices.js";
import {
  encryptionKeyEventRules,
  encryptionKeyRules,
  keyEventRules,
  organizationRules,
  signingKeyRules,
} from "./rules/registry.js";
import { sealedPayloadRules } from "./rules/sealed.js";
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

/** Every message type the bus carries as a payload, by short name. */
export const contracts = {
  threatBulletin: defineContract(
    "tongbao.bulletin.v1.ThreatBulletin",
    v1.bulletin.ThreatBulletin,
    threatBulletinRules,
  ),
  vulnerabilityNotice: defineContract(
    "tongbao.vulnerability.v1.VulnerabilityNotice",
    v1.vulnerability.VulnerabilityNotice,
    vulnerabilityNoticeRules,
  ),
  earlyWarning: defineContract(
    "tongbao.warning.v1.EarlyWarning",
    v1.warning.EarlyWarning,
    earlyWarningRules,
  ),
  incidentReport: defineContract(
    "tongbao.incident.v1.IncidentReport",
    v1.incident.IncidentReport,
    incidentReportRules,
  ),
  exposureFinding: defineContract(
    "tongbao.exposure.v1.ExposureFinding",
    v1.exposure.ExposureFinding,
    exposureFindingRules,
  ),
  rectificationNotice: defineContract(
    "tongbao.rectification.v1.RectificationNotice",
    v1.rectification.RectificationNotice,
    rectificationNoticeRules,
  ),
  receipt: defineContract("tongbao.receipt.v1.Receipt", v1.receipt.Receipt, receiptRules),
  handlingFeedback: defineContract(
    "tongbao.feedback.v1.HandlingFeedback",
    v1.feedback.HandlingFeedback,
    handlingFeedbackRules,
  ),
  inspectionResult: defineContract(
    "tongbao.inspection.v1.InspectionResult",
    v1.inspection.InspectionResult,
    inspectionResultRules,
  ),
  emergencyResponse: defineContract(
    "tongbao.response.v1.EmergencyResponse",
    v1.response.EmergencyResponse,
    emergencyResponseRules,
  ),
  organization: defineContract(
    "tongbao.registry.v1.Organization",
    v1.registry.Organization,
    organizationRules,
  ),
  signingKey: defineContract(
    "tongbao.registry.v1.SigningKey",
    v1.registry.SigningKey,
    signingKeyRules,
  ),
  keyEvent: defineContract("tongbao.registry.v1.KeyEvent", v1.registry.KeyEvent, keyEventRules),
  encryptionKey: defineContract(
    "tongbao.registry.v1.EncryptionKey",
    v1.registry.EncryptionKey,
    encryptionKeyRules,
  ),
  encryptionKeyEvent: defineContract(
    "tongbao.registry.v1.EncryptionKeyEvent",
    v1.registry.EncryptionKeyEvent,
    encryptionKeyEventRules,
  ),
} as const;

/** Every payload contract: the ten families, then the registry messages. */
export const CONTRACTS: readonly Contract[] = Object.values(contracts) as readonly Contract[];

const byTypeName = new Map<string, Contract>(CONTRACTS.map((c) => [c.typeName, c]));

/** The contract of a full type name as it appears in Header.type, if the bus knows it. */
export function contractFor(typeName: string): Contract | undefined {
  return byTypeName.get(typeName);
}

/**
 * The Header as a contract of its own: its rules (source, status, marking, TLP:RED
 * recipients, digests, producer chain) for the bus to run where it chooses, and its JSON
 * form for logs and tools. decodeHeader stays the bare, fast parse.
 */
export const headerContract = defineContract(
  "tongbao.envelope.v1.Header",
  tongbao.envelope.v1.Header,
  headerRules,
  LIMITS.maxHeaderBytes,
);

/** Checks a header against its rules; throws TB_ERR_CONTRACT or TB_ERR_SCHEMA. */
export function checkHeader(header: tongbao.envelope.v1.Header.$Properties): void {
  checkFieldLimits("tongbao.envelope.v1.Header", header, { unicode: true });
  headerRules(header);
}

/**
 * The encrypted form of a TLP:RED payload (what SignedEnvelope.payload holds in place of the
 * family message), as a contract of its own: not a payload type of its own, so not in
 * CONTRACTS, and no family. Its rules check the shape; the recipient's key opens it.
 */
export const sealedPayloadContract = defineContract(
  "tongbao.envelope.v1.SealedPayload",
  tongbao.envelope.v1.SealedPayload,
  sealedPayloadRules,
);
