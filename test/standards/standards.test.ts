import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "@asyncapi/parser";
import { ProtoBuffSchemaParser } from "@asyncapi/protobuf-schema-parser";
import { connect, type Msg, type NatsConnection } from "@nats-io/transport-node";
import { contractFor } from "@tongbao/contracts";
import {
  CAP_CARRIED,
  orgUrn,
  plcVulnerabilityNotice,
  publishRequestOf,
  readCapAlert,
  type InboxEntry,
  type TongbaoCloudEvent,
} from "@tongbao/department";
import { DepartmentCluster } from "@tongbao/department/testing";
import { OPERATOR } from "@tongbao/organisations";
import { NatsServer, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { CloudEvent, HTTP } from "cloudevents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CAP_XSD = join(ROOT, "schemas/cap/CAP-v1.2.xsd");

const WARNING = "tongbao.warning.v1.EarlyWarning";
const RESPONSE = "tongbao.response.v1.EmergencyResponse";
const RECEIPT = "tongbao.receipt.v1.Receipt";

const warning = (title: string, extra: Record<string, unknown> = {}) => ({
  type: "EarlyWarning",
  marking: { tlp: "AMBER" },
  recipients: ["js-iit"],
  region: "320000",
  payload: {
    action: "WARNING_ACTION_ISSUE",
    level: "WARNING_LEVEL_ORANGE",
    category: "INCIDENT_CATEGORY_NETWORK_ATTACK",
    documentNumber: "工信网安预〔2026〕12号",
    title,
    issuingUnit: "工业和信息化部网络安全管理局",
    startTime: "2026-12-02T08:00:00Z",
    validity: "259200s",
    possibleScope: {
      sectors: ["SECTOR_RAW_MATERIALS"],
      regions: ["320000", "320500"],
      description: "江苏省石化企业",
    },
    alertItems: ["针对DCS工程师站的勒索软件活动增加", "攻击者利用远程运维通道"],
    requiredMeasures: [
      { description: "关闭不必要的远程运维通道" },
      { description: "离线备份组态" },
    ],
    reason: "多地监测到同源攻击",
    contact: { name: "张伟", phone: "010-6820xxxx" },
  },
  ...extra,
});

const response = {
  type: "EmergencyResponse",
  marking: { tlp: "AMBER" },
  recipients: ["js-iit"],
  payload: {
    action: "RESPONSE_ACTION_START",
    level: "RESPONSE_LEVEL_II",
    documentNumber: "应急〔2026〕3号",
    title: "启动网络安全事件二级应急响应",
    incidentId: "0193a000-0000-7000-8000-000000000001",
    situation: "某石化企业DCS遭勒索软件攻击，生产装置停车",
    scope: { regions: ["320000"] },
    effectiveTime: "2026-12-02T09:00:00Z",
    commandBody: "应急管理部指挥中心",
    requirements: ["每小时报告处置进展", "保护现场"],
    reportingInterval: "3600s",
    coordinationRequests: [{ orgId: "js-iit", request: "组织专家到场" }],
  },
};

/** `tongbao ...` as its own process, from the sources (as the CLI's own suites run it). */
function tongbao(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=source",
        "--import",
        "tsx/esm",
        join(ROOT, "services/cli/src/main.ts"),
        ...args,
      ],
      {
        env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.base.json"), ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const out: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => out.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, out: Buffer.concat(out).toString("utf8") });
    });
  });
}

async function capValid(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "alert.xml", contents: xml }],
    schema: [{ fileName: "CAP-v1.2.xsd", contents: await readFile(CAP_XSD, "utf8") }],
  });
  return result.errors.map((e) => e.message);
}

/** The payload in its contract's JSON form, as the department stores and serves it. */
function normalised(type: string, payload: unknown): Record<string, unknown> {
  const c = contractFor(type)!;
  return c.toJson(c.fromJson(payload) as never);
}

/** The fields of a payload CAP carries (CAP_CARRIED), nested `a[].b` paths included. */
function carried(type: string, payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of CAP_CARRIED[type] ?? []) {
    const [field, inner] = path.split("[].") as [string, string | undefined];
    const value = payload[field];
    if (value === undefined) continue;
    out[field] = inner
      ? (value as Record<string, unknown>[]).map((v) => ({ [inner]: v[inner] }))
      : value;
  }
  return out;
}

describe("the field's standards: CloudEvents, CAP 1.2, AsyncAPI 3", () => {
  let c: DepartmentCluster;
  let local: NatsServer;
  let localNc: NatsConnection;
  let dir: string;
  const republished: Msg[] = [];
  showServerLogsOnFailure(() => (c ? [c.server, local] : []));
  const url = (org: string, path: string) => `${c.get(org).url}${path}`;
  const inboxOf = (org: string): readonly InboxEntry[] => c.inbox(org);
  const cli = (args: string[]) =>
    tongbao(args, {
      TONGBAO_URL: c.url,
      TONGBAO_NKEY: c.layout.nkeyFile(OPERATOR),
      TONGBAO_TLS_CA: c.layout.caFile,
      TONGBAO_HOME: c.dir,
    });
  const published = async (org: string, body: unknown): Promise<string> => {
    const { status, json } = await c.post(org, "/messages", body);
    expect(status, JSON.stringify(json)).toBe(202);
    return json["id"] as string;
  };
  const arrived = (org: string, id: string) =>
    waitFor(() => inboxOf(org).some((e) => e.id === id), {
      name: `${id} in ${org}'s inbox`,
      timeout: 20_000,
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-standards-"));
    // The organisation's own NATS server, where js-iit hands messages on to other tools.
    local = await NatsServer.start({ jetstream: false });
    localNc = await connect({ servers: local.url });
    localNc.subscribe("ext.>", {
      callback: (_err, m) => {
        republished.push(m);
      },
    });
    await localNc.flush();
    c = await DepartmentCluster.start(["miit", "mem"]);
    await c.startOne("js-iit", { republish: { url: local.url, prefix: "ext" } });
  }, 90_000);
  afterAll(async () => {
    await c?.stop();
    await localNc?.close();
    await local?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves a message as a CloudEvent the SDK reads, in structured, SSE, batch and NATS binary modes", async () => {
    const body = warning("DCS勒索软件攻击预警");
    const id = await published("miit", body);
    await arrived("js-iit", id);
    const payload = normalised(WARNING, body.payload);

    const res = await fetch(url("js-iit", `/messages/${id}`), {
      headers: { accept: "application/cloudevents+json" },
    });
    expect(res.headers.get("content-type")).toContain("application/cloudevents+json");
    const structured = HTTP.toEvent({
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    }) as CloudEvent<Record<string, unknown>>;
    expect(structured.validate()).toBe(true);
    expect(structured).toMatchObject({
      specversion: "1.0",
      id,
      source: "urn:tongbao:org:miit",
      type: WARNING,
      subject: `tb.live.to.js-iit.warning.miit`,
      datacontenttype: "application/json",
      tbstatus: "live",
      tbmarking: "AMBER",
      tbrecipients: "js-iit",
      tbregion: "320000",
    });
    expect(structured.data).toEqual(payload);
    expect(typeof structured["tbenvelope"]).toBe("string");

    // The SSE inbox in CloudEvents form, by ?format=.
    const sse = await fetch(url("js-iit", "/inbox?format=cloudevents"));
    const reader = sse.body!.getReader();
    let text = "";
    while (!text.includes(": caught up")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const events = [...text.matchAll(/^data: (.*)$/gm)].map(
      (m) => new CloudEvent(JSON.parse(m[1]!) as Record<string, unknown>),
    );
    expect(events.find((e) => e.id === id)?.data).toEqual(payload);

    // The receipt js-iit sent back, as a batch at miit.
    await waitFor(
      () => inboxOf("miit").some((e) => e.type === RECEIPT && e.payload["messageId"] === id),
      { name: "js-iit's receipt at miit", timeout: 20_000 },
    );
    const batchRes = await fetch(url("miit", "/receipts"), {
      headers: { accept: "application/cloudevents-batch+json" },
    });
    expect(batchRes.headers.get("content-type")).toContain("application/cloudevents-batch+json");
    const batch = HTTP.toEvent({
      headers: Object.fromEntries(batchRes.headers),
      body: await batchRes.text(),
    }) as CloudEvent<Record<string, unknown>>[];
    const receipt = batch.find((e) => e.data?.["messageId"] === id);
    expect(receipt).toMatchObject({ type: RECEIPT, source: orgUrn("js-iit"), tbcausationid: id });

    // NATS binary mode on js-iit's own server: ce- headers, the payload's JSON as the body.
    await waitFor(() => republished.some((m) => m.headers?.get("ce-id") === id), {
      name: "the re-published warning on the local server",
      timeout: 20_000,
    });
    const msg = republished.find((m) => m.headers?.get("ce-id") === id)!;
    expect(msg.subject).toBe("ext.tb.live.to.js-iit.warning.miit");
    const natsHeaders: Record<string, string> = {};
    for (const [k, v] of msg.headers!) natsHeaders[k] = v[0]!;
    const binary = HTTP.toEvent({ headers: natsHeaders, body: msg.string() }) as CloudEvent<
      Record<string, unknown>
    >;
    expect(binary.validate()).toBe(true);
    expect(binary).toMatchObject({ id, source: orgUrn("miit"), type: WARNING, tbmarking: "AMBER" });
    expect(binary.data).toEqual(payload);

    // TLP:RED reaches js-iit decrypted, but is not handed on; the warning after it is.
    const red = await published("miit", {
      ...plcVulnerabilityNotice("red", ["js-iit"]),
      marking: { tlp: "RED" },
    });
    await arrived("js-iit", red);
    const after = await published("miit", warning("RED之后的预警"));
    await waitFor(() => republished.some((m) => m.headers?.get("ce-id") === after), {
      name: "the warning published after the RED notice, re-published",
      timeout: 20_000,
    });
    expect(republished.some((m) => m.headers?.get("ce-id") === red)).toBe(false);
  });

  it("tongbao verify checks a CloudEvent's envelope and attributes, and names a tampered attribute", async () => {
    const id = await published("miit", warning("校验预警"));
    await arrived("js-iit", id);
    const ce = (await (
      await fetch(url("js-iit", `/messages/${id}?format=cloudevents`))
    ).json()) as TongbaoCloudEvent;
    const file = join(dir, "event.json");
    await writeFile(file, JSON.stringify(ce));
    const good = await cli(["verify", "--cloudevent", file]);
    expect(good.out).toContain(`✓ ${id}: signed by miit`);
    expect(good.code).toBe(0);

    // The same event with its marking lowered, and with its data changed: both caught.
    const lowered = { ...ce, tbmarking: "CLEAR" };
    const rewritten = { ...ce, data: { ...ce.data, title: "已解除" } };
    await writeFile(file, [lowered, rewritten].map((e) => JSON.stringify(e)).join("\n"));
    const bad = await cli(["verify", "--cloudevent", file]);
    expect(bad.code).toBe(3);
    expect(bad.out).toContain(`tbmarking: the event says "CLEAR", the envelope "AMBER"`);
    expect(bad.out).toContain("data mismatch");

    await writeFile(file, JSON.stringify({ ...ce, source: "miit" }));
    const malformed = await cli(["verify", "--cloudevent", file]);
    expect(malformed.code).toBe(2);
    expect(malformed.out).toContain("source must be urn:tongbao:org:<organisation>");
  });

  it("a CloudEvent goes back into a Tongbao message with the same payload", async () => {
    const id = await published("miit", warning("往返预警"));
    await arrived("js-iit", id);
    const ce = (await (
      await fetch(url("js-iit", `/messages/${id}?format=cloudevents`))
    ).json()) as TongbaoCloudEvent;
    const again = await published("miit", publishRequestOf(ce));
    await arrived("js-iit", again);
    const copy = inboxOf("js-iit").find((e) => e.id === again)!;
    expect(copy.payload).toEqual(ce.data);
    expect(copy).toMatchObject({ tlp: "AMBER", recipients: ["js-iit"], status: "live" });
  });

  it("serves warnings, responses and receipts as CAP 1.2 valid against the OASIS schema, one by one and as a feed", async () => {
    const issued = await published("miit", warning("CAP预警"));
    const drill = await published("miit", warning("演练预警", { status: "exercise" }));
    const started = await published("mem", response);
    const publicWarning = await published(
      "miit",
      warning("公开预警", {
        recipients: undefined,
        sectors: ["raw_materials"],
        marking: { tlp: "CLEAR" },
      }),
    );
    for (const id of [issued, drill, started, publicWarning]) await arrived("js-iit", id);

    const cap = async (org: string, id: string, accept = false) => {
      const res = await fetch(
        accept ? url(org, `/messages/${id}`) : url(org, `/messages/${id}/cap`),
        accept ? { headers: { accept: "application/cap+xml" } } : {},
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/cap+xml");
      const xml = await res.text();
      expect(await capValid(xml)).toEqual([]);
      return xml;
    };
    const issuedXml = await cap("js-iit", issued, true);
    expect(issuedXml).toContain("<status>Actual</status><msgType>Alert</msgType>");
    expect(issuedXml).toContain(
      "<scope>Private</scope><addresses>urn:tongbao:org:js-iit</addresses><code>TLP:AMBER</code>",
    );
    expect(issuedXml).toContain(
      "<urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>",
    );
    expect(issuedXml).toContain(
      "<area><areaDesc>江苏省</areaDesc><geocode><valueName>GB/T 2260</valueName><value>320000</value></geocode></area>",
    );
    expect(await cap("js-iit", drill)).toContain("<status>Exercise</status>");
    const startedXml = await cap("js-iit", started);
    expect(startedXml).toContain("<msgType>Alert</msgType>");
    expect(startedXml).toContain("<severity>Severe</severity><certainty>Observed</certainty>");
    const publicXml = await cap("js-iit", publicWarning);
    expect(publicXml).toContain("<scope>Public</scope>");

    // Back from CAP: the fields CAP carries come back as they were sent.
    for (const [id, type, body] of [
      [issued, WARNING, warning("CAP预警").payload],
      [started, RESPONSE, response.payload],
    ] as const) {
      const reading = readCapAlert(await cap("js-iit", id));
      expect(reading).toMatchObject({ identifier: id, type, status: "live", tlp: "AMBER" });
      expect(reading.payload).toEqual(carried(type, normalised(type, body)));
    }

    // js-iit's automatic receipt, at mem, is a CAP Ack referencing the response.
    await waitFor(
      () => inboxOf("mem").some((e) => e.type === RECEIPT && e.payload["messageId"] === started),
      { name: "js-iit's receipt at mem", timeout: 20_000 },
    );
    const receipt = inboxOf("mem").find(
      (e) => e.type === RECEIPT && e.payload["messageId"] === started,
    )!;
    const ack = await cap("mem", receipt.id);
    expect(ack).toContain("<msgType>Ack</msgType>");
    expect(readCapAlert(ack).references).toEqual([
      { sender: orgUrn("mem"), identifier: started, sent: expect.stringMatching(/-00:00$/) },
    ]);

    // A vulnerability notice has no CAP form: refused by name, while the warnings above had one.
    const notice = await published("miit", plcVulnerabilityNotice("cap", ["js-iit"]));
    await arrived("js-iit", notice);
    const refused = await fetch(url("js-iit", `/messages/${notice}/cap`));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain("has no CAP form");
    const missing = await fetch(url("js-iit", "/messages/no-such-id/cap"));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe("TB_ERR_NOT_FOUND");

    const feed = await (await fetch(url("js-iit", "/cap/feed"))).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const alerts = [...feed.matchAll(/<alert xmlns="[^"]+">.*?<\/alert>/gs)].map((m) => m[0]);
    for (const id of [issued, drill, started, publicWarning]) {
      const alert = alerts.find((a) => a.includes(`<identifier>${id}</identifier>`));
      expect(alert, id).toBeDefined();
      expect(await capValid(`<?xml version="1.0" encoding="UTF-8"?>\n${alert!}`)).toEqual([]);
    }
  });

  it("publishes a structured CloudEvent POSTed as application/cloudevents+json, and refuses a bad one naming the attribute", async () => {
    const body = warning("来自事件总线的预警");
    const event = new CloudEvent({
      specversion: "1.0",
      id: "scada-7f3e-0001",
      source: "/jiangsu/ics-monitor",
      type: WARNING,
      datacontenttype: "application/json",
      data: body.payload,
      tbmarking: "AMBER",
      tbrecipients: "js-iit",
      tbregion: "320000",
    });
    const post = async (message: { headers: Record<string, unknown>; body: unknown }) => {
      const res = await fetch(url("miit", "/messages"), {
        method: "POST",
        headers: message.headers as Record<string, string>,
        body: message.body as string,
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const structured = HTTP.structured(event);
    expect(structured.headers["content-type"]).toContain("application/cloudevents+json");
    const ok = await post(structured);
    expect(ok.status, JSON.stringify(ok.json)).toBe(202);
    const id = ok.json["id"] as string;
    await arrived("js-iit", id);
    const copy = inboxOf("js-iit").find((e) => e.id === id)!;
    expect(copy).toMatchObject({
      source: "miit",
      type: WARNING,
      tlp: "AMBER",
      status: "live",
      recipients: ["js-iit"],
      region: "320000",
    });
    expect(copy.payload).toEqual(normalised(WARNING, body.payload));
    expect(copy.keyId).not.toBe("");

    const ceHeaders = { "content-type": "application/cloudevents+json; charset=utf-8" };
    const raw = JSON.parse(structured.body as string) as Record<string, unknown>;
    const refusals: [Record<string, unknown> | string, string, RegExp][] = [
      [{ ...raw, tbmarking: undefined }, "tbmarking", /tbmarking is required/],
      [{ ...raw, specversion: "0.3" }, "specversion", /specversion must be "1.0"/],
      [{ ...raw, type: "com.example.alert" }, "type", /com\.example\.alert/],
      [
        { ...raw, data: { ...body.payload, level: "WARNING_LEVEL_PURPLE" } },
        "data.level",
        /WARNING_LEVEL_PURPLE|level/,
      ],
      [{ ...raw, tbmarking: "PINK" }, "tbmarking", /PINK|tlp/i],
      [{ ...raw, datacontenttype: "application/xml" }, "datacontenttype", /application\/json/],
      ["{not json", "", /not JSON/],
    ];
    for (const [bad, path, message] of refusals) {
      const r = await post({
        headers: ceHeaders,
        body: typeof bad === "string" ? bad : JSON.stringify(bad),
      });
      expect(r.status, `${path}: ${JSON.stringify(r.json)}`).toBe(400);
      expect(r.json["path"], JSON.stringify(r.json)).toBe(path);
      expect(r.json["message"]).toMatch(message);
    }
    // Control: the same event again, unchanged, is taken (a new message of its own).
    const again = await post({ headers: ceHeaders, body: JSON.stringify(raw) });
    expect(again.status).toBe(202);
    expect(again.json["id"]).not.toBe(id);
  });

  it("publishes a CAP 1.2 alert POSTed to /cap/alerts as a signed warning, and refuses an invalid one naming the element", async () => {
    const postCap = async (xml: string, query = "", type = "application/cap+xml") => {
      const res = await fetch(url("miit", `/cap/alerts${query}`), {
        method: "POST",
        headers: { "content-type": type },
        body: xml,
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    // Tongbao's own alert back in: the fields CAP carries come out as they went in.
    const original = await published("miit", warning("CAP回传预警"));
    const servedXml = await (await fetch(url("miit", `/messages/${original}/cap`))).text();
    const back = await postCap(servedXml);
    expect(back.status, JSON.stringify(back.json)).toBe(202);
    expect(back.json).toMatchObject({ type: WARNING, recipients: ["js-iit"] });
    await arrived("js-iit", back.json["id"] as string);
    const copy = inboxOf("js-iit").find((e) => e.id === back.json["id"])!;
    expect(copy).toMatchObject({ source: "miit", tlp: "AMBER", status: "live" });
    expect(carried(WARNING, copy.payload)).toEqual(
      carried(WARNING, normalised(WARNING, warning("CAP回传预警").payload)),
    );

    // And an EmergencyResponse, posted by mem from the alert of one it sent.
    const started = await published("mem", response);
    const responseXml = await (await fetch(url("mem", `/messages/${started}/cap`))).text();
    const responded = await fetch(url("mem", "/cap/alerts"), {
      method: "POST",
      headers: { "content-type": "application/xml" },
      body: responseXml,
    });
    const answer = (await responded.json()) as Record<string, unknown>;
    expect(responded.status, JSON.stringify(answer)).toBe(202);
    await arrived("js-iit", answer["id"] as string);
    const again = inboxOf("js-iit").find((e) => e.id === answer["id"])!;
    expect(again.type).toBe(RESPONSE);
    expect(carried(RESPONSE, again.payload)).toEqual(
      carried(RESPONSE, normalised(RESPONSE, response.payload)),
    );

    // An alert from another alerting system, with no tongbao: codes: Public, so CLEAR, and
    // broadcast to the sectors asked for; action from msgType, level from severity.
    const foreign = (
      status = "Exercise",
      identifier = "<identifier>JS-EWS-2026-0815</identifier>",
    ) =>
      `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">${identifier}<sender>ews@jiangsu.example</sender><sent>2026-12-02T10:00:00+08:00</sent><status>${status}</status><msgType>Alert</msgType><scope>Public</scope>
<info><category>Security</category><event>勒索软件攻击</event><urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty><eventCode><valueName>tongbao:category</valueName><value>INCIDENT_CATEGORY_NETWORK_ATTACK</value></eventCode><headline>石化行业勒索软件预警</headline><description>DCS工程师站遭攻击</description></info>
</alert>`;
    const taken = await postCap(foreign(), "?sectors=raw_materials");
    expect(taken.status, JSON.stringify(taken.json)).toBe(202);
    await arrived("js-iit", taken.json["id"] as string);
    const warned = inboxOf("js-iit").find((e) => e.id === taken.json["id"])!;
    expect(warned).toMatchObject({ type: WARNING, tlp: "CLEAR", status: "exercise" });
    expect(warned.payload).toMatchObject({
      action: "WARNING_ACTION_ISSUE",
      level: "WARNING_LEVEL_ORANGE",
      title: "石化行业勒索软件预警",
      alertItems: ["DCS工程师站遭攻击"],
    });

    const before = c.get("miit").service.inbox.sentMessages().length;
    const refusals: [string, string, string, RegExp][] = [
      [foreign("Bogus"), "", "status", /not valid CAP 1\.2.*Bogus/s],
      [foreign("Exercise", ""), "", "sender", /identifier/],
      [foreign("Draft"), "", "status", /Draft alert is not sent/],
      [
        foreign().replace("<msgType>Alert", "<msgType>Ack"),
        "",
        "msgType",
        /POST \/messages\/:id\/receipt/,
      ],
      [foreign(), "?sectors=raw_materials", "content-type", /application\/cap\+xml/],
    ];
    for (const [xml, query, path, message] of refusals) {
      const r = await postCap(
        path === "content-type" ? JSON.stringify({ xml }) : xml,
        query,
        path === "content-type" ? "application/json" : "application/cap+xml",
      );
      expect(r.status, `${path}: ${JSON.stringify(r.json)}`).toBe(400);
      expect(r.json["path"], JSON.stringify(r.json)).toBe(path);
      expect(r.json["message"]).toMatch(message);
    }
    expect(c.get("miit").service.inbox.sentMessages().length).toBe(before);
  });

  it("serves what an organisation sent in the same CloudEvent, CAP and STIX forms as its recipient sees", async () => {
    const sentWarning = await published("miit", warning("发送方视图预警"));
    const sentRed = await published("miit", warning("红色预警", { marking: { tlp: "RED" } }));
    const sentNotice = await published("miit", plcVulnerabilityNotice("sent view", ["js-iit"]));
    for (const id of [sentWarning, sentRed, sentNotice]) await arrived("js-iit", id);
    const json = async (org: string, path: string) => {
      const res = await fetch(url(org, path));
      expect(res.status, `${org} ${path}`).toBe(200);
      return (await res.json()) as Record<string, unknown>;
    };

    for (const id of [sentWarning, sentRed]) {
      const mine = await json("miit", `/messages/${id}?format=cloudevents`);
      const theirs = await json("js-iit", `/messages/${id}?format=cloudevents`);
      // The same signed copy (one recipient), the same attributes; the sender cannot know when
      // the stream stored it, so its tbstoredat is the signed time.
      const { tbstoredat: mineStored, ...mineRest } = mine;
      const { tbstoredat: _theirs, ...theirsRest } = theirs;
      expect(mineRest).toEqual(theirsRest);
      expect(mineStored).toBe(mine["time"]);
    }
    // RED: the sender's view has the payload in clear, though its envelope is ciphertext.
    expect((await json("miit", `/messages/${sentRed}?format=cloudevents`))["data"]).toMatchObject({
      title: "红色预警",
    });

    const mineXml = await (await fetch(url("miit", `/messages/${sentWarning}/cap`))).text();
    expect(await capValid(mineXml)).toEqual([]);
    const theirsXml = await (await fetch(url("js-iit", `/messages/${sentWarning}/cap`))).text();
    expect(readCapAlert(mineXml)).toEqual(readCapAlert(theirsXml));

    const mineStix = await json("miit", `/stix/messages/${sentNotice}`);
    const theirsStix = await json("js-iit", `/stix/messages/${sentNotice}`);
    const ids = (b: Record<string, unknown>) => (b["objects"] as { id: string }[]).map((o) => o.id);
    expect(ids(mineStix)).toEqual(ids(theirsStix));

    // Control: an id neither received nor sent is still 404, and the status view is unchanged.
    const missing = await fetch(url("miit", "/messages/0193a000-0000-7000-8000-00000000dead/cap"));
    expect(missing.status).toBe(404);
    expect((await json("miit", `/messages/${sentWarning}`))["recipientsStatus"]).toBeDefined();
  });

  it("serves its AsyncAPI 3 document, which @asyncapi/parser reads without errors, and the docs match the generator", async () => {
    const parser = new Parser();
    parser.registerSchemaParser(ProtoBuffSchemaParser());
    const served = await (await fetch(url("js-iit", "/asyncapi.json"))).text();
    const own = await parser.parse(served);
    expect(own.diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    const addresses = own
      .document!.channels()
      .all()
      .map((ch) => ch.address());
    expect(addresses).toContain("tb.{status}.to.js-iit.{family}.{origin}");
    expect(addresses).toContain("tb.{status}.{family}.{sector}.js-iit");
    const warningMessage = own
      .document!.messages()
      .all()
      .find((m) => m.name() === "EarlyWarning");
    expect(warningMessage?.payload()?.schemaFormat()).toBe(
      "application/vnd.google.protobuf;version=3",
    );

    const json = join(dir, "asyncapi.json");
    const md = join(dir, "asyncapi.md");
    const generated = await cli(["asyncapi", "--output", json, "--markdown", md]);
    expect(generated.code, generated.out).toBe(0);
    expect(await readFile(json, "utf8")).toBe(
      await readFile(join(ROOT, "schemas/asyncapi.json"), "utf8"),
    );
    expect(await readFile(md, "utf8")).toBe(
      await readFile(join(ROOT, "schemas/asyncapi.md"), "utf8"),
    );
    const whole = await parser.parse(await readFile(json, "utf8"));
    expect(whole.diagnostics.filter((d) => d.severity <= 1)).toEqual([]);
  });
});
