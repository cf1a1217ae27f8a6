import { describe, expect, it } from "vitest";
import {
  checkHeader,
  contractFor,
  sealedPayloadContract,
  tongbao,
  type Contract,
} from "../src/mod.js";
import { messageFromJson } from "../src/json/from-json.js";
import { expectTongbaoError } from "./support/expect-error.js";
import { golden } from "./support/golden.js";

type Json = Record<string, unknown>;

/** A rule case: an edit of a golden message that must be refused at `path`. */
interface RuleCase {
  rule: string;
  typeName: string;
  edit: (json: Json) => Json;
  path: string;
}

const without = (json: Json, ...names: string[]): Json =>
  Object.fromEntries(Object.entries(json).filter(([k]) => !names.includes(k)));

const CASES: RuleCase[] = [
  {
    rule: "an incident report needs a grade",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => without(j, "grade"),
    path: "grade",
  },
  {
    rule: "an incident report needs a phase",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => without(j, "phase"),
    path: "phase",
  },
  {
    rule: "an incident report needs its occurred time",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => without(j, "occurredTime"),
    path: "occurredTime",
  },
  {
    rule: "a final incident report needs a determined grade",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => ({ ...j, phase: "REPORT_PHASE_FINAL" }),
    path: "grade",
  },
  {
    rule: "an update names its incident",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => ({ ...without(j, "incidentId"), phase: "REPORT_PHASE_UPDATE" }),
    path: "incidentId",
  },
  {
    rule: "an incident is not discovered before it occurred",
    typeName: "tongbao.incident.v1.IncidentReport",
    edit: (j) => ({ ...j, discoveredTime: "2025-02-01T00:00:00Z" }),
    path: "discoveredTime",
  },
  {
    rule: "an early warning LIFT needs the warning it lifts",
    typeName: "tongbao.warning.v1.EarlyWarning",
    edit: (j) => ({ ...j, action: "WARNING_ACTION_LIFT" }),
    path: "warningId",
  },
  {
    rule: "an early warning ISSUE names no earlier warning",
    typeName: "tongbao.warning.v1.EarlyWarning",
    edit: (j) => ({ ...j, warningId: "0195a1b2-0000-7000-8000-000000000009" }),
    path: "warningId",
  },
  {
    rule: "an early warning needs its level",
    typeName: "tongbao.warning.v1.EarlyWarning",
    edit: (j) => without(j, "level"),
    path: "level",
  },
  {
    rule: "a receipt needs the id it acknowledges",
    typeName: "tongbao.receipt.v1.Receipt",
    edit: (j) => without(j, "messageId"),
    path: "messageId",
  },
  {
    rule: "a rejection says why",
    typeName: "tongbao.receipt.v1.Receipt",
    edit: (j) => ({ ...j, outcome: "RECEIPT_OUTCOME_REJECTED" }),
    path: "rejectionReason",
  },
  {
    rule: "a receipt digest is a SHA-256",
    typeName: "tongbao.receipt.v1.Receipt",
    edit: (j) => ({ ...j, messageDigest: "AAEC" }),
    path: "messageDigest",
  },
  {
    rule: "an emergency response END names the response it ends",
    typeName: "tongbao.response.v1.EmergencyResponse",
    edit: (j) => ({ ...j, action: "RESPONSE_ACTION_END" }),
    path: "responseId",
  },
  {
    rule: "feedback that cannot comply says why",
    typeName: "tongbao.feedback.v1.HandlingFeedback",
    edit: (j) => ({ ...j, status: "HANDLING_STATUS_CANNOT_COMPLY" }),
    path: "cannotComplyReason",
  },
  {
    rule: "a rectification notice has a deadline",
    typeName: "tongbao.rectification.v1.RectificationNotice",
    edit: (j) => without(j, "deadline"),
    path: "deadline",
  },
  {
    rule: "each rectification issue requires an action",
    typeName: "tongbao.rectification.v1.RectificationNotice",
    edit: (j) => ({
      ...j,
      issues: [(j["issues"] as Json[])[0], { description: "未说明措施" }],
    }),
    path: "issues[1].actions",
  },
  {
    rule: "a vulnerability notice has an identifier",
    typeName: "tongbao.vulnerability.v1.VulnerabilityNotice",
    edit: (j) => without(j, "identifiers"),
    path: "identifiers",
  },
  {
    rule: "a CVSS score is at most 10",
    typeName: "tongbao.vulnerability.v1.VulnerabilityNotice",
    edit: (j) => ({ ...j, cvssScore: 11 }),
    path: "cvssScore",
  },
  {
    rule: "an indicator has a value",
    typeName: "tongbao.bulletin.v1.ThreatBulletin",
    edit: (j) => ({ ...j, indicators: [{ type: "INDICATOR_TYPE_IP" }] }),
    path: "indicators[0].value",
  },
  {
    rule: "an exposure finding has a real IP address",
    typeName: "tongbao.exposure.v1.ExposureFinding",
    edit: (j) => ({ ...j, ip: "198.51.100.300" }),
    path: "ip",
  },
  {
    rule: "an inspection has a rating",
    typeName: "tongbao.inspection.v1.InspectionResult",
    edit: (j) => without(j, "rating"),
    path: "rating",
  },
  {
    rule: "an organisation id is a subject token",
    typeName: "tongbao.registry.v1.Organization",
    edit: (j) => ({ ...j, id: "JS.CAC" }),
    path: "id",
  },
  {
    rule: "an Ed25519 key is 32 bytes",
    typeName: "tongbao.registry.v1.SigningKey",
    edit: (j) => ({ ...j, publicKey: Buffer.alloc(31).toString("base64") }),
    path: "publicKey",
  },
  {
    rule: "a revocation says when the key was revoked",
    typeName: "tongbao.registry.v1.KeyEvent",
    edit: (j) => ({ ...j, kind: "KEY_EVENT_KIND_REVOKE" }),
    path: "key.revokedTime",
  },
  {
    rule: "an X25519 encryption key is 32 bytes",
    typeName: "tongbao.registry.v1.EncryptionKey",
    edit: (j) => ({ ...j, publicKey: Buffer.alloc(65).toString("base64") }),
    path: "publicKey",
  },
  {
    rule: "an encryption key names its key agreement",
    typeName: "tongbao.registry.v1.EncryptionKey",
    edit: (j) => without(j, "algorithm"),
    path: "algorithm",
  },
  {
    rule: "an encryption key rotation names the key it replaces",
    typeName: "tongbao.registry.v1.EncryptionKeyEvent",
    edit: (j) => without(j, "previousKeyId"),
    path: "previousKeyId",
  },
];

describe("contract rules", () => {
  describe.each(CASES)("$rule", ({ typeName, edit, path }) => {
    const contract = contractFor(typeName) as Contract;
    const json = edit(structuredClone(golden(typeName).json));

    it("is enforced on JSON with TB_ERR_CONTRACT naming the field", () => {
      const err = expectTongbaoError(() => contract.fromJson(json), "TB_ERR_CONTRACT", path);
      expect(err.message).toContain(typeName);
      expect(err.message).toContain(path);
    });

    it("is enforced alike on decoded binary", () => {
      // The generated codec writes the edited message without any rule check.
      const bytes = generatedClass(typeName).encode(messageFromJson(typeName, json)).finish();
      expectTongbaoError(() => contract.decode(bytes), "TB_ERR_CONTRACT", path);
    });

    it("is enforced on encode", () => {
      const properties = messageFromJson(typeName, json);
      expectTongbaoError(() => contract.encode(properties), "TB_ERR_CONTRACT", path);
    });
  });

  it("accepts every golden vector as it is", () => {
    for (const { typeName } of CASES) {
      const contract = contractFor(typeName) as Contract;
      expect(() => contract.fromJson(golden(typeName).json)).not.toThrow();
    }
  });
});

describe("sealed payload rules", () => {
  const sealed = (): tongbao.envelope.v1.SealedPayload.$Properties => ({
    suite: tongbao.envelope.v1.RedSuite.RED_SUITE_X25519_AES_256_GCM,
    ephemeralPublicKey: new Uint8Array(32).fill(7),
    nonce: new Uint8Array(12).fill(1),
    ciphertext: new Uint8Array(40).fill(2),
    recipients: [
      {
        orgId: "nea",
        keyId: "nea_enc_1",
        nonce: new Uint8Array(12),
        wrappedKey: new Uint8Array(48),
      },
    ],
  });
  const encode = (m: tongbao.envelope.v1.SealedPayload.$Properties) =>
    tongbao.envelope.v1.SealedPayload.encode(m).finish();

  it("accepts a well-formed sealed payload", () => {
    expect(sealedPayloadContract.decode(encode(sealed())).recipients[0]?.orgId).toBe("nea");
  });

  it("needs a known suite, nonces of its size and named recipients", () => {
    const d = (m: tongbao.envelope.v1.SealedPayload.$Properties) => () =>
      sealedPayloadContract.decode(encode(m));
    expectTongbaoError(
      d({ ...sealed(), suite: 9 as tongbao.envelope.v1.RedSuite }),
      "TB_ERR_CONTRACT",
      "suite",
    );
    expectTongbaoError(d({ ...sealed(), nonce: new Uint8Array(16) }), "TB_ERR_CONTRACT", "nonce");
    expectTongbaoError(d({ ...sealed(), recipients: [] }), "TB_ERR_CONTRACT", "recipients");
    expectTongbaoError(
      d({ ...sealed(), recipients: [{ ...sealed().recipients![0], orgId: "NEA" }] }),
      "TB_ERR_CONTRACT",
      "recipients[0].orgId",
    );
    expectTongbaoError(
      d({ ...sealed(), ephemeralPublicKey: new Uint8Array(31) }),
      "TB_ERR_CONTRACT",
      "ephemeralPublicKey",
    );
  });
});

describe("header rules", () => {
  const header = (): tongbao.envelope.v1.Header.$Properties => ({
    id: "0195a1b2-0000-7000-8000-00000000000a",
    type: "tongbao.incident.v1.IncidentReport",
    source: "js-iit",
    time: { seconds: 1_740_800_000 },
    status: tongbao.envelope.v1.Status.STATUS_LIVE,
    marking: { tlp: tongbao.common.v1.Tlp.TLP_RED },
    recipients: ["miit"],
    payloadSha256: new Uint8Array(32),
    producerId: "js-iit-1",
    producerSeq: 1,
  });

  it("accepts a complete header", () => {
    expect(() => checkHeader(header())).not.toThrow();
  });

  it("requires named recipients for TLP:RED", () => {
    expectTongbaoError(
      () => checkHeader({ ...header(), recipients: [] }),
      "TB_ERR_CONTRACT",
      "recipients",
    );
  });

  it("requires a status", () => {
    expectTongbaoError(() => checkHeader({ ...header(), status: 0 }), "TB_ERR_CONTRACT", "status");
  });

  it("requires the previous digest after the first message of a chain", () => {
    expectTongbaoError(
      () => checkHeader({ ...header(), producerSeq: 2 }),
      "TB_ERR_CONTRACT",
      "prevDigest",
    );
  });

  it("names each entry of a list and each field of a nested message it refuses", () => {
    const { ReferenceKind } = tongbao.envelope.v1;
    const { Sector } = tongbao.common.v1;
    const reference = { id: "r", kind: ReferenceKind.REFERENCE_KIND_UPDATE };
    const cases: [
      tongbao.envelope.v1.Header.$Properties,
      "TB_ERR_SCHEMA" | "TB_ERR_CONTRACT",
      string,
    ][] = [
      [{ recipients: ["miit", "a".repeat(4097)] }, "TB_ERR_SCHEMA", "recipients[1]"],
      [{ recipients: ["miit", 7 as unknown as string] }, "TB_ERR_SCHEMA", "recipients[1]"],
      [{ recipients: "miit" as unknown as string[] }, "TB_ERR_SCHEMA", "recipients"],
      [{ recipients: ["miit", "Bad"] }, "TB_ERR_CONTRACT", "recipients[1]"],
      [
        { sectors: [Sector.SECTOR_POWER, 999 as tongbao.common.v1.Sector] },
        "TB_ERR_CONTRACT",
        "sectors[1]",
      ],
      [
        { references: [reference, { ...reference, id: "x".repeat(129) }] },
        "TB_ERR_SCHEMA",
        "references[1].id",
      ],
      [
        { references: [reference, { ...reference, id: " " }] },
        "TB_ERR_CONTRACT",
        "references[1].id",
      ],
      [{ references: [reference, { id: "r" }] }, "TB_ERR_CONTRACT", "references[1].kind"],
      [{ correlationId: "\ud800" }, "TB_ERR_SCHEMA", "correlationId"],
      [{ time: { seconds: 253_402_300_800 } }, "TB_ERR_SCHEMA", "time"],
      [{ expires: { seconds: 1, nanos: -1 } }, "TB_ERR_SCHEMA", "expires"],
      [{ marking: { tlp: 99 as tongbao.common.v1.Tlp } }, "TB_ERR_CONTRACT", "marking.tlp"],
    ];
    for (const [edit, code, path] of cases) {
      expectTongbaoError(() => checkHeader({ ...header(), ...edit }), code, path);
    }
  });
});

/** The generated class of a full type name, e.g. tongbao.receipt.v1.Receipt. */
function generatedClass(typeName: string): { encode(m: unknown): { finish(): Uint8Array } } {
  let node: unknown = { tongbao };
  for (const part of typeName.split(".")) node = (node as Record<string, unknown>)[part];
  return node as { encode(m: unknown): { finish(): Uint8Array } };
}
