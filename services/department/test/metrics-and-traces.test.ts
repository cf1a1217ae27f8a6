import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ED25519,
  encodeHeaderFor,
  loadSigner,
  sealBatch,
  toTimestamp,
  uuidv7,
  type Signer,
} from "@tongbao/bus";
import { contracts, tongbao } from "@tongbao/contracts";
import { METRICS, metricNamesOf, parseExposition, type ExposedSample } from "@tongbao/metrics";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  energyThreatBulletin,
  plcVulnerabilityNotice,
  safetyAccidentIncident,
} from "../src/demo/demo-messages.js";
import { DEV_KEY_FILES, TRACKER_ORGANIZATION, loadProfiles } from "@tongbao/organisations";
import { DepartmentCluster } from "./fixtures/department-cluster.js";
import { ENTRY_POINTS, ServiceProcess } from "./fixtures/service-process.js";

const { Status } = tongbao.envelope.v1;
const { Tlp, DataLevel, Sector } = tongbao.common.v1;
const SUBJECT = "tb.live.bulletin.power.miit";
const POLICY = new URL("../../../deploy/tracker/deadlines.json", import.meta.url).pathname;

/** A power-sector bulletin from `signer.orgId`, sealed by hand around these payload bytes. */
function sealed(signer: Signer, payload: Uint8Array): Uint8Array {
  const header = encodeHeaderFor(
    {
      id: uuidv7(),
      type: "tongbao.bulletin.v1.ThreatBulletin",
      source: signer.orgId,
      time: toTimestamp(new Date()),
      status: Status.STATUS_LIVE,
      marking: { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
      sectors: [Sector.SECTOR_POWER],
      producerId: `hand-${uuidv7()}`,
      producerSeq: 1,
    },
    payload,
  );
  return sealBatch([{ header, payload }], signer)[0]!;
}

async function scrape(url: string): Promise<ExposedSample[]> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text()).samples;
}

/** The value of one series (0 when the scrape has none). */
function value(samples: ExposedSample[], name: string, labels: Record<string, string> = {}) {
  const s = samples.find(
    (x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v),
  );
  return s?.value ?? 0;
}

describe("the metrics and traces of department and tracker processes", () => {
  let c: DepartmentCluster;
  let nea: ServiceProcess;
  let tracker: ServiceProcess;
  let trackerUrl: string;
  let neaUrl: string;
  let miitUrl: string;
  let miitNc: NatsConnection;
  let miitSigner: Signer;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit", "js-iit"]);
    miitUrl = c.get("miit").url;
    miitNc = await c.connect("miit");
    miitSigner = await loadSigner(join(c.keysDir, DEV_KEY_FILES.signer("miit")), "miit");
    // The recipient runs as operators run it: its own process, its log in a file.
    nea = ServiceProcess.start(
      ENTRY_POINTS.department,
      ["--profile", "deploy/departments/nea.json", "--port", "0", ...c.processFlags("nea")],
      join(c.dir, "nea.log"),
    );
    neaUrl = await nea.readyUrl();
    // Receipts due at once, so that one not given is overdue as soon as the tracker sees it.
    const policy = JSON.parse(await readFile(POLICY, "utf8")) as { receipt: object };
    const due = join(c.dir, "deadlines.json");
    await writeFile(
      due,
      JSON.stringify({ ...policy, receipt: { ...policy.receipt, withinMinutes: 0 } }),
    );
    tracker = ServiceProcess.start(
      ENTRY_POINTS.tracker,
      [
        ...["--server", c.url, "--port", "0", "--policy", due],
        ...["--nkey", c.layout.nkeyFile("tongbao-tracker"), "--tls-ca", c.layout.caFile],
        ...["--keys", c.layout.keys, "--data", c.dir],
      ],
      join(c.dir, "tracker.log"),
    );
    trackerUrl = await tracker.readyUrl();
  });
  afterAll(async () => {
    await tracker?.stop();
    await nea?.stop();
    await miitNc?.close();
    await c?.stop();
  });

  it("serves every department metric in the text format, labelled with its service and organisation", async () => {
    const res = await fetch(`${neaUrl}/metrics`);
    const { types, samples } = parseExposition(await res.text());
    for (const name of metricNamesOf("department")) expect(types.has(name), name).toBe(true);
    expect(types.get(METRICS.busConnected.name)).toBe("gauge");
    expect(types.get(METRICS.quarantined.name)).toBe("counter");
    expect(value(samples, METRICS.busConnected.name, { service: "department", org: "nea" })).toBe(
      1,
    );
  });

  it("counts a delivery, a quarantined bad message and a forged one by the right amounts", async () => {
    const before = await scrape(neaUrl);
    const miitBefore = await scrape(miitUrl);
    const trackerBefore = await scrape(trackerUrl);
    const delivered = (s: ExposedSample[]) =>
      value(s, METRICS.delivered.name, { family: "bulletin" });
    const quarantined = (s: ExposedSample[], code: string) =>
      value(s, METRICS.quarantined.name, { code });
    const failed = (s: ExposedSample[], code: string) =>
      value(s, METRICS.verificationFailures.name, { code });

    // Signed by MIIT's own key but no protobuf inside: refused as undecodable, not as forged.
    const js = jetstream(miitNc);
    await js.publish(SUBJECT, sealed(miitSigner, new Uint8Array([0xff, 0xff, 0xff, 0x0f])));
    // MIIT's key id and name, another private key: a forgery.
    const thief = { ...miitSigner, privateKey: ED25519.generateKeyPair().privateKey };
    const good = contracts.threatBulletin.encode(
      contracts.threatBulletin.fromJson(energyThreatBulletin("forged").payload),
    );
    await js.publish(SUBJECT, sealed(thief, good));
    // And a real one through MIIT's HTTP API.
    const sent = await fetch(`${miitUrl}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(energyThreatBulletin("metrics")),
    });
    expect(sent.status).toBe(202);

    const after = await waitFor(
      async () => {
        const s = await scrape(neaUrl);
        return delivered(s) === delivered(before) + 1 &&
          quarantined(s, "TB_ERR_SIGNATURE") === quarantined(before, "TB_ERR_SIGNATURE") + 1 &&
          quarantined(s, "TB_ERR_DECODE") === quarantined(before, "TB_ERR_DECODE") + 1
          ? s
          : undefined;
      },
      { name: "nea's counters moved", timeout: 30_000 },
    );
    // Only the forgery is a verification failure.
    expect(failed(after, "TB_ERR_SIGNATURE")).toBe(failed(before, "TB_ERR_SIGNATURE") + 1);
    expect(failed(after, "TB_ERR_DECODE")).toBe(0);
    const miitAfter = await scrape(miitUrl);
    expect(value(miitAfter, METRICS.published.name, { family: "bulletin" })).toBe(
      value(miitBefore, METRICS.published.name, { family: "bulletin" }) + 1,
    );
    // Nothing left behind: the outbox drained and nea's durables hold nothing more.
    await waitFor(async () => value(await scrape(miitUrl), METRICS.outboxPending.name) === 0, {
      name: "miit's outbox drained",
    });
    // The tracker follows every subject: it met the forgery too.
    await waitFor(
      async () =>
        failed(await scrape(trackerUrl), "TB_ERR_SIGNATURE") ===
        failed(trackerBefore, "TB_ERR_SIGNATURE") + 1,
      { name: "the tracker counted the forgery", timeout: 30_000 },
    );
    const lag = after.filter((s) => s.name === METRICS.consumerPending.name);
    expect(lag.length).toBeGreaterThan(0);
    expect(lag.every((s) => /^nea-/.test(s.labels["durable"] ?? ""))).toBe(true);
  });

  it("names no other organisation in any series: a department only itself, the tracker nobody", async () => {
    // After the traffic above: nea received MIIT's bulletin and refused two of MIIT's messages,
    // the tracker followed all of it. What nea's or the tracker's /metrics says of anyone else
    // is what an outsider or another organisation reading it would learn.
    const ids = [...(await loadProfiles()).map((p) => p.id), TRACKER_ORGANIZATION.id];
    const others = (samples: ExposedSample[], self: string) =>
      samples.flatMap((x) =>
        Object.entries(x.labels)
          .filter(([k, v]) =>
            k === "org"
              ? v !== self
              : ids.some((o) => o !== self && (v === o || v.startsWith(`${o}-`))),
          )
          .map(([k, v]) => `${x.name}{${k}="${v}"}`),
      );
    const nea = await scrape(neaUrl);
    const tracked = await scrape(trackerUrl);
    expect(others(nea, "nea")).toEqual([]);
    expect(others(tracked, TRACKER_ORGANIZATION.id)).toEqual([]);
    // The tracker's counts are the platform's: by family, code and grade, never by organisation.
    const labels = new Set(tracked.flatMap((x) => Object.keys(x.labels)));
    expect([...labels].sort()).toEqual(
      expect.arrayContaining(["code", "family", "org", "service"]),
    );
    for (const l of labels)
      expect(["code", "family", "grade", "kind", "org", "service", "durable"]).toContain(l);
    // The control: the same check flags MIIT's series read as nea's (they name MIIT).
    expect(others(await scrape(miitUrl), "nea").length).toBeGreaterThan(0);
  });

  it("carries the caller's traceparent to the recipient's handler and its log", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const traceparent = `00-${traceId}-00f067aa0ba902b7-01`;
    const sent = await fetch(`${miitUrl}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent },
      body: JSON.stringify(plcVulnerabilityNotice("traced", ["nea"])),
    });
    expect(sent.status).toBe(202);
    const { id } = (await sent.json()) as { id: string };
    // The reply names the span that continued the caller's trace.
    expect(sent.headers.get("traceparent")).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const line = await waitFor(
      async () => (await nea.logLines()).find((l) => l["msg"] === "delivered" && l["id"] === id),
      { name: "nea logged the delivery", timeout: 30_000 },
    );
    expect(line["trace_id"]).toBe(traceId);
    expect(line["span_id"]).toMatch(/^[0-9a-f]{16}$/);
    expect(line["span_id"]).not.toBe("00f067aa0ba902b7");

    // Without a traceparent a new trace is started: its id is in the reply and in nea's log.
    const untraced = await fetch(`${miitUrl}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(plcVulnerabilityNotice("untraced", ["nea"])),
    });
    const fresh = /^00-([0-9a-f]{32})-/.exec(untraced.headers.get("traceparent") ?? "")?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(traceId);
    const { id: id2 } = (await untraced.json()) as { id: string };
    const line2 = await waitFor(
      async () => (await nea.logLines()).find((l) => l["msg"] === "delivered" && l["id"] === id2),
      { name: "nea logged the second delivery", timeout: 30_000 },
    );
    expect(line2["trace_id"]).toBe(fresh);

    // A malformed traceparent is no error: the message goes, under a new trace.
    const bad = await fetch(`${miitUrl}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: "00-not-a-trace" },
      body: JSON.stringify(plcVulnerabilityNotice("bad-trace", ["nea"])),
    });
    expect(bad.status).toBe(202);
    expect(bad.headers.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it("the tracker reports receipts owed and overdue by incident grade, as its own status API counts them", async () => {
    const owed = (s: ExposedSample[], grade: string) =>
      value(s, METRICS.receiptsOutstanding.name, { grade });
    const overdue = (s: ExposedSample[], kind: string, grade: string) =>
      value(s, METRICS.deadlinesOverdue.name, { kind, grade });
    // What earlier tests sent nea is receipted by now: nothing owed before this one starts.
    const before = await waitFor(
      async () => {
        const s = await scrape(trackerUrl);
        return s.some((x) => x.name === METRICS.receiptsOutstanding.name) ? undefined : s;
      },
      { name: "no receipts owed yet", timeout: 30_000 },
    );
    expect(value(before, METRICS.busConnected.name, { service: "tracker" })).toBe(1);

    // A grade II incident from js-iit (to miit, which receipts, and mem, which is not running)
    // and a notice to moe (not running either): two receipts owed, both overdue at once.
    const incident = await c.post("js-iit", "/messages", safetyAccidentIncident("metrics"));
    expect(incident.status).toBe(202);
    const notice = await c.post("miit", "/messages", plcVulnerabilityNotice("owed", ["moe"]));
    expect(notice.status).toBe(202);
    const unreceipted = async (id: unknown) => {
      const res = await fetch(`${trackerUrl}/messages/${String(id)}`);
      if (res.status !== 200) return undefined;
      const s = (await res.json()) as { recipients: { org: string; receipted: boolean }[] };
      return s.recipients;
    };
    // Settled: miit's receipt of the incident is in, the others are not.
    const incidentRecipients = await waitFor(
      async () => {
        const r = await unreceipted(incident.json["id"]);
        return r?.find((x) => x.org === "miit")?.receipted ? r : undefined;
      },
      { name: "miit's receipt tracked", timeout: 30_000 },
    );
    const owedII = incidentRecipients.filter((r) => !r.receipted).length;
    expect(owedII).toBeGreaterThan(0);
    await waitFor(async () => (await unreceipted(notice.json["id"]))?.length === 1, {
      name: "the notice tracked",
      timeout: 30_000,
    });
    const after = await scrape(trackerUrl);
    expect(owed(after, "II")).toBe(owed(before, "II") + owedII);
    expect(overdue(after, "receipt", "II")).toBe(overdue(before, "receipt", "II") + owedII);
    expect(owed(after, "none")).toBe(owed(before, "none") + 1);
    expect(overdue(after, "receipt", "none")).toBe(overdue(before, "receipt", "none") + 1);
    // And the same as the tracker's own overdue list says.
    const list = (await (await fetch(`${trackerUrl}/overdue`)).json()) as {
      overdue: { kind: string }[];
    };
    const metricTotal = after
      .filter((s) => s.name === METRICS.deadlinesOverdue.name)
      .reduce((n, s) => n + s.value, 0);
    expect(metricTotal).toBe(list.overdue.length);
    expect(value(after, METRICS.delivered.name, { family: "incident" })).toBeGreaterThan(
      value(before, METRICS.delivered.name, { family: "incident" }),
    );
  });

  it("a lost bus shows as disconnected, a backlog ageing in the outbox, and a reconnect once it is back", async () => {
    const count = (s: ExposedSample[], key: "busReconnects" | "busDisconnects") =>
      value(s, METRICS[key].name);
    const neaBefore = await scrape(neaUrl);
    const trackerBefore = await scrape(trackerUrl);
    await c.server.stop();
    await waitFor(async () => value(await scrape(neaUrl), METRICS.busConnected.name) === 0, {
      name: "nea sees the bus gone",
      timeout: 30_000,
    });
    // Accepted while the bus is away: it waits in miit's outbox, and the age shows it.
    const sent = await c.post("miit", "/messages", energyThreatBulletin("while-away"));
    expect(sent.status).toBe(202);
    await waitFor(
      async () => {
        const s = await scrape(miitUrl);
        return (
          value(s, METRICS.outboxPending.name) >= 1 &&
          value(s, METRICS.outboxOldestAge.name) > 0 &&
          value(s, METRICS.busConnected.name) === 0
        );
      },
      { name: "miit's backlog ageing", timeout: 30_000 },
    );
    await c.server.restart();
    for (const [url, before] of [
      [neaUrl, neaBefore],
      [trackerUrl, trackerBefore],
    ] as const) {
      await waitFor(
        async () => {
          const s = await scrape(url);
          return (
            value(s, METRICS.busConnected.name) === 1 &&
            count(s, "busReconnects") === count(before, "busReconnects") + 1 &&
            count(s, "busDisconnects") === count(before, "busDisconnects") + 1
          );
        },
        { name: `${url} reconnected once`, timeout: 60_000 },
      );
    }
    await waitFor(async () => value(await scrape(miitUrl), METRICS.outboxPending.name) === 0, {
      name: "miit's outbox drained after the reconnect",
      timeout: 60_000,
    });
  });
});
