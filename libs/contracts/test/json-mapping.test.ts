import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CONTRACTS, contracts, headerContract, tongbao } from "../src/mod.js";
import { expectTongbaoError } from "./support/expect-error.js";
import { golden, goldenVectors } from "./support/golden.js";

const incident = golden("tongbao.incident.v1.IncidentReport");
const warning = golden("tongbao.warning.v1.EarlyWarning");
const bulletin = golden("tongbao.bulletin.v1.ThreatBulletin");

describe("proto3 JSON mapping", () => {
  it("writes 64-bit integers as decimal strings and reads numbers too", () => {
    const message = contracts.incidentReport.fromJson({
      ...incident.json,
      economicLossYuan: 1250000,
    });
    expect(message.economicLossYuan).toBe(1_250_000);
    expect(contracts.incidentReport.toJson(message)["economicLossYuan"]).toBe("1250000");
  });

  it("writes timestamps in UTC with 0, 3, 6 or 9 fraction digits and reads any offset", () => {
    const at = (startTime: string): unknown =>
      contracts.earlyWarning.toJson(
        contracts.earlyWarning.fromJson({ ...warning.json, startTime }),
      )["startTime"];
    expect(at("2025-03-05T08:00:00+08:00")).toBe("2025-03-05T00:00:00Z");
    expect(at("2025-03-05T00:00:00.5Z")).toBe("2025-03-05T00:00:00.500Z");
    expect(at("2025-03-05T00:00:00.0000015Z")).toBe("2025-03-05T00:00:00.000001500Z");
    expect(at("0001-01-01T00:00:00Z")).toBe("0001-01-01T00:00:00Z");
    expect(at("9999-12-31T23:59:59.999999999Z")).toBe("9999-12-31T23:59:59.999999999Z");
  });

  it("refuses timestamps outside years 1 to 9999", () => {
    expectTongbaoError(
      () => contracts.earlyWarning.fromJson({ ...warning.json, startTime: "0000-12-31T23:59:59Z" }),
      "TB_ERR_SCHEMA",
      "startTime",
    );
    expectTongbaoError(
      () =>
        contracts.earlyWarning.fromJson({
          ...warning.json,
          startTime: "9999-12-31T23:59:59-01:00",
        }),
      "TB_ERR_SCHEMA",
      "startTime",
    );
  });

  it("writes durations as seconds with the suffix s", () => {
    const message = contracts.earlyWarning.fromJson({ ...warning.json, validity: "1.5s" });
    expect(message.validity).toMatchObject({ seconds: 1, nanos: 500_000_000 });
    expect(contracts.earlyWarning.toJson(message)["validity"]).toBe("1.500s");
    const negative = contracts.earlyWarning.fromJson({
      ...warning.json,
      validity: "-0.000000001s",
    });
    expect(contracts.earlyWarning.toJson(negative)["validity"]).toBe("-0.000000001s");
  });

  it("writes NaN and infinities as strings", () => {
    const statistics = [
      { name: "感染主机", value: "NaN" },
      { name: "增长", value: "-Infinity", changeRatio: "Infinity" },
    ];
    const message = contracts.threatBulletin.fromJson({ ...bulletin.json, statistics });
    expect(message.statistics[0]?.value).toBeNaN();
    expect(contracts.threatBulletin.toJson(message)["statistics"]).toEqual(statistics);
  });

  it("leaves out fields at their default, but keeps proto3 optional and oneof fields that are set", () => {
    const statistics = [{ name: "环比", value: 0, changeRatio: 0 }];
    const message = contracts.threatBulletin.fromJson({
      ...bulletin.json,
      statistics,
      severity: "SEVERITY_UNSPECIFIED",
      body: "",
    });
    const json = contracts.threatBulletin.toJson(message);
    expect(json["statistics"]).toEqual([{ name: "环比", changeRatio: 0 }]);
    expect(json).not.toHaveProperty("severity");
    expect(json).not.toHaveProperty("body");
  });

  it("reads URL-safe and unpadded base64 and writes the standard alphabet", () => {
    const digest = Buffer.alloc(32, 0xfb);
    const json = {
      ...golden("tongbao.receipt.v1.Receipt").json,
      messageDigest: digest.toString("base64url"),
    };
    const message = contracts.receipt.fromJson(json);
    expect(Buffer.from(message.messageDigest).equals(digest)).toBe(true);
    expect(contracts.receipt.toJson(message)["messageDigest"]).toBe(digest.toString("base64"));
  });

  it("accepts enum numbers as proto3 JSON allows", () => {
    const message = contracts.incidentReport.fromJson({ ...incident.json, grade: 2 });
    expect(message.grade).toBe(tongbao.common.v1.IncidentGrade.INCIDENT_GRADE_II);
  });

  it("gives each contract a JSON Schema 2020-12 that an independent Ajv accepts the golden JSON with", () => {
    const ajv = new Ajv2020({ strict: false });
    for (const { typeName, json } of goldenVectors()) {
      const contract = CONTRACTS.find((c) => c.typeName === typeName)!;
      expect(contract.jsonSchema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(ajv.validate(contract.jsonSchema, json), `${typeName}: ${ajv.errorsText()}`).toBe(
        true,
      );
    }
    expect(headerContract.jsonSchema["title"]).toBe("tongbao.envelope.v1.Header");
  });
});
