import { describe, expect, it } from "vitest";
import { RouteMemo } from "../src/publisher/route-memo.js";
import { parseSubject, routesFor, type RouteHeader } from "../src/subjects.js";
import { Sector, Status, Tlp } from "./fixtures/bulletins.js";

const base: RouteHeader = {
  type: "tongbao.bulletin.v1.ThreatBulletin",
  source: "miit",
  status: Status.STATUS_LIVE,
  marking: { tlp: Tlp.TLP_GREEN },
  recipients: [],
  sectors: [Sector.SECTOR_POWER],
};

/** What the memo must answer: routesFor and the token of each subject, worked out afresh. */
function fresh(h: RouteHeader) {
  const subjects = routesFor(h);
  const tokens = subjects.map((s) => {
    const p = parseSubject(s);
    return p.kind === "addressed" ? p.recipient : p.sector;
  });
  return { subjects, tokens };
}

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (err) {
    return { refused: err };
  }
}

describe("route memo", () => {
  it("answers exactly as routesFor through runs and changes of every field it compares", () => {
    const headers: RouteHeader[] = [
      base,
      base,
      { ...base },
      { ...base, sectors: [Sector.SECTOR_POWER, Sector.SECTOR_OIL_AND_GAS] },
      { ...base, sectors: [Sector.SECTOR_OIL_AND_GAS, Sector.SECTOR_POWER] },
      { ...base, sectors: [] },
      { ...base, status: Status.STATUS_EXERCISE },
      { ...base, source: "nea" },
      { ...base, type: "tongbao.warning.v1.EarlyWarning" },
      { ...base, marking: { tlp: Tlp.TLP_RED } },
      { ...base, marking: { tlp: Tlp.TLP_RED }, recipients: ["nea", "mee"] },
      { ...base, marking: { tlp: Tlp.TLP_RED }, recipients: ["nea", "mee"] },
      { ...base, marking: { tlp: Tlp.TLP_RED }, recipients: ["nea", "cac"] },
      { ...base, marking: { tlp: Tlp.TLP_RED }, recipients: ["nea"] },
      { ...base, marking: { tlp: Tlp.TLP_AMBER_STRICT } },
      base,
      { ...base, source: "Not An Org" },
      { ...base, source: "Not An Org" },
      base,
    ];
    const memo = new RouteMemo();
    for (const [i, h] of headers.entries()) {
      expect(
        outcome(() => memo.routing(h)),
        `header ${i}`,
      ).toEqual(outcome(() => fresh(h)));
    }
  });

  it("does not keep answering for a list the caller changes afterwards", () => {
    const memo = new RouteMemo();
    const sectors = [Sector.SECTOR_POWER];
    memo.routing({ ...base, sectors });
    sectors.push(Sector.SECTOR_OIL_AND_GAS);
    expect(memo.routing({ ...base, sectors }).subjects).toEqual(routesFor({ ...base, sectors }));
  });
});
