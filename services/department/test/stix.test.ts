import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromStixBundle } from "../src/stix/from-stix.js";
import { organisationIdentityId } from "../src/stix/ids.js";
import { parsePattern } from "../src/stix/patterns.js";
import { readBundle } from "../src/stix/read-bundle.js";
import { tlpMarkingDefinition } from "../src/stix/tlp.js";
import type { StixBundle, StixObject } from "../src/stix/types.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";
import { stixBundleProblems } from "./fixtures/stix-schemas.js";

const BULLETIN = {
  kind: "BULLETIN_KIND_THREAT",
  documentNumber: "工信网安通报〔2026〕31号",
  title: "关于Mirai变种攻击能源行业工业路由器的通报",
  summary: "Mirai变种利用弱口令攻击联网工业路由器。",
  body: "正文……",
  category: "INCIDENT_CATEGORY_MALWARE",
  threatName: "Mirai variant",
  severity: "SEVERITY_HIGH",
  indicators: [
    { type: "INDICATOR_TYPE_IP", value: "203.0.113.45", description: "C2 server" },
    { type: "INDICATOR_TYPE_IP", value: "2001:db8::45" },
    { type: "INDICATOR_TYPE_DOMAIN", value: "c2.example.net" },
    { type: "INDICATOR_TYPE_URL", value: "http://c2.example.net/bot's.sh" },
    { type: "INDICATOR_TYPE_EMAIL", value: "ops@example.net" },
    { type: "INDICATOR_TYPE_FILE_MD5", value: "d41d8cd98f00b204e9800998ecf8427e" },
    { type: "INDICATOR_TYPE_FILE_SHA1", value: "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
    {
      type: "INDICATOR_TYPE_FILE_SHA256",
      value: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
    {
      type: "INDICATOR_TYPE_FILE_SM3",
      value: "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b",
    },
    { type: "INDICATOR_TYPE_CVE", value: "CVE-2023-1389", description: "exploited" },
    { type: "INDICATOR_TYPE_CNVD", value: "CNVD-2023-12345" },
  ],
  affectedScope: { sectors: ["SECTOR_POWER"], regions: ["100000"] },
  recommendedMeasures: ["封堵C2地址", "修改默认口令"],
};

const NOTICE = {
  documentNumber: "工信网安漏洞〔2026〕7号",
  title: "关于某型PLC存在远程代码执行漏洞的通报",
  description: "Web管理接口栈溢出，未经认证可远程执行代码。",
  identifiers: [
    { scheme: "IDENTIFIER_SCHEME_CVE", value: "CVE-2025-0101" },
    { scheme: "IDENTIFIER_SCHEME_CNVD", value: "CNVD-2025-00101" },
  ],
  products: [
    {
      vendor: "示例自动化有限公司",
      product: "EX-PLC 1200",
      affectedVersions: ["< 4.6.2"],
      cpe: "cpe:2.3:h:example:ex-plc_1200:-:*:*:*:*:*:*:*",
    },
  ],
  severity: "SEVERITY_CRITICAL",
  cvssScore: 9.8,
  cweId: "CWE-121",
  exploitStatus: "EXPLOIT_STATUS_PROOF_OF_CONCEPT",
  mitigation: "升级固件至4.6.2。",
  referenceUrls: ["https://vendor.example/advisory/2025-01"],
};

const EXPOSURE = {
  ip: "198.51.100.7",
  port: 502,
  transport: "TRANSPORT_PROTOCOL_TCP",
  protocol: "modbus",
  deviceType: "ASSET_TYPE_PLC",
  vendor: "示例自动化",
  locationRegion: "320100",
  owner: { name: "江苏示例水务有限公司", sectors: ["SECTOR_WATER"] },
  riskLevel: "SEVERITY_HIGH",
  riskDescription: "未授权写线圈",
  vulnerabilityIds: ["CVE-2025-0101", "CNVD-2025-00101"],
  firstSeenTime: "2026-11-20T08:00:00Z",
  lastSeenTime: "2026-11-25T08:00:00Z",
};

const INCIDENT = {
  phase: "REPORT_PHASE_UPDATE",
  incidentId: "JS-2026-0042",
  title: "某石化企业DCS遭勒索软件攻击",
  summary: "DCS工程师站被加密。",
  grade: "INCIDENT_GRADE_III",
  category: "INCIDENT_CATEGORY_MALWARE",
  subcategory: "勒索软件事件",
  occurredTime: "2026-11-25T01:10:00Z",
  discoveredTime: "2026-11-25T02:30:00.250Z",
  affectedObject: "DCS工程师站",
  scope: { sectors: ["SECTOR_RAW_MATERIALS"], regions: ["320500"] },
  harm: "两套装置停车",
  measuresTaken: ["断开工程师站网络", "启用备用操作站"],
  recommendations: ["排查同型号工程师站"],
  criticalInfrastructure: true,
  dataLevelAffected: "DATA_LEVEL_IMPORTANT",
  recordsLeaked: "1200",
  outageHours: 6.5,
  economicLossYuan: "350000",
  productionSafetyAccident: false,
  reportingEnterprise: {
    name: "江苏示例石化股份有限公司",
    unifiedSocialCreditCode: "91320500MA1XXXXXX1",
    sectors: ["SECTOR_RAW_MATERIALS"],
  },
  contact: { name: "王工", phone: "0512-00000000" },
  causeAnalysis: "工程师站弱口令",
  indicators: [{ type: "INDICATOR_TYPE_DOMAIN", value: "ransom.example.org" }],
};

/** What STIX carries of each payload: the round trip gives exactly this back. */
const { body: _b, affectedScope: _s, ...BULLETIN_CARRIED } = BULLETIN;
const { cvssScore: _cvss, ...NOTICE_WITHOUT_CVSS } = NOTICE;
const NOTICE_CARRIED = {
  ...NOTICE_WITHOUT_CVSS,
  products: [
    { vendor: NOTICE.products[0]!.vendor, product: "EX-PLC 1200", cpe: NOTICE.products[0]!.cpe },
  ],
};
const EXPOSURE_CARRIED = {
  ip: EXPOSURE.ip,
  port: 502,
  transport: EXPOSURE.transport,
  protocol: "modbus",
  owner: { name: EXPOSURE.owner.name },
  riskLevel: EXPOSURE.riskLevel,
  riskDescription: EXPOSURE.riskDescription,
  vulnerabilityIds: EXPOSURE.vulnerabilityIds,
  firstSeenTime: "2026-11-20T08:00:00.000Z",
  lastSeenTime: "2026-11-25T08:00:00.000Z",
};
/** An IncidentReport comes back whole: what STIX lacks travels in x_tongbao_* properties. */
const INCIDENT_CARRIED = "the whole payload";

describe("STIX 2.1 bundles of Tongbao messages, and messages from STIX bundles", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  const ids: Record<string, string> = {};

  const entryIn = (org: string, id: string) => c.inbox(org).find((e) => e.id === id);
  const bundleOf = async (org: string, id: string) => {
    const res = await fetch(`${c.get(org).url}/stix/messages/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/stix+json;version=2.1");
    const bundle = (await res.json()) as StixBundle;
    // Every bundle served is valid against OASIS's STIX 2.1 JSON schemas.
    expect(stixBundleProblems(bundle), `bundle of ${id} at ${org}`).toEqual([]);
    return bundle;
  };
  const postBundle = async (org: string, bundle: unknown, query = "") => {
    const res = await fetch(`${c.get(org).url}/stix/bundles${query}`, {
      method: "POST",
      headers: { "content-type": "application/stix+json;version=2.1" },
      body: JSON.stringify(bundle),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "nea", "samr", "js-ca", "js-iit"]);
    const sent = [
      [
        "bulletin",
        "miit",
        {
          type: "ThreatBulletin",
          marking: { tlp: "GREEN" },
          sectors: ["power"],
          payload: BULLETIN,
        },
      ],
      [
        "notice",
        "miit",
        {
          type: "VulnerabilityNotice",
          marking: { tlp: "AMBER" },
          sectors: ["power"],
          payload: NOTICE,
        },
      ],
      [
        "exposure",
        "js-ca",
        {
          type: "ExposureFinding",
          marking: { tlp: "AMBER_STRICT" },
          recipients: ["nea"],
          payload: EXPOSURE,
        },
      ],
      [
        "incident",
        "js-iit",
        {
          type: "IncidentReport",
          marking: { tlp: "AMBER" },
          recipients: ["nea"],
          payload: INCIDENT,
        },
      ],
    ] as const;
    for (const [name, from, body] of sent) {
      const r = await c.post(from, "/messages", body);
      expect(r.status, JSON.stringify(r.json)).toBe(202);
      ids[name] = r.json["id"] as string;
    }
    await waitFor(() => Object.values(ids).every((id) => entryIn("nea", id)), {
      name: "the four messages in nea's inbox",
      timeout: 30_000,
    });
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("maps each family to a bundle with every property STIX requires, signed and marked", async () => {
    for (const [name, id] of Object.entries(ids)) {
      // bundleOf checks it against the OASIS schemas.
      const bundle = await bundleOf("nea", id);
      // The checks a posted bundle gets: common and per-type required properties, ids, timestamps.
      expect(() => readBundle(bundle), name).not.toThrow();
      const byId = new Map(bundle.objects.map((o) => [o.id, o]));
      const report = bundle.objects[0]!;
      expect(report.type).toBe("report");
      for (const ref of report["object_refs"] as string[]) expect(byId.has(ref), ref).toBe(true);
      const entry = entryIn("nea", id)!;
      const signer = organisationIdentityId(entry.source);
      expect(byId.get(signer)).toMatchObject({ type: "identity", identity_class: "organization" });
      const tlp = tlpMarkingDefinition(entry.tlp as never);
      expect(byId.get(tlp.id)).toEqual(tlp);
      for (const o of bundle.objects) {
        if (o.type === "identity" && o.id === signer) continue;
        if (o.type === "marking-definition" || o.type === "software") continue;
        expect(o["created_by_ref"], o.id).toBe(signer);
        expect(o["object_marking_refs"], o.id).toEqual([tlp.id]);
        expect(o.spec_version).toBe("2.1");
      }
      for (const o of bundle.objects.filter((x) => x.type === "indicator")) {
        expect(
          () => parsePattern(o["pattern"] as string, "pattern"),
          o["pattern"] as string,
        ).not.toThrow();
      }
    }
  });

  it("checks bundles against OASIS's schemas, which refuse what STIX forbids", () => {
    expect(stixBundleProblems(foreignBundle())).toEqual([]);
    // Controls: the schemas do refuse a missing required property and a malformed id.
    const noPattern = foreignBundle();
    delete noPattern.objects[2]!["pattern"];
    expect(stixBundleProblems(noPattern).join("\n")).toMatch(/pattern/);
    const badId = foreignBundle();
    badId.objects[1]!.id = "identity--not-a-uuid";
    expect(stixBundleProblems(badId)).not.toEqual([]);
  });

  it("gives patterns, CVE and CNVD references and TLP 2.0 markings as the standard spells them", async () => {
    const bundle = await bundleOf("nea", ids["bulletin"]!);
    const patterns = bundle.objects.filter((o) => o.type === "indicator").map((o) => o["pattern"]);
    expect(patterns).toEqual([
      "[ipv4-addr:value = '203.0.113.45']",
      "[ipv6-addr:value = '2001:db8::45']",
      "[domain-name:value = 'c2.example.net']",
      "[url:value = 'http://c2.example.net/bot\\'s.sh']",
      "[email-addr:value = 'ops@example.net']",
      "[file:hashes.'MD5' = 'd41d8cd98f00b204e9800998ecf8427e']",
      "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
      "[file:hashes.'SM3' = '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b']",
    ]);
    const vulns = bundle.objects.filter((o) => o.type === "vulnerability");
    expect(vulns.map((v) => v["external_references"])).toEqual([
      [{ source_name: "cve", external_id: "CVE-2023-1389" }],
      [{ source_name: "cnvd", external_id: "CNVD-2023-12345" }],
    ]);
    const marking = bundle.objects.find((o) => o.type === "marking-definition")!;
    expect(marking).toEqual({
      type: "marking-definition",
      spec_version: "2.1",
      id: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
      created: "2022-10-01T00:00:00.000Z",
      name: "TLP:GREEN",
      extensions: {
        "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {
          extension_type: "property-extension",
          tlp_2_0: "green",
        },
      },
    });
    const exposure = await bundleOf("nea", ids["exposure"]!);
    const sighting = exposure.objects.find((o) => o.type === "sighting")!;
    const indicator = exposure.objects.find((o) => o.id === sighting["sighting_of_ref"])!;
    expect(indicator["pattern"]).toBe(
      "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '198.51.100.7' AND network-traffic:dst_port = 502 AND network-traffic:protocols[*] = 'tcp']",
    );
    expect(sighting).toMatchObject({
      first_seen: "2026-11-20T08:00:00.000Z",
      last_seen: "2026-11-25T08:00:00.000Z",
      where_sighted_refs: [organisationIdentityId("js-ca")],
    });
    expect(exposure.objects.find((o) => o.type === "marking-definition")!["name"]).toBe(
      "TLP:AMBER+STRICT",
    );
  });

  it("gives the same STIX ids for the same message, whoever serves it", async () => {
    const fromNea = await bundleOf("nea", ids["bulletin"]!);
    const again = await bundleOf("nea", ids["bulletin"]!);
    await waitFor(() => entryIn("samr", ids["bulletin"]!), {
      name: "the bulletin at samr",
      timeout: 20_000,
    });
    const fromSamr = await bundleOf("samr", ids["bulletin"]!);
    expect(again).toEqual(fromNea);
    expect(fromSamr.objects.map((o) => o.id)).toEqual(fromNea.objects.map((o) => o.id));
    const other = await bundleOf("nea", ids["notice"]!);
    const bulletinIds = new Set(
      fromNea.objects
        .filter((o) => o.type !== "marking-definition" && o.type !== "identity")
        .map((o) => o.id),
    );
    expect(other.objects.some((o) => bulletinIds.has(o.id))).toBe(false);
  });

  it("reads each bundle back to the same payload, for everything STIX carries", async () => {
    const expected: Record<string, [string, object | string]> = {
      bulletin: ["tongbao.bulletin.v1.ThreatBulletin", BULLETIN_CARRIED],
      notice: ["tongbao.vulnerability.v1.VulnerabilityNotice", NOTICE_CARRIED],
      exposure: ["tongbao.exposure.v1.ExposureFinding", EXPOSURE_CARRIED],
      incident: ["tongbao.incident.v1.IncidentReport", INCIDENT_CARRIED],
    };
    for (const [name, id] of Object.entries(ids)) {
      const reading = fromStixBundle(readBundle(await bundleOf("nea", id)));
      expect(reading.skipped, name).toEqual([]);
      expect(reading.messages, name).toHaveLength(1);
      const [type, payload] = expected[name]!;
      const entry = entryIn("nea", id)!;
      expect(reading.messages[0]).toMatchObject({ type, tlp: entry.tlp });
      expect(reading.messages[0]!.payload, name).toEqual(
        payload === INCIDENT_CARRIED ? entry.payload : payload,
      );
    }
  });

  it("publishes a department's STIX bundle as signed messages its subscribers verify", async () => {
    const bundle = foreignBundle();
    const r = await postBundle("miit", bundle, "?sectors=power");
    expect(r.status, JSON.stringify(r.json)).toBe(202);
    const published = r.json["published"] as { id: string; type: string; objects: string[] }[];
    expect(published.map((p) => p.type)).toEqual([
      "tongbao.bulletin.v1.ThreatBulletin",
      "tongbao.vulnerability.v1.VulnerabilityNotice",
    ]);
    expect(r.json["failures"]).toEqual([
      expect.objectContaining({
        id: "attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
        code: "TB_ERR_SCHEMA",
      }),
    ]);
    await waitFor(() => published.every((p) => entryIn("nea", p.id)), {
      name: "both at nea",
      timeout: 20_000,
    });
    const bulletin = entryIn("nea", published[0]!.id)!;
    expect(bulletin).toMatchObject({ source: "miit", tlp: "AMBER", sectors: ["power"] });
    expect(bulletin.keyId).not.toBe("");
    expect(bulletin.payload).toMatchObject({
      kind: "BULLETIN_KIND_THREAT",
      title: "APT-X infrastructure",
      summary: "C2 servers seen in November",
      category: "INCIDENT_CATEGORY_OTHER",
      indicators: [
        { type: "INDICATOR_TYPE_IP", value: "192.0.2.10" },
        { type: "INDICATOR_TYPE_DOMAIN", value: "apt-x.example" },
        { type: "INDICATOR_TYPE_CVE", value: "CVE-2024-3400" },
      ],
    });
    const notice = entryIn("nea", published[1]!.id)!;
    expect(notice.payload).toMatchObject({
      title: "PAN-OS command injection",
      identifiers: [{ scheme: "IDENTIFIER_SCHEME_CVE", value: "CVE-2024-3400" }],
      products: [{ vendor: "Palo Alto Networks", product: "PAN-OS" }],
      severity: "SEVERITY_CRITICAL",
    });
  });

  it("refuses a bad bundle naming the object and the property, and publishes nothing from it", async () => {
    const before = c.get("miit").service.inbox.sentMessages().length;
    const bundle = foreignBundle();
    const indicator = bundle.objects[2]!;
    delete indicator["pattern"];
    const r = await postBundle("miit", bundle, "?sectors=power");
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      code: "TB_ERR_SCHEMA",
      message: `${indicator.id}: pattern is required for a indicator`,
      path: "objects[2].pattern",
    });
    const badTime = foreignBundle();
    badTime.objects[1]!["created"] = "2026-13-01";
    const t = await postBundle("miit", badTime);
    expect(t.json).toMatchObject({ code: "TB_ERR_SCHEMA", path: "objects[1].created" });
    expect(t.json["message"]).toContain(badTime.objects[1]!.id);
    expect(c.get("miit").service.inbox.sentMessages().length).toBe(before);
    // Positive control: the same bundle whole is published (previous test).
    const ok = await postBundle("miit", foreignBundle(), "?sectors=power");
    expect(ok.status).toBe(202);
  });

  it("takes an IncidentReport's bundle back whole, and refuses an x_tongbao_ property it does not read", async () => {
    const served = await bundleOf("nea", ids["incident"]!);
    const at = served.objects.findIndex((o) => o.type === "incident");
    const incident = served.objects[at]!;
    expect(incident).toMatchObject({
      x_tongbao_occurred_time: INCIDENT.occurredTime,
      x_tongbao_records_leaked: "1200",
      x_tongbao_reporting_enterprise: INCIDENT.reportingEnterprise,
    });
    const misspelt = structuredClone(served);
    misspelt.objects[at]!["x_tongbao_occured_time"] = INCIDENT.occurredTime;
    const refused = await postBundle("js-iit", misspelt, "?recipients=nea");
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      code: "TB_ERR_SCHEMA",
      path: `objects[${at}].x_tongbao_occured_time`,
    });
    expect(refused.json["message"]).toContain(incident.id);
    const onReport = structuredClone(served);
    onReport.objects[0]!["x_tongbao_harm"] = "x";
    expect((await postBundle("js-iit", onReport, "?recipients=nea")).json).toMatchObject({
      code: "TB_ERR_SCHEMA",
      path: "objects[0].x_tongbao_harm",
    });
    // Positive control: the bundle as served is published again, and nea gets the same payload.
    const ok = await postBundle("js-iit", served, "?recipients=nea");
    expect(ok.status, JSON.stringify(ok.json)).toBe(202);
    const [again] = ok.json["published"] as { id: string; type: string }[];
    expect(again!.type).toBe("tongbao.incident.v1.IncidentReport");
    await waitFor(() => entryIn("nea", again!.id), { name: "the re-published incident at nea" });
    expect(entryIn("nea", again!.id)!.payload).toEqual(entryIn("nea", ids["incident"]!)!.payload);
  });

  it("refuses what the department's profile does not allow, by the contract's field", async () => {
    // NEA may publish bulletins, not vulnerability notices.
    const r = await postBundle("nea", foreignBundle());
    expect(r.status).toBe(202);
    const failures = r.json["failures"] as { id: string; code: string; message: string }[];
    expect(failures).toContainEqual(
      expect.objectContaining({
        id: "vulnerability--a3f2b3e7-5a44-4c5b-9a3c-0e1d7e0c2b11",
        code: "TB_ERR_FORBIDDEN",
      }),
    );
    expect((r.json["published"] as { type: string }[]).map((p) => p.type)).toEqual([
      "tongbao.bulletin.v1.ThreatBulletin",
    ]);
  });
});

/** A bundle as a CTI platform exports it: TLP:AMBER, no Tongbao labels. */
function foreignBundle(): StixBundle & { objects: StixObject[] } {
  const t = "2026-11-28T09:00:00.000Z";
  const amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
  const common = { spec_version: "2.1", created: t, modified: t, object_marking_refs: [amber] };
  return {
    type: "bundle",
    id: "bundle--6b1d6b7a-3c8f-4f0e-9a55-0d6b0a1c9e01",
    objects: [
      {
        type: "report",
        id: "report--2f7a7e0e-0b6b-4bb4-8b0c-6f0d0c1b2a01",
        ...common,
        name: "APT-X infrastructure",
        description: "C2 servers seen in November",
        published: t,
        report_types: ["threat-report"],
        object_refs: [
          "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
          "indicator--1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
          "vulnerability--0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        ],
      },
      {
        type: "identity",
        id: "identity--c0ffee00-1111-4222-8333-444455556666",
        spec_version: "2.1",
        created: t,
        modified: t,
        name: "Some CERT",
        identity_class: "organization",
      },
      {
        type: "indicator",
        id: "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        ...common,
        pattern: "[ipv4-addr:value = '192.0.2.10']",
        pattern_type: "stix",
        valid_from: t,
      },
      {
        type: "indicator",
        id: "indicator--1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
        ...common,
        pattern: "[domain-name:value = 'apt-x.example']",
        pattern_type: "stix",
        valid_from: t,
      },
      {
        type: "vulnerability",
        id: "vulnerability--0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        ...common,
        name: "CVE-2024-3400",
        external_references: [{ source_name: "cve", external_id: "CVE-2024-3400" }],
      },
      {
        type: "report",
        id: "report--9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
        ...common,
        name: "PAN-OS command injection",
        published: t,
        report_types: ["vulnerability"],
        labels: ["tongbao:severity=critical"],
        object_refs: [
          "vulnerability--a3f2b3e7-5a44-4c5b-9a3c-0e1d7e0c2b11",
          "software--5f1a3f3e-2a52-5b9e-8a1e-5a0c3f1b2d3c",
        ],
      },
      {
        type: "vulnerability",
        id: "vulnerability--a3f2b3e7-5a44-4c5b-9a3c-0e1d7e0c2b11",
        ...common,
        name: "CVE-2024-3400",
        external_references: [{ source_name: "cve", external_id: "CVE-2024-3400" }],
      },
      {
        type: "software",
        id: "software--5f1a3f3e-2a52-5b9e-8a1e-5a0c3f1b2d3c",
        spec_version: "2.1",
        name: "PAN-OS",
        vendor: "Palo Alto Networks",
      },
      {
        type: "attack-pattern",
        id: "attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
        ...common,
        name: "Exploit Public-Facing Application",
      },
    ],
  };
}
