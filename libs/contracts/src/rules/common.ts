import { tongbao } from "../codegen.js";
import type { RuleKit } from "./kit.js";

const { IndicatorType, EnterpriseType, EnterpriseSecurityLevel } = tongbao.common.v1;

type Attachment = tongbao.common.v1.Attachment.$Properties;
type Enterprise = tongbao.common.v1.Enterprise.$Properties;
type Indicator = tongbao.common.v1.Indicator.$Properties;

/** 统一社会信用代码: 18 characters from digits and capitals without I, O, S, V, Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function checkEnterprise(kit: RuleKit, e: Enterprise): void {
  kit.text("name", e.name);
  if (e.orgId) kit.orgId("orgId", e.orgId);
  if (e.unifiedSocialCreditCode && !CREDIT_CODE.test(e.unifiedSocialCreditCode)) {
    kit.fail("unifiedSocialCreditCode", "must be an 18-character unified social credit code");
  }
  kit.knownOrUnset("enterpriseType", e.enterpriseType, EnterpriseType);
  kit.knownOrUnset("securityLevel", e.securityLevel, EnterpriseSecurityLevel);
  kit.region("region", e.region);
}

export function checkIndicators(
  kit: RuleKit,
  indicators: readonly Indicator[] | null | undefined,
): void {
  (indicators ?? []).forEach((indicator, i) => {
    const at = kit.nested(`indicators[${i}]`);
    at.known("type", indicator.type, IndicatorType);
    at.text("value", indicator.value);
    at.notBefore("lastSeenTime", indicator.lastSeenTime, indicator.firstSeenTime, "firstSeenTime");
  });
}

/**
 * An attachment names itself, carries its SHA-256 (the signature covers it, so referenced
 * files are tamper-evident too) and either its content or where to fetch it.
 */
export function checkAttachments(
  kit: RuleKit,
  field: string,
  attachments: readonly Attachment[] | null | undefined,
): void {
  (attachments ?? []).forEach((a, i) => {
    const at = kit.nested(`${field}[${i}]`);
    at.text("name", a.name);
    at.bytes("sha256", a.sha256, 32, false);
    if (!a.data?.length && !a.uri) at.fail("data", "or uri is required");
    if (a.data?.length && a.sizeBytes && Number(a.sizeBytes) !== a.data.length) {
      at.fail("sizeBytes", `must equal the length of data (${a.data.length})`);
    }
  });
}
