import { tongbao } from "../codegen.js";
import { checkAttachments, checkEnterprise, checkIndicators } from "./common.js";
import { RuleKit } from "./kit.js";

const { BulletinKind } = tongbao.bulletin.v1;
const { IdentifierScheme, ExploitStatus } = tongbao.vulnerability.v1;
const { TransportProtocol } = tongbao.exposure.v1;
const { InspectionKind, InspectionRating } = tongbao.inspection.v1;
const { IncidentCategory, Severity, AssetType, EnterpriseSecurityLevel } = tongbao.common.v1;

export function threatBulletinRules(m: tongbao.bulletin.v1.ThreatBulletin.$Properties): void {
  const kit = new RuleKit("tongbao.bulletin.v1.ThreatBulletin");
  kit.known("kind", m.kind, BulletinKind);
  kit.text("title", m.title);
  kit.text("summary", m.summary);
  if (m.kind === BulletinKind.BULLETIN_KIND_THREAT) {
    kit.known("category", m.category, IncidentCategory);
  } else {
    kit.knownOrUnset("category", m.category, IncidentCategory);
  }
  // A situation report is about a period; without one its figures mean nothing.
  if (m.kind === BulletinKind.BULLETIN_KIND_SITUATION) {
    const period = kit.present("period", m.period);
    kit.nested("period").time("startTime", period.startTime);
  }
  kit.knownOrUnset("severity", m.severity, Severity);
  checkIndicators(kit, m.indicators);
  (m.statistics ?? []).forEach((s, i) => kit.nested(`statistics[${i}]`).text("name", s.name));
  checkAttachments(kit, "attachments", m.attachments);
}

export function vulnerabilityNoticeRules(
  m: tongbao.vulnerability.v1.VulnerabilityNotice.$Properties,
): void {
  const kit = new RuleKit("tongbao.vulnerability.v1.VulnerabilityNotice");
  kit.text("title", m.title);
  kit.some("identifiers", m.identifiers);
  (m.identifiers ?? []).forEach((id, i) => {
    const at = kit.nested(`identifiers[${i}]`);
    at.known("scheme", id.scheme, IdentifierScheme);
    at.text("value", id.value);
  });
  kit.some("products", m.products);
  (m.products ?? []).forEach((p, i) => {
    const at = kit.nested(`products[${i}]`);
    at.text("product", p.product);
    at.knownOrUnset("productType", p.productType, AssetType);
  });
  kit.known("severity", m.severity, Severity);
  kit.range("cvssScore", m.cvssScore, 0, 10);
  kit.knownOrUnset("exploitStatus", m.exploitStatus, ExploitStatus);
}

export function exposureFindingRules(m: tongbao.exposure.v1.ExposureFinding.$Properties): void {
  const kit = new RuleKit("tongbao.exposure.v1.ExposureFinding");
  kit.ip("ip", m.ip);
  kit.range("port", m.port || undefined, 1, 65535);
  if (!m.port) kit.fail("port", "is required");
  kit.known("transport", m.transport, TransportProtocol);
  kit.knownOrUnset("deviceType", m.deviceType, AssetType);
  kit.known("riskLevel", m.riskLevel, Severity);
  kit.region("locationRegion", m.locationRegion);
  if (m.owner) checkEnterprise(kit.nested("owner"), m.owner);
  kit.time("firstSeenTime", m.firstSeenTime);
  kit.notBefore("lastSeenTime", m.lastSeenTime, m.firstSeenTime, "firstSeenTime");
}

export function inspectionResultRules(m: tongbao.inspection.v1.InspectionResult.$Properties): void {
  const kit = new RuleKit("tongbao.inspection.v1.InspectionResult");
  kit.text("title", m.title);
  kit.known("kind", m.kind, InspectionKind);
  checkEnterprise(kit.nested("inspectedParty"), kit.present("inspectedParty", m.inspectedParty));
  kit.known("rating", m.rating, InspectionRating);
  kit.knownOrUnset("assessedSecurityLevel", m.assessedSecurityLevel, EnterpriseSecurityLevel);
  (m.findings ?? []).forEach((f, i) => {
    const at = kit.nested(`findings[${i}]`);
    at.text("description", f.description);
    at.knownOrUnset("severity", f.severity, Severity);
  });
  checkAttachments(kit, "attachments", m.attachments);
}
