import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  energyThreatBulletin,
  plcVulnerabilityNotice,
  safetyAccidentIncident,
} from "../src/demo/demo-messages.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

function powerWarning() {
  return {
    type: "EarlyWarning",
    marking: { tlp: "GREEN" },
    sectors: ["power"],
    payload: {
      action: "WARNING_ACTION_ISSUE",
      level: "WARNING_LEVEL_ORANGE",
      category: "INCIDENT_CATEGORY_NETWORK_ATTACK",
      title: "关于针对电力监控系统的定向攻击橙色预警",
      startTime: new Date().toISOString(),
      possibleScope: { sectors: ["SECTOR_POWER"], regions: ["100000"] },
    },
  };
}

/** The profiles' behaviours, with the departments they involve running on real NATS. */
describe("department behaviours", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));

  beforeAll(async () => {
    c = await DepartmentCluster.start([
      "miit",
      "nea",
      "nea-east",
      "sasac",
      "js-iit",
      "sastind",
      "js-ca",
    ]);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("NEA forwards an energy-sector warning to its regional office, signed by NEA and referencing the original", async () => {
    const { status, json } = await c.post("miit", "/messages", powerWarning());
    expect(status).toBe(202);
    const original = json["id"] as string;
    const forwarded = () =>
      c.inbox("nea-east").find((e) => e.source === "nea" && e.causationId === original);
    await waitFor(forwarded, { name: "the forwarded warning at nea-east", timeout: 20_000 });
    expect(forwarded()!.addressed).toBe(true);
    expect(forwarded()!.payload["title"]).toBe(powerWarning().payload.title);
    // nea-east follows power warnings itself too: the original arrives as a broadcast.
    await waitFor(() => c.inbox("nea-east").some((e) => e.id === original && !e.addressed), {
      name: "the original broadcast at nea-east",
      timeout: 20_000,
    });
    await waitFor(
      () =>
        c
          .inbox("nea")
          .some((e) => e.source === "nea-east" && e.payload["messageId"] === forwarded()!.id),
      { name: "nea-east's receipt for the forward", timeout: 20_000 },
    );
    // A broadcast is not receipted.
    expect(c.inbox("miit").some((e) => e.payload["messageId"] === original)).toBe(false);
  });

  it("NEA does not forward a TLP:RED warning: it stays with its named recipients", async () => {
    const warning = powerWarning();
    const { status, json } = await c.post("miit", "/messages", {
      ...warning,
      marking: { tlp: "RED" },
      recipients: ["nea"],
    });
    expect(status, JSON.stringify(json)).toBe(202);
    const id = json["id"] as string;
    const nea = c.get("nea").service;
    // Handled: delivered, receipted, and every behaviour has decided.
    await waitFor(() => nea.inbox.seen.has(id), {
      name: "RED warning handled by nea",
      timeout: 20_000,
    });
    expect(nea.inbox.entry(id)?.payload["title"]).toBe(warning.payload.title);
    const sent = nea.inbox.sentMessages().filter((m) => m.causationId === id);
    expect(sent.map((m) => m.type)).toEqual(["tongbao.receipt.v1.Receipt"]);
    expect(c.inbox("nea-east").some((e) => e.causationId === id || e.id === id)).toBe(false);
  });

  it("SASAC follows an incident at a central SOE that the province routes to it", async () => {
    const report = safetyAccidentIncident("soe");
    const payload = report.payload as {
      productionSafetyAccident: boolean;
      reportingEnterprise: { centralSoe: boolean };
    };
    payload.productionSafetyAccident = false;
    payload.reportingEnterprise.centralSoe = true;
    const { json } = await c.post("js-iit", "/messages", report);
    expect((json["recipients"] as string[]).sort()).toEqual(["miit", "sasac"]);
    await waitFor(
      async () => {
        const state = (await c.getJson("sasac", "/behaviours")).json[
          "follow-central-soe-incidents"
        ] as {
          followed: { messageId: string }[];
        };
        return state.followed.some((f) => f.messageId === json["id"]);
      },
      { name: "SASAC to follow the incident", timeout: 20_000 },
    );
  });

  it("SASTIND sends only restricted traffic, its receipts included, and its feedback reaches the sender's status view", async () => {
    const open = await c.post("sastind", "/messages", {
      ...energyThreatBulletin("s"),
      sectors: ["defence"],
    });
    expect(open).toMatchObject({
      status: 400,
      json: { code: "TB_ERR_MARKING", path: "marking.tlp" },
    });

    const notice = await c.post("miit", "/messages", {
      ...plcVulnerabilityNotice("s", ["sastind"]),
      marking: { tlp: "GREEN" },
    });
    const id = notice.json["id"] as string;
    await waitFor(() => c.inbox("sastind").some((e) => e.id === id), {
      name: "the notice at sastind",
      timeout: 20_000,
    });
    const feedback = await c.post("sastind", `/messages/${id}/feedback`, {
      status: "HANDLING_STATUS_DONE",
      actionsTaken: [{ description: "已完成固件升级" }],
    });
    expect(feedback.status).toBe(202);
    await waitFor(
      async () => {
        const rs = (await c.getJson("miit", `/messages/${id}`)).json["recipientsStatus"] as {
          org: string;
          receipted: boolean;
          feedback: { status: string }[];
        }[];
        return (
          rs.length === 1 &&
          rs[0]!.receipted &&
          rs[0]!.feedback[0]?.status === "HANDLING_STATUS_DONE"
        );
      },
      { name: "receipt and feedback in miit's status view", timeout: 20_000 },
    );
    const receipt = c
      .inbox("miit")
      .find((e) => e.source === "sastind" && e.payload["messageId"] === id);
    expect(receipt!.tlp).toBe("AMBER_STRICT");

    const unknown = await c.post(
      "sastind",
      "/messages/01a210ad-0000-7000-8000-000000000000/feedback",
      {},
    );
    expect(unknown).toMatchObject({ status: 404, json: { code: "TB_ERR_NOT_FOUND", path: "id" } });
  });

  it("the provincial communications administration publishes exposure findings, which a ministry may not", async () => {
    const finding = {
      type: "ExposureFinding",
      marking: { tlp: "AMBER" },
      recipients: ["miit", "js-iit"],
      payload: {
        ip: "198.51.100.23",
        port: 502,
        transport: "TRANSPORT_PROTOCOL_TCP",
        protocol: "modbus",
        deviceType: "ASSET_TYPE_PLC",
        riskLevel: "SEVERITY_HIGH",
        firstSeenTime: new Date().toISOString(),
        owner: {
          name: "南京示例水务有限公司",
          region: "320100",
          sectors: ["SECTOR_MUNICIPAL_UTILITIES"],
        },
      },
    };
    const { status, json } = await c.post("js-ca", "/messages", finding);
    expect(status).toBe(202);
    await waitFor(
      async () => {
        const rs = (await c.getJson("js-ca", `/messages/${String(json["id"])}`)).json[
          "recipientsStatus"
        ] as {
          receipted: boolean;
        }[];
        return rs.length === 2 && rs.every((r) => r.receipted);
      },
      { name: "receipts from miit and js-iit", timeout: 20_000 },
    );
    expect(c.inbox("js-iit").find((e) => e.id === json["id"])?.payload["ip"]).toBe("198.51.100.23");
    expect(await c.post("nea", "/messages", finding)).toMatchObject({
      status: 403,
      json: { code: "TB_ERR_FORBIDDEN", path: "type" },
    });
  });
});
