import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { STREAMS } from "@tongbao/bus";
import {
  DEPARTMENTS_DIR,
  OPERATOR,
  connectAs,
  durablesOf,
  loadProfile,
  loadTopology,
} from "@tongbao/organisations";
import { waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NationalStatus } from "../src/topology-status.js";
import { nationalBusUp, type NationalBusProcess } from "./fixtures/national-process.js";
import { runInProcess } from "./fixtures/run-cli.js";

const JIANGSU = "jiangsu";

function rectification(to: string, tag: string) {
  return {
    type: "RectificationNotice",
    marking: { tlp: "AMBER" },
    recipients: [to],
    correlationId: `national-${tag}`,
    payload: {
      title: `关于整改联网暴露的工控系统的通知 ${tag}`,
      responsibleParty: { orgId: "js-power-1", name: "江苏某电厂" },
      issues: [
        {
          findingId: `f-${tag}`,
          description: "Modbus/TCP 502 exposed",
          actions: ["REQUIRED_ACTION_BLOCK"],
        },
      ],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  };
}

function incident(tag: string) {
  const occurred = new Date(Date.now() - 30 * 60_000).toISOString();
  return {
    type: "IncidentReport",
    marking: { tlp: "AMBER" },
    correlationId: `national-${tag}`,
    payload: {
      phase: "REPORT_PHASE_INITIAL",
      incidentId: `national-incident-${tag}`,
      title: `某化工企业DCS遭勒索软件攻击 ${tag}`,
      summary: "工程师站被加密，装置紧急停车。",
      grade: "INCIDENT_GRADE_II",
      category: "INCIDENT_CATEGORY_MALWARE",
      occurredTime: occurred,
      discoveredTime: occurred,
      affectedObject: "DCS操作站",
      scope: { sectors: ["SECTOR_RAW_MATERIALS"], regions: ["320500"] },
      harm: "装置紧急停车。",
      measuresTaken: ["断开生产网与办公网连接"],
      productionSafetyAccident: true,
      reportingEnterprise: {
        orgId: `js-chem-${tag}`,
        name: "江苏示例化工有限公司",
        enterpriseType: "ENTERPRISE_TYPE_NETWORKED_INDUSTRIAL",
        centralSoe: false,
        region: "320500",
        sectors: ["SECTOR_RAW_MATERIALS"],
      },
    },
  };
}

describe("tongbao up --topology national: the hub cluster and the Jiangsu leaf", () => {
  let bus: NationalBusProcess;
  const conns: NatsConnection[] = [];
  const operatorOn = async (url: string) => {
    const nc = await connectAs({
      url,
      nkey: bus.layout.nkeyFile(OPERATOR),
      tlsCa: bus.layout.caFile,
      name: "national-test-operator",
    });
    conns.push(nc);
    return nc;
  };

  async function post(org: string, body: unknown): Promise<string> {
    const res = await fetch(`${bus.departmentUrl(org)}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status !== 202) throw new Error(`${org} refused the message: ${JSON.stringify(json)}`);
    return json["id"] as string;
  }

  /** Message ids in a department's inbox, once per entry, read from its SSE inbox. */
  async function inboxIds(org: string): Promise<string[]> {
    const res = await fetch(`${bus.departmentUrl(org)}/inbox`);
    const reader = res.body!.getReader();
    let text = "";
    while (!text.includes(": caught up")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    return [...text.matchAll(/^data: (.*)$/gm)].map(
      (m) => (JSON.parse(m[1]!) as { id: string }).id,
    );
  }
  const countIn = async (org: string, id: string) =>
    (await inboxIds(org)).filter((x) => x === id).length;

  /** Stored copies of each message id on a subject, read with an ordered consumer of the test's own. */
  async function storedIds(nc: NatsConnection, subject: string): Promise<Map<string, number>> {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(STREAMS.LIVE, { subjects_filter: subject });
    const total = Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
    const ids = new Map<string, number>();
    if (total === 0) return ids;
    const consumer = await jetstream(nc).consumers.get(STREAMS.LIVE, {
      filter_subjects: [subject],
    });
    const msgs = await consumer.fetch({ max_messages: total, expires: 5_000 });
    let seen = 0;
    for await (const m of msgs) {
      const id = m.headers?.get("Nats-Msg-Id") ?? "";
      ids.set(id, (ids.get(id) ?? 0) + 1);
      if (++seen === total) break;
    }
    await consumer.delete().catch(() => undefined);
    return ids;
  }
  const copies = (ids: Map<string, number>) => [...ids.values()];

  /** `tongbao status --topology --json` on the bus's data directory. */
  async function topologyStatus(): Promise<NationalStatus> {
    const run = await runInProcess(["status", "--topology", "--json"], { TONGBAO_HOME: bus.home });
    if (run.code !== 0) throw new Error(`status failed (${run.code}): ${run.stderr}`);
    return (JSON.parse(run.stdout) as { national: NationalStatus }).national;
  }

  beforeAll(async () => {
    bus = await nationalBusUp({ extraArgs: ["--ack-wait-ms", "2000"] });
  }, 180_000);
  afterAll(async () => {
    await Promise.allSettled(conns.map((nc) => nc.close()));
    await bus?.stop();
  }, 60_000);

  it("runs three hub nodes in domain hub with R3 streams and a linked leaf in domain jiangsu", async () => {
    const topology = await loadTopology();
    expect(bus.hub.map((n) => n.domain)).toEqual(["hub", "hub", "hub"]);
    expect(bus.leaf(JIANGSU).domain).toBe(topology.provinces[0]!.domain);
    const hubJsm = await jetstreamManager(await operatorOn(bus.hubUrl));
    const live = await hubJsm.streams.info(STREAMS.LIVE);
    expect(live.config.num_replicas).toBe(3);
    expect(live.cluster?.replicas).toHaveLength(2);
    expect(live.config.sources?.map((s) => s.external?.api)).toEqual(["$JS.jiangsu.API"]);
    const leafz = (await (await fetch(`${bus.leaf(JIANGSU).monitorUrl}/leafz`)).json()) as {
      leafs: { account: string }[];
    };
    expect(leafz.leafs.map((l) => l.account)).toEqual(["TONGBAO"]);
  });

  it("delivers a national broadcast from MIIT on the hub to js-ca on the leaf", async () => {
    const id = await post("miit", {
      type: "ThreatBulletin",
      marking: { tlp: "GREEN" },
      sectors: ["telecommunications"],
      correlationId: "national-broadcast",
      payload: {
        kind: "BULLETIN_KIND_THREAT",
        documentNumber: "工信网安通报〔2026〕N1号",
        title: "关于电信网络设备遭扫描攻击的通报",
        summary: "监测发现针对电信网络设备的大规模扫描。",
        category: "INCIDENT_CATEGORY_MALWARE",
        severity: "SEVERITY_HIGH",
        affectedScope: { sectors: ["SECTOR_TELECOMMUNICATIONS"], regions: ["100000"] },
        recommendedMeasures: ["升级固件"],
      },
    });
    await waitFor(async () => (await countIn("js-ca", id)) === 1, {
      name: "js-ca has the national bulletin",
      timeout: 30_000,
    });
  });

  it("carries js-iit's incident report to MIIT and MEM through the hub exactly once", async () => {
    const id = await post("js-iit", incident("once"));
    await waitFor(
      async () => (await countIn("miit", id)) === 1 && (await countIn("mem", id)) === 1,
      {
        name: "miit and mem have the incident",
        timeout: 30_000,
      },
    );
    const hub = await operatorOn(bus.hubUrl);
    const leaf = await operatorOn(bus.leaf(JIANGSU).url);
    for (const nc of [hub, leaf]) {
      for (const to of ["miit", "mem"]) {
        const ids = await storedIds(nc, `tb.live.to.${to}.incident.js-iit`);
        expect(copies(ids)).toEqual([1]);
      }
    }
  });

  it("keeps traffic inside Jiangsu flowing while the uplink is down; after the heal everything arrives once and the hub catches up", async () => {
    await bus.cutUplink(JIANGSU);
    try {
      await whileCut();
    } finally {
      await bus.healUplink(JIANGSU);
    }
    await afterHeal();
  });

  async function whileCut() {
    // Both sides publish while the link is down.
    const inProvince = await post("js-iit", rectification("js-ca", "cut-1"));
    const national = await post("miit", rectification("js-ca", "cut-2"));
    const upward = await post("js-iit", incident("cut-3"));
    await waitFor(async () => (await countIn("js-ca", inProvince)) === 1, {
      name: "js-ca has js-iit's notice while the uplink is down",
      timeout: 30_000,
    });
    expect(await countIn("js-ca", national)).toBe(0);
    expect(await countIn("miit", upward)).toBe(0);
    // What waits to cross: MIIT's notice on js-ca's hub durable; no leaf linked.
    const cut = await topologyStatus();
    expect(cut.leafLinks).toEqual([]);
    expect(cut.waitingDurables.find((d) => d.durable === "js-ca-hub-live")?.pending).toBe(1);
    expect(cut.streams.find((r) => r.domain === "jiangsu")?.error).toBeDefined();
    sent = { inProvince, national, upward };
  }

  let sent = { inProvince: "", national: "", upward: "" };
  async function afterHeal() {
    const { inProvince, national, upward } = sent;
    const hub = await operatorOn(bus.hubUrl);
    const leaf = await operatorOn(bus.leaf(JIANGSU).url);
    await waitFor(
      async () => (await countIn("js-ca", national)) === 1 && (await countIn("miit", upward)) === 1,
      { name: "what waited on each side has crossed", timeout: 60_000 },
    );
    const hubJsm = await jetstreamManager(hub);
    await waitFor(
      async () => (await hubJsm.streams.info(STREAMS.LIVE)).sources?.every((s) => s.lag === 0),
      { name: "the hub's source from jiangsu caught up", timeout: 30_000 },
    );
    // Once per stream: the province's messages on the leaf and, sourced, on the hub; MIIT's on the hub only.
    for (const nc of [hub, leaf]) {
      expect(copies(await storedIds(nc, "tb.live.to.js-ca.rectification.js-iit"))).toEqual([1]);
      expect(copies(await storedIds(nc, "tb.live.to.miit.incident.js-iit"))).toEqual([1, 1]);
    }
    expect(copies(await storedIds(hub, "tb.live.to.js-ca.rectification.miit"))).toEqual([1]);
    expect(copies(await storedIds(leaf, "tb.live.to.js-ca.rectification.miit"))).toEqual([]);
    // The department handles each message once, though it came by its leaf and its hub durable.
    expect(await countIn("js-ca", inProvince)).toBe(1);
  }

  it("shows nodes, stream leaders and replicas, leaf links and the hub's sources in tongbao status", async () => {
    const s = await topologyStatus();
    expect(s.nodes.map((n) => [n.name, n.up, n.domain])).toEqual([
      ["hub-1", true, "hub"],
      ["hub-2", true, "hub"],
      ["hub-3", true, "hub"],
      ["jiangsu", true, "jiangsu"],
    ]);
    const live = s.streams.find((r) => r.domain === "hub" && r.stream === STREAMS.LIVE)!;
    expect(live.leader).toMatch(/^hub-[123]$/);
    expect(live.replicas).toHaveLength(2);
    expect(
      s.streams.find((r) => r.domain === "jiangsu" && r.stream === STREAMS.LIVE)?.error,
    ).toBeUndefined();
    expect(s.leafLinks.map((l) => [l.leaf, l.account])).toEqual([["jiangsu", "TONGBAO"]]);
    expect(s.sources.map((x) => [x.stream, x.from, x.lag])).toContainEqual([
      STREAMS.LIVE,
      "$JS.jiangsu.API",
      0,
    ]);
  });

  it("refuses js-iit a pull on js-ca's hub durable through the leaf, and answers its pull on its own", async () => {
    const version = (await (await fetch(`${bus.hub[0]!.monitorUrl}/varz`)).json()) as {
      version: string;
    };
    const hubDurable = async (org: string) => {
      const profile = await loadProfile(join(DEPARTMENTS_DIR, `${org}.json`));
      return durablesOf(profile, version.version, { hubDomain: "hub" }).find(
        (d) => d.domain === "hub" && d.status === "live",
      )!;
    };
    const nc = await connectAs({
      url: bus.leaf(JIANGSU).url,
      nkey: bus.layout.nkeyFile("js-iit"),
      tlsCa: bus.layout.caFile,
      name: "national-test-js-iit",
      orgId: "js-iit",
    });
    conns.push(nc);
    const pull = async (org: string) => {
      const d = await hubDurable(org);
      return nc
        .request(
          `$JS.hub.API.CONSUMER.MSG.NEXT.${d.stream}.${d.name}`,
          JSON.stringify({ batch: 1, no_wait: true }),
          { timeout: 3_000 },
        )
        .then(
          (m) => ({ answered: true, status: m.headers?.code ?? 0 }),
          (err: Error) => ({ answered: false, status: err.message }),
        );
    };
    // Positive control: its own hub durable answers (a message, or "no messages").
    expect(await pull("js-iit")).toMatchObject({ answered: true });
    expect(await pull("js-ca")).toMatchObject({ answered: false });
  });
});
