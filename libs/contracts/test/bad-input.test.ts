import { describe, expect, it } from "vitest";
import {
  LIMITS,
  contracts,
  type Contract,
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  tongbao,
} from "../src/mod.js";
import { expectTongbaoError } from "./support/expect-error.js";
import { golden } from "./support/golden.js";

const bulletin = golden("tongbao.bulletin.v1.ThreatBulletin");
const incident = golden("tongbao.incident.v1.IncidentReport");

/** Hand-written protobuf: a tag, then a varint or length-delimited value. */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
function field(id: number, wireType: number, body: number[]): number[] {
  return [...varint((id << 3) | wireType), ...body];
}
function lengthDelimited(id: number, bytes: number[]): number[] {
  return field(id, 2, [...varint(bytes.length), ...bytes]);
}

describe("undecodable bytes", () => {
  it("rejects every truncation of a valid bulletin with TB_ERR_DECODE", () => {
    const bytes = bulletin.binary;
    let rejected = 0;
    for (let cut = 1; cut < bytes.length; cut++) {
      try {
        contracts.threatBulletin.decode(bytes.subarray(0, cut));
      } catch (err) {
        expect(err).toMatchObject({ name: "TongbaoError" });
        expect(["TB_ERR_DECODE", "TB_ERR_CONTRACT"]).toContain((err as { code: string }).code);
        rejected++;
      }
    }
    // A cut that falls between two fields leaves a shorter valid message; all others fail.
    expect(rejected).toBeGreaterThan(bytes.length * 0.9);
  });

  it("names the nested field where truncated bytes end", () => {
    const bytes = bulletin.binary;
    // Cut inside the first indicator's value: the path says which indicator.
    const at = bytes.indexOf(Buffer.from("203.0.113.45"));
    const err = expectTongbaoError(
      () => contracts.threatBulletin.decode(bytes.subarray(0, at + 4)),
      "TB_ERR_DECODE",
    );
    expect(err.path).toMatch(/^indicators\[0\]/);
    expect(err.message).toContain("tongbao.bulletin.v1.ThreatBulletin");
  });

  it("rejects a known field sent with the wrong wire type, naming it", () => {
    // grade (field 5) as a length-delimited value instead of a varint.
    const bytes = Uint8Array.from([...field(1, 0, [1]), ...lengthDelimited(5, [1, 2])]);
    expectTongbaoError(() => contracts.incidentReport.decode(bytes), "TB_ERR_DECODE", "grade");
  });

  it("rejects wire type 3 and 4 groups and invalid wire types", () => {
    for (const wireType of [3, 4, 6, 7]) {
      expectTongbaoError(
        () => contracts.receipt.decode(Uint8Array.from([(20 << 3) | wireType, 0])),
        "TB_ERR_DECODE",
      );
    }
  });

  it("rejects field number 0", () => {
    expectTongbaoError(
      () => contracts.receipt.decode(Uint8Array.from([0x00, 0x01])),
      "TB_ERR_DECODE",
      "",
    );
  });

  it("rejects strings that are not UTF-8, naming the field", () => {
    const bytes = Uint8Array.from(lengthDelimited(1, [0xff, 0xfe, 0x41]));
    expectTongbaoError(() => contracts.receipt.decode(bytes), "TB_ERR_DECODE", "messageId");
  });

  it("rejects a length prefix that runs past the end", () => {
    const bytes = Uint8Array.from([...field(1, 2, varint(1_000_000)), 0x41]);
    expectTongbaoError(() => contracts.receipt.decode(bytes), "TB_ERR_DECODE", "messageId");
  });

  it("rejects a ten-byte varint overflow", () => {
    const bytes = Uint8Array.from([
      ...varint((4 << 3) | 0),
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
      0x01,
    ]);
    expectTongbaoError(() => contracts.receipt.decode(bytes), "TB_ERR_DECODE");
  });

  it("rejects nesting deeper than the recursion limit without overflowing the stack", () => {
    // Unknown field 15 nested in itself 5000 times as groups.
    const depth = 5000;
    const bytes = Uint8Array.from([
      ...Array<number>(depth).fill((15 << 3) | 3),
      ...Array<number>(depth).fill((15 << 3) | 4),
    ]);
    expectTongbaoError(() => contracts.receipt.decode(bytes), "TB_ERR_DECODE");
  });

  it("rejects a payload over the size limit before decoding it", () => {
    const big = new Uint8Array(LIMITS.maxPayloadBytes + 1);
    const err = expectTongbaoError(() => contracts.threatBulletin.decode(big), "TB_ERR_DECODE", "");
    expect(err.message).toContain("limit");
  });

  it("rejects envelopes and headers over their limits and undecodable ones", () => {
    expectTongbaoError(
      () => decodeEnvelope(new Uint8Array(LIMITS.maxEnvelopeBytes + 1)),
      "TB_ERR_DECODE",
      "",
    );
    expectTongbaoError(
      () => decodeHeader(new Uint8Array(LIMITS.maxHeaderBytes + 1)),
      "TB_ERR_DECODE",
      "",
    );
    const envelope = encodeEnvelope({ header: new Uint8Array(40), payload: new Uint8Array(3) });
    expectTongbaoError(() => decodeEnvelope(envelope.subarray(0, 20)), "TB_ERR_DECODE", "header");
    expectTongbaoError(
      () => decodeHeader(Uint8Array.from([0x22, 0x05, 0x08])),
      "TB_ERR_DECODE",
      "time",
    );
  });
});

describe("oversized fields", () => {
  it("refuses a title over its limit in binary and in JSON alike", () => {
    const title = "标".repeat(4097);
    const bytes = tongbao.bulletin.v1.ThreatBulletin.encode({
      ...contracts.threatBulletin.decode(bulletin.binary),
      title,
    }).finish();
    expectTongbaoError(() => contracts.threatBulletin.decode(bytes), "TB_ERR_SCHEMA", "title");
    expectTongbaoError(
      () => contracts.threatBulletin.fromJson({ ...bulletin.json, title }),
      "TB_ERR_SCHEMA",
      "title",
    );
  });

  it("refuses an oversized nested string with its full path", () => {
    const json = structuredClone(bulletin.json) as { indicators: { value: string }[] };
    json.indicators[1]!.value = "a".repeat(5000);
    expectTongbaoError(
      () => contracts.threatBulletin.fromJson(json),
      "TB_ERR_SCHEMA",
      "indicators[1].value",
    );
    const message = contracts.threatBulletin.decode(bulletin.binary);
    message.indicators[1]!.value = "a".repeat(5000);
    const bytes = tongbao.bulletin.v1.ThreatBulletin.encode(message).finish();
    expectTongbaoError(
      () => contracts.threatBulletin.decode(bytes),
      "TB_ERR_SCHEMA",
      "indicators[1].value",
    );
  });

  it("counts characters, not UTF-16 units, on both sides", () => {
    const id = "𝓧".repeat(128); // 128 characters, 256 UTF-16 units
    const json = { ...golden("tongbao.receipt.v1.Receipt").json, messageId: id };
    const fromJson = contracts.receipt.fromJson(json);
    expect(contracts.receipt.decode(contracts.receipt.encode(fromJson)).messageId).toBe(id);
  });

  it("refuses strings with unpaired surrogates, which have no UTF-8 form", () => {
    const json = { ...golden("tongbao.receipt.v1.Receipt").json, messageId: "id-\ud800" };
    expectTongbaoError(() => contracts.receipt.fromJson(json), "TB_ERR_SCHEMA", "messageId");
    const message = contracts.receipt.decode(golden("tongbao.receipt.v1.Receipt").binary);
    message.messageId = "\udc00";
    expectTongbaoError(() => contracts.receipt.encode(message), "TB_ERR_SCHEMA", "messageId");
  });

  it("refuses to encode an envelope or header that the decoders would refuse as too large", () => {
    const payload = new Uint8Array(LIMITS.maxEnvelopeBytes);
    expectTongbaoError(
      () => encodeEnvelope({ header: new Uint8Array(10), payload }),
      "TB_ERR_SCHEMA",
      "",
    );
    const recipients = Array.from({ length: 400 }, (_, i) => `recipient-${i}-${"x".repeat(80)}`);
    expectTongbaoError(() => encodeHeader({ id: "x", recipients }), "TB_ERR_SCHEMA", "");
  });

  it("refuses to encode a message over the payload limit", () => {
    const message = contracts.threatBulletin.decode(bulletin.binary);
    message.recommendedMeasures = Array.from({ length: 20 }, () => "措".repeat(20_000));
    expectTongbaoError(() => contracts.threatBulletin.encode(message), "TB_ERR_SCHEMA", "");
  });
});

describe("unknown enum values", () => {
  // Numbers a newer schema might add: the TypeScript enums do not know them.
  const unknownGrade = 99 as tongbao.common.v1.IncidentGrade;
  const unknownSector = 42 as tongbao.common.v1.Sector;

  it("rejects an unknown number in a classification field on binary decode", () => {
    const message = contracts.incidentReport.decode(incident.binary);
    const bytes = tongbao.incident.v1.IncidentReport.encode({
      ...message,
      grade: unknownGrade,
    }).finish();
    const err = expectTongbaoError(
      () => contracts.incidentReport.decode(bytes),
      "TB_ERR_CONTRACT",
      "grade",
    );
    expect(err.message).toContain("unknown value 99");
  });

  it("keeps an unknown number in a descriptive field and writes it as a number in JSON", () => {
    const message = contracts.incidentReport.decode(incident.binary);
    message.scope = { sectors: [tongbao.common.v1.Sector.SECTOR_RAW_MATERIALS, unknownSector] };
    const bytes = tongbao.incident.v1.IncidentReport.encode(message).finish();
    const decoded = contracts.incidentReport.decode(bytes);
    expect(decoded.scope?.sectors).toEqual([1, 42]);
    expect(contracts.incidentReport.toJson(decoded)["scope"]).toEqual({
      sectors: ["SECTOR_RAW_MATERIALS", 42],
    });
  });

  it("rejects an unknown enum name in JSON, listing the allowed ones", () => {
    const err = expectTongbaoError(
      () => contracts.incidentReport.fromJson({ ...incident.json, grade: "INCIDENT_GRADE_V" }),
      "TB_ERR_SCHEMA",
      "grade",
    );
    expect(err.message).toContain("INCIDENT_GRADE_IV");
  });
});

describe("wrong JSON", () => {
  const receipt = golden("tongbao.receipt.v1.Receipt").json;
  const exposure = golden("tongbao.exposure.v1.ExposureFinding").json;
  const cases: [string, Contract, unknown, string][] = [
    ["a string for a message", contracts.threatBulletin, "bulletin", ""],
    ["null", contracts.threatBulletin, null, ""],
    ["an array", contracts.threatBulletin, [], ""],
    ["a number for a string", contracts.threatBulletin, { ...bulletin.json, title: 12 }, "title"],
    [
      "a string for a list",
      contracts.threatBulletin,
      { ...bulletin.json, recommendedMeasures: "patch" },
      "recommendedMeasures",
    ],
    ["an unknown field", contracts.threatBulletin, { ...bulletin.json, titel: "x" }, "titel"],
    [
      "a snake_case name",
      contracts.threatBulletin,
      { ...bulletin.json, threat_name: "x" },
      "threat_name",
    ],
    ["an object for an enum", contracts.threatBulletin, { ...bulletin.json, kind: {} }, "kind"],
    [
      "a bad timestamp",
      contracts.threatBulletin,
      { ...bulletin.json, period: { startTime: "yesterday" } },
      "period.startTime",
    ],
    [
      "an impossible date",
      contracts.threatBulletin,
      { ...bulletin.json, period: { startTime: "2025-02-30T00:00:00Z" } },
      "period.startTime",
    ],
    [
      "a fractional int64",
      contracts.incidentReport,
      { ...incident.json, economicLossYuan: 1.5 },
      "economicLossYuan",
    ],
    [
      "an int64 beyond 2^53",
      contracts.incidentReport,
      { ...incident.json, economicLossYuan: "90071992547409930" },
      "economicLossYuan",
    ],
    [
      "a numeric string for a double",
      contracts.incidentReport,
      { ...incident.json, outageHours: "3.5" },
      "outageHours",
    ],
    [
      "bytes that are not base64",
      contracts.receipt,
      { ...receipt, messageDigest: "***" },
      "messageDigest",
    ],
    ["a negative uint32", contracts.exposureFinding, { ...exposure, port: -1 }, "port"],
  ];

  it.each(cases)(
    "rejects %s with TB_ERR_SCHEMA and the field path",
    (_name, contract, json, path) => {
      expectTongbaoError(() => contract.fromJson(json), "TB_ERR_SCHEMA", path);
    },
  );

  it("rejects both members of a oneof at once", () => {
    const json = structuredClone(bulletin.json) as { attachments: Record<string, unknown>[] };
    json.attachments[0]!["uri"] = "https://files.example/ioc.csv";
    const err = expectTongbaoError(
      () => contracts.threatBulletin.fromJson(json),
      "TB_ERR_SCHEMA",
      "attachments[0]",
    );
    expect(err.message).toContain("oneof");
  });
});
