import type { PublishRequest } from "../service/publish-request.js";

/** Demo payloads in the contracts' JSON form (the bodies department systems would POST). */

export function energyThreatBulletin(runTag: string): PublishRequest {
  return {
    type: "ThreatBulletin",
    marking: { tlp: "GREEN" },
    sectors: ["power", "oil_and_gas"],
    correlationId: `demo-${runTag}`,
    payload: {
      kind: "BULLETIN_KIND_THREAT",
      documentNumber: `工信网安通报〔${new Date().getFullYear()}〕${runTag}号`,
      title: "关于Mirai变种僵尸网络攻击能源行业工业路由器的通报",
      summary: "监测发现Mirai变种利用弱口令和CVE-2023-1389漏洞攻击电力、油气行业联网工业路由器。",
      category: "INCIDENT_CATEGORY_MALWARE",
      severity: "SEVERITY_HIGH",
      indicators: [
        {
          type: "INDICATOR_TYPE_IP",
          value: "203.0.113.45",
          description: "command-and-control server",
        },
        { type: "INDICATOR_TYPE_CVE", value: "CVE-2023-1389" },
      ],
      affectedScope: { sectors: ["SECTOR_POWER", "SECTOR_OIL_AND_GAS"], regions: ["100000"] },
      recommendedMeasures: ["封堵C2地址203.0.113.45", "修改设备默认口令", "升级路由器固件"],
    },
  };
}

export function plcVulnerabilityNotice(runTag: string, recipients: string[]): PublishRequest {
  return {
    type: "VulnerabilityNotice",
    marking: { tlp: "AMBER_STRICT" },
    recipients,
    correlationId: `demo-${runTag}`,
    payload: {
      documentNumber: `工信网安漏洞〔${new Date().getFullYear()}〕${runTag}号`,
      title: "关于某型PLC存在远程代码执行漏洞的通报",
      description:
        "某型可编程逻辑控制器Web管理接口存在栈溢出漏洞，未经认证的攻击者可远程执行任意代码。",
      identifiers: [{ scheme: "IDENTIFIER_SCHEME_CVE", value: "CVE-2025-0101" }],
      products: [
        { vendor: "示例自动化有限公司", product: "EX-PLC 1200", affectedVersions: ["< 4.6.2"] },
      ],
      severity: "SEVERITY_CRITICAL",
      cvssScore: 9.8,
      mitigation: "升级固件至4.6.2；升级前关闭Web管理接口。",
    },
  };
}

export function safetyAccidentIncident(runTag: string): PublishRequest {
  const occurred = new Date(Date.now() - 40 * 60_000).toISOString();
  return {
    type: "IncidentReport",
    marking: { tlp: "AMBER" },
    correlationId: `demo-${runTag}`,
    payload: {
      phase: "REPORT_PHASE_INITIAL",
      incidentId: `demo-incident-${runTag}`,
      title: "某石化企业DCS遭勒索软件攻击致装置紧急停车",
      summary: "企业生产管理网多台工程师站被加密，DCS失去监控，装置紧急停车，造成一人受伤。",
      grade: "INCIDENT_GRADE_II",
      category: "INCIDENT_CATEGORY_MALWARE",
      occurredTime: occurred,
      discoveredTime: occurred,
      affectedObject: "常减压装置DCS操作站及工程师站",
      scope: { sectors: ["SECTOR_RAW_MATERIALS"], regions: ["320500"] },
      harm: "装置紧急停车，一人受伤。",
      measuresTaken: ["断开生产网与办公网连接", "启用备用操作站"],
      productionSafetyAccident: true,
      reportingEnterprise: {
        orgId: "js-petrochem-01",
        name: "江苏示例石化股份有限公司",
        enterpriseType: "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
        centralSoe: false,
        region: "320500",
        sectors: ["SECTOR_RAW_MATERIALS"],
      },
    },
  };
}
