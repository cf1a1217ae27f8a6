import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  energyThreatBulletin,
  plcVulnerabilityNotice,
  safetyAccidentIncident,
} from "../src/demo/demo-messages.js";
import type { InboxEntry } from "../src/inbox/types.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const RUNNING = ["miit", "mem", "js-iit", "moe"] as const;
type Org = (typeof RUNNING)[number];

/** Four department services in this process, each with its own NATS connection, on real NATS. */
describe("department services end to end", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  const d = (id: Org) => c.get(id);
  const inboxOf = (id: Org): readonly InboxEntry[] => c.inbox(id);
  const post = (id: Org, path: string, body: unknown) => c.post(id, path, body);
  const get = (id: Org, path: string) => c.getJson(id, path);

  beforeAll(async () => {
    c = await DepartmentCluster.start(RUNNING);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("delivers an AMBER+STRICT notice to its named recipients only, and each receipt comes back to the sender", async () => {
    const { status, json } = await post(
      "miit",
      "/messages",
      plcVulnerabilityNotice("t1", ["js-iit", "mem"]),
    );
    expect(status).toBe(202);
    const id = json["id"] as string;
    await waitFor(
      async () => {
        const s = (await get("miit", `/messages/${id}`)).json;
        const rs = s["recipientsStatus"] as { org: string; receipted: boolean }[];
        return rs.length === 2 && rs.every((r) => r.receipted);
      },
      { name: "receipts from js-iit and mem", timeout: 20_000 },
    );
    expect(inboxOf("js-iit").filter((e) => e.id === id)).toHaveLength(1);
    expect(inboxOf("mem").filter((e) => e.id === id)).toHaveLength(1);
    expect(inboxOf("moe").some((e) => e.id === id)).toBe(false);
    const receipts = (await get("miit", "/receipts")).json["received"] as InboxEntry[];
    const forIt = receipts.filter((r) => r.payload["messageId"] === id);
    expect(forIt.map((r) => r.source).sort()).toEqual(["js-iit", "mem"]);
    expect(forIt.every((r) => r.causationId === id && r.tlp === "AMBER_STRICT")).toBe(true);
  });

  it("delivers a broadcast by the subscribers' sectors: an energy bulletin reaches no one outside energy", async () => {
    const energy = await post("miit", "/messages", energyThreatBulletin("t2"));
    const later = await post("miit", "/messages", {
      ...energyThreatBulletin("t3"),
      sectors: ["education", "raw_materials"],
    });
    expect(energy.status).toBe(202);
    await waitFor(
      () =>
        inboxOf("moe").some((e) => e.id === later.json["id"]) &&
        inboxOf("js-iit").some((e) => e.id === later.json["id"]),
      { name: "moe and js-iit to receive the later bulletin of their sectors", timeout: 20_000 },
    );
    // The energy bulletin was stored before the later one, so both consumers have passed it;
    // neither follows energy sectors, and miit does not read its own broadcasts.
    expect(inboxOf("moe").some((e) => e.id === energy.json["id"])).toBe(false);
    expect(inboxOf("js-iit").some((e) => e.id === energy.json["id"])).toBe(false);
    expect(inboxOf("miit").some((e) => e.id === energy.json["id"])).toBe(false);
  });

  it("answers a TLP:RED production-safety incident only to organisations the report named", async () => {
    const incident = safetyAccidentIncident("t4-red");
    const { status, json } = await post("js-iit", "/messages", {
      ...incident,
      marking: { tlp: "RED" },
      recipients: ["mem"],
    });
    expect(status, JSON.stringify(json)).toBe(202);
    const id = json["id"] as string;
    const response = () =>
      inboxOf("js-iit").find(
        (e) => e.type === "tongbao.response.v1.EmergencyResponse" && e.causationId === id,
      );
    await waitFor(response, { name: "MEM's RED EmergencyResponse at js-iit", timeout: 20_000 });
    // MEM's response repeats the report's title: RED, to the reporter only, not to its copyTo
    // (miit), which the report did not name.
    expect(response()).toMatchObject({ source: "mem", tlp: "RED", recipients: ["js-iit"] });
    expect(String(response()!.payload["title"])).toContain(incident.payload["title"] as string);
    expect(inboxOf("miit").some((e) => e.causationId === id)).toBe(false);
  });

  it("routes a production-safety incident from the province to MIIT and MEM, and MEM answers with an EmergencyResponse", async () => {
    const { status, json } = await post("js-iit", "/messages", safetyAccidentIncident("t4"));
    expect(status).toBe(202);
    expect((json["recipients"] as string[]).sort()).toEqual(["mem", "miit"]);
    const id = json["id"] as string;
    const response = (org: Org) =>
      inboxOf(org).find(
        (e) => e.type === "tongbao.response.v1.EmergencyResponse" && e.causationId === id,
      );
    await waitFor(() => response("js-iit") && response("miit"), {
      name: "MEM's EmergencyResponse at js-iit and miit",
      timeout: 20_000,
    });
    expect(response("js-iit")!.source).toBe("mem");
    expect(response("js-iit")!.payload["level"]).toBe("RESPONSE_LEVEL_II");
    await waitFor(
      async () => {
        const rs = (await get("js-iit", `/messages/${id}`)).json["recipientsStatus"] as {
          receipted: boolean;
        }[];
        return rs.every((r) => r.receipted);
      },
      { name: "receipts for the incident report", timeout: 20_000 },
    );
  });

  it("a restarted department catches up on what it missed, with nothing lost and nothing handled twice", async () => {
    await c.stopOne("mem");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { json } = await post("miit", "/messages", plcVulnerabilityNotice(`r${i}`, ["mem"]));
      ids.push(json["id"] as string);
    }
    await c.startOne("mem");
    await waitFor(() => ids.every((id) => inboxOf("mem").some((e) => e.id === id)), {
      name: "mem to catch up",
      timeout: 30_000,
    });
    const all = inboxOf("mem");
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const id of ids) expect(all.filter((e) => e.id === id)).toHaveLength(1);
    await waitFor(
      () =>
        ids.every(
          (id) =>
            inboxOf("miit").filter((e) => e.source === "mem" && e.payload["messageId"] === id)
              .length === 1,
        ),
      { name: "one receipt per caught-up message", timeout: 30_000 },
    );
  });

  it("resumes the SSE inbox after Last-Event-ID", async () => {
    const size = inboxOf("js-iit").length;
    expect(size).toBeGreaterThan(1);
    const res = await fetch(`${d("js-iit").url}/inbox`, {
      headers: { "last-event-id": String(size - 1) },
    });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let text = "";
    while (!text.includes(": caught up")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const eventIds = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(eventIds).toEqual([size]);
  });

  it("rejects invalid publish bodies with the code and the field", async () => {
    const noTitle = safetyAccidentIncident("bad");
    delete (noTitle.payload as Record<string, unknown>)["title"];
    const cases: [unknown, string, string][] = [
      [
        { ...energyThreatBulletin("b"), marking: { tlp: "PINK" } },
        "TB_ERR_BAD_REQUEST",
        "marking.tlp",
      ],
      [
        { ...energyThreatBulletin("b"), recipients: ["Not An Org"] },
        "TB_ERR_BAD_REQUEST",
        "recipients[0]",
      ],
      [{ ...energyThreatBulletin("b"), payload: { title: 5 } }, "TB_ERR_SCHEMA", "payload.title"],
      [noTitle, "TB_ERR_CONTRACT", "payload.title"],
      [{ ...energyThreatBulletin("b"), type: "Gossip" }, "TB_ERR_UNKNOWN_TYPE", "type"],
      [{ ...energyThreatBulletin("b"), marking: { tlp: "RED" } }, "TB_ERR_CONTRACT", ""],
    ];
    for (const [body, code, path] of cases) {
      const { status, json } = await post("miit", "/messages", body);
      expect(status, JSON.stringify(json)).toBe(400);
      expect(json["code"]).toBe(code);
      if (path) expect(json["path"]).toBe(path);
      expect(String(json["message"]).length).toBeGreaterThan(5);
    }
    const notJson = await fetch(`${d("miit").url}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ code: "TB_ERR_BAD_REQUEST", path: "" });
    const forbidden = await post("moe", "/messages", plcVulnerabilityNotice("f", ["miit"]));
    expect(forbidden).toMatchObject({
      status: 403,
      json: { code: "TB_ERR_FORBIDDEN", path: "type" },
    });
  });

  it("answers health and readiness", async () => {
    expect((await get("moe", "/health")).json).toMatchObject({ status: "ok", org: "moe" });
    expect((await get("moe", "/ready")).json).toMatchObject({ ready: true });
  });
});
