import { describe, expect, it } from "vitest";
import { isTongbaoError } from "@tongbao/errors";
import {
  addressedSubject,
  auditSubject,
  broadcastSubject,
  filterSubjects,
  parseSubject,
  quarantineSubject,
  routesFor,
  sectorToken,
  statusToken,
} from "../src/subjects.js";

const LIVE = 1;
const EXERCISE = 2;
const SECTOR_POWER = 6;
const SECTOR_OIL_AND_GAS = 7;
const TLP_GREEN = 2;
const TLP_AMBER_STRICT = 4;
const TLP_RED = 5;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isTongbaoError(err) ? err.code : `not a TongbaoError: ${String(err)}`;
  }
  return undefined;
}

describe("subjects", () => {
  it("maps status and sector enum values to tokens", () => {
    expect(statusToken(LIVE)).toBe("live");
    expect(statusToken(EXERCISE)).toBe("exercise");
    expect(statusToken(3)).toBe("test");
    expect(sectorToken(SECTOR_POWER)).toBe("power");
    expect(sectorToken(1)).toBe("raw_materials");
    expect(sectorToken(17)).toBe("other");
    expect(codeOf(() => statusToken(0))).toBe("TB_ERR_CONTRACT");
    expect(codeOf(() => sectorToken(0))).toBe("TB_ERR_CONTRACT");
    expect(codeOf(() => sectorToken(18))).toBe("TB_ERR_CONTRACT");
  });

  it("round-trips broadcast and addressed subjects through parseSubject", () => {
    const b = broadcastSubject(LIVE, "bulletin", SECTOR_POWER, "miit");
    expect(b).toBe("tb.live.bulletin.power.miit");
    expect(parseSubject(b)).toEqual({
      status: "live",
      kind: "broadcast",
      family: "bulletin",
      sector: "power",
      origin: "miit",
    });
    const a = addressedSubject(EXERCISE, "nea-north", "incident", "js-gxt");
    expect(a).toBe("tb.exercise.to.nea-north.incident.js-gxt");
    expect(parseSubject(a)).toEqual({
      status: "exercise",
      kind: "addressed",
      family: "incident",
      recipient: "nea-north",
      origin: "js-gxt",
    });
    expect(parseSubject("tb.test.warning.all.nea").sector).toBe("all");
  });

  it.each([
    "",
    "tb",
    "tb.live",
    "xx.live.bulletin.power.miit",
    "tb.drill.bulletin.power.miit",
    "tb.live.memo.power.miit",
    "tb.live.bulletin.space.miit",
    "tb.live.bulletin.power.MIIT",
    "tb.live.bulletin.power.-miit",
    "tb.live.bulletin.power.*",
    "tb.live.bulletin.power.>",
    "tb.live.bulletin.power.miit.extra",
    "tb.live.to.nea.incident",
    "tb.live.to.nea.memo.miit",
    "tb.live.to.NEA.incident.miit",
    "tb.live.at.nea.incident.miit",
    "tb.live..bulletin.power",
  ])("rejects the malformed subject %j", (subject) => {
    expect(codeOf(() => parseSubject(subject))).toBe("TB_ERR_SUBJECT_MISMATCH");
  });

  it("refuses to build subjects from tokens that would break the scheme", () => {
    expect(codeOf(() => broadcastSubject(LIVE, "bulletin", SECTOR_POWER, "mi.it"))).toBe(
      "TB_ERR_CONTRACT",
    );
    expect(codeOf(() => broadcastSubject(LIVE, "bulletin", SECTOR_POWER, "*"))).toBe(
      "TB_ERR_CONTRACT",
    );
    expect(codeOf(() => addressedSubject(LIVE, ">", "receipt", "miit"))).toBe("TB_ERR_CONTRACT");
    expect(codeOf(() => broadcastSubject(LIVE, "to", SECTOR_POWER, "miit"))).toBe(
      "TB_ERR_UNKNOWN_TYPE",
    );
  });

  it("sends a RED message to three recipients as three addressed subjects", () => {
    const routes = routesFor({
      type: "tongbao.incident.v1.IncidentReport",
      source: "js-gxt",
      status: LIVE,
      marking: { tlp: TLP_RED },
      recipients: ["miit", "mem", "nea", "miit"],
      sectors: [SECTOR_POWER],
    });
    expect(routes).toEqual([
      "tb.live.to.miit.incident.js-gxt",
      "tb.live.to.mem.incident.js-gxt",
      "tb.live.to.nea.incident.js-gxt",
    ]);
  });

  it("publishes a broadcast naming two sectors once per sector, and one naming none to all", () => {
    const header = {
      type: "tongbao.warning.v1.EarlyWarning",
      source: "nea",
      status: LIVE,
      marking: { tlp: TLP_GREEN },
      recipients: [],
      sectors: [SECTOR_POWER, SECTOR_OIL_AND_GAS],
    };
    expect(routesFor(header)).toEqual([
      "tb.live.warning.power.nea",
      "tb.live.warning.oil_and_gas.nea",
    ]);
    expect(routesFor({ ...header, sectors: [] })).toEqual(["tb.live.warning.all.nea"]);
  });

  it("refuses to broadcast RED, AMBER+STRICT, unmarked messages and receipts", () => {
    const base = {
      type: "tongbao.bulletin.v1.ThreatBulletin",
      source: "miit",
      status: LIVE,
      recipients: [],
      sectors: [SECTOR_POWER],
    };
    expect(codeOf(() => routesFor({ ...base, marking: { tlp: TLP_RED } }))).toBe("TB_ERR_MARKING");
    expect(codeOf(() => routesFor({ ...base, marking: { tlp: TLP_AMBER_STRICT } }))).toBe(
      "TB_ERR_MARKING",
    );
    expect(codeOf(() => routesFor({ ...base, marking: null }))).toBe("TB_ERR_MARKING");
    expect(
      codeOf(() =>
        routesFor({ ...base, type: "tongbao.receipt.v1.Receipt", marking: { tlp: TLP_GREEN } }),
      ),
    ).toBe("TB_ERR_CONTRACT");
    expect(
      codeOf(() => routesFor({ ...base, type: "tongbao.memo.v1.Memo", marking: { tlp: 1 } })),
    ).toBe("TB_ERR_UNKNOWN_TYPE");
  });

  it("builds consumer filters from a profile, always including addressed and sector-less traffic", () => {
    expect(filterSubjects({ status: LIVE, recipient: "nea" })).toEqual([
      "tb.live.to.nea.>",
      "tb.live.*.*.*",
    ]);
    expect(
      filterSubjects({
        status: "exercise",
        recipient: "nea",
        families: ["warning", "bulletin"],
        sectors: [SECTOR_POWER],
        origins: ["miit"],
      }),
    ).toEqual([
      "tb.exercise.to.nea.warning.*",
      "tb.exercise.to.nea.bulletin.*",
      "tb.exercise.warning.power.miit",
      "tb.exercise.warning.all.miit",
      "tb.exercise.bulletin.power.miit",
      "tb.exercise.bulletin.all.miit",
    ]);
  });

  it("names quarantine and audit subjects", () => {
    expect(quarantineSubject("miit", "TB_ERR_SIGNATURE")).toBe("tbq.miit.tb_err_signature");
    expect(quarantineSubject(undefined, "TB_ERR_DECODE")).toBe("tbq.unknown.tb_err_decode");
    expect(quarantineSubject("Bad.Origin", "TB_ERR_DECODE")).toBe("tbq.unknown.tb_err_decode");
    expect(auditSubject("key-rotate", "admin")).toBe("tba.key-rotate.admin");
    expect(codeOf(() => auditSubject("replay", "a.b"))).toBe("TB_ERR_BAD_REQUEST");
  });
});

describe("subject tokens", () => {
  it("has one family token per contract family and a token for every sector of the schema", async () => {
    const { CONTRACTS, tongbao } = await import("@tongbao/contracts");
    const { FAMILIES, SECTOR_TOKENS } = await import("../src/subjects.js");
    const families = new Set(CONTRACTS.map((c) => c.family).filter((f) => f !== "registry"));
    expect(new Set(FAMILIES)).toEqual(families);
    const sectors = Object.keys(tongbao.common.v1.Sector).filter((n) => n !== "SECTOR_UNSPECIFIED");
    expect(SECTOR_TOKENS).toHaveLength(sectors.length);
    expect(SECTOR_TOKENS).toContain("oil_and_gas");
  });
});
