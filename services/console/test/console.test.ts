import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { chromium, type Browser, type Page } from "playwright-core";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Quarantine, Registry, STREAMS } from "@tongbao/bus";
import { playDemo, ensureSigner, type DepartmentService } from "@tongbao/department";
import { DepartmentCluster } from "@tongbao/department/testing";
import { TongbaoError } from "@tongbao/errors";
import { OPERATOR, TRACKER_ORGANIZATION } from "@tongbao/organisations";
import { startTracking, type TrackingService } from "@tongbao/tracker";
import { waitFor } from "@tongbao/testing";
import { consoleMetricsTokenFile, startConsole, type RunningConsole } from "../src/mod.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "services/cli/dist/main.js");
const CHROMIUM = "/usr/bin/chromium";
const PASSWORD = "correct horse battery staple";

/**
 * The console over real HTTP and in a real browser, on a real secure bus: every department
 * under its own credentials, the tracker with a clock this test moves, the demo played, and the
 * console's operator actions run as the built `tongbao` command.
 */
describe.skipIf(!existsSync(CLI))("the console", () => {
  let c: DepartmentCluster;
  let tracking: TrackingService;
  let registry: Registry;
  let web: RunningConsole;
  let operatorNc: NatsConnection;
  let offsetMs = 0;
  let shots: string;

  beforeAll(async () => {
    c = await DepartmentCluster.start([]);
    for (const p of c.profiles) await c.startOne(p.id);
    const trackerNc = await c.connect(TRACKER_ORGANIZATION.id);
    c.conns.push(trackerNc);
    registry = await Registry.open({ nc: trackerNc, adminKeys: c.adminKeys, member: true });
    tracking = await startTracking({
      nc: trackerNc,
      keys: registry,
      signer: (await ensureSigner(c.keysDir, TRACKER_ORGANIZATION.id)).signer,
      outboxDir: c.layout.outbox(TRACKER_ORGANIZATION.id),
      policy: join(ROOT, "deploy/tracker/deadlines.json"),
      http: { host: "127.0.0.1", port: 0 },
      // Deadlines are read against this clock; nothing is published by ticks in this test.
      now: () => new Date(Date.now() + offsetMs),
      tickIntervalMs: 0,
    });
    web = await startConsole({
      home: c.dir,
      cli: CLI,
      server: c.url,
      departments: new Map([...c.running].map(([id, d]) => [id, d.url])),
      trackerUrl: tracking.http!.url,
      logger: pino({ level: "warn" }),
    });
    await web.users.set({ name: "operator", role: "operator" }, PASSWORD);
    await web.users.set({ name: "miit", role: "officer", org: "miit" }, PASSWORD);
    await web.users.set({ name: "nea", role: "officer", org: "nea" }, PASSWORD);
    await web.users.set({ name: "moe", role: "officer", org: "moe" }, PASSWORD);
    const services = new Map<string, DepartmentService>(
      [...c.running].map(([id, d]) => [id, d.service]),
    );
    await playDemo({ services, dataDir: c.dir, write: () => {} });
    operatorNc = await c.connect(OPERATOR);
    c.conns.push(operatorNc);
    shots = join(ROOT, "test-results", "console");
    await mkdir(shots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await web?.close();
    await tracking?.close();
    await registry?.close();
    await c?.stop();
  });

  /** An HTTP client with its own cookie jar. */
  function client() {
    let cookie = "";
    let csrf = "";
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(`${web.url}${path}`, {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...(method !== "GET" && csrf ? { "x-csrf-token": csrf } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const set = res.headers.get("set-cookie");
      if (set) cookie = set.split(";")[0]!;
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (path === "/api/session" && method === "POST" && res.ok) csrf = String(json["csrf"]);
      return { status: res.status, json, headers: res.headers };
    };
    return { call, forgetCsrf: () => (csrf = ""), cookie: () => cookie };
  }

  const demoIncident = () => {
    const entry = c.inbox("miit").find((e) => e.type === "tongbao.incident.v1.IncidentReport");
    if (!entry) throw new Error("the demo's incident report did not reach miit");
    return entry;
  };

  it("signs in with hashed passwords, sets a strict session cookie and refuses wrong ones", async () => {
    const u = client();
    expect((await u.call("GET", "/api/flow")).status).toBe(401);
    expect(
      (await u.call("POST", "/api/session", { name: "operator", password: "wrong password!" }))
        .status,
    ).toBe(401);
    expect(
      (await u.call("POST", "/api/session", { name: "nobody", password: PASSWORD })).status,
    ).toBe(401);
    const ok = await u.call("POST", "/api/session", { name: "operator", password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    expect(ok.json["user"]).toEqual({ name: "operator", role: "operator" });
    expect(ok.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect((await u.call("GET", "/api/session")).status).toBe(200);
    expect((await u.call("DELETE", "/api/session")).status).toBe(200);
    expect((await u.call("GET", "/api/session")).status).toBe(401);
  });

  it("limits failed sign-ins per user", async () => {
    const u = client();
    for (let i = 0; i < 5; i++)
      expect(
        (await u.call("POST", "/api/session", { name: "moe", password: `wrong ${i} attempt` }))
          .status,
      ).toBe(401);
    const limited = await u.call("POST", "/api/session", { name: "moe", password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.json["code"]).toBe("TB_ERR_RATE_LIMITED");
  });

  it("refuses a state-changing request without the session's CSRF token or from another origin", async () => {
    const u = client();
    await u.call("POST", "/api/session", { name: "nea", password: PASSWORD });
    const bulletin = c.inbox("nea").find((e) => e.type === "tongbao.bulletin.v1.ThreatBulletin")!;
    const cross = await u.call(
      "POST",
      `/api/messages/${bulletin.id}/receipt`,
      {},
      { origin: "http://evil.example" },
    );
    expect(cross.status).toBe(403);
    u.forgetCsrf();
    const noToken = await u.call("POST", `/api/messages/${bulletin.id}/receipt`, {});
    expect(noToken.status).toBe(403);
    expect(noToken.json["message"]).toContain("CSRF");
  });

  it("serves its metrics to the scraper with the token and to a signed-in operator, to nobody else", async () => {
    const metrics = async (headers: Record<string, string> = {}) => {
      const res = await fetch(`${web.url}/metrics`, { headers });
      return { status: res.status, text: await res.text(), challenge: res.headers };
    };
    // An outsider, with no sign-in and no token, or with a token of its own making.
    const outsider = await metrics();
    expect(outsider.status).toBe(401);
    expect(outsider.challenge.get("www-authenticate")).toMatch(/^Bearer /);
    expect(outsider.text).not.toContain("tongbao_console_sign_ins_total");
    expect((await metrics({ authorization: "Bearer not-the-token" })).status).toBe(401);
    expect((await metrics({ authorization: `Basic ${btoa("operator:" + PASSWORD)}` })).status).toBe(
      401,
    );
    // Another organisation's duty officer, signed in.
    const officer = client();
    await officer.call("POST", "/api/session", { name: "nea", password: PASSWORD });
    const asOfficer = await officer.call("GET", "/metrics");
    expect(asOfficer.status).toBe(403);
    // The controls: the scraper's token from the console's file, and the operator's session.
    const token = (await readFile(consoleMetricsTokenFile(c.dir), "utf8")).trim();
    const scraped = await metrics({ authorization: `Bearer ${token}` });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain("tongbao_console_sign_ins_total");
    expect((await stat(consoleMetricsTokenFile(c.dir))).mode & 0o077).toBe(0);
    const operator = client();
    await operator.call("POST", "/api/session", { name: "operator", password: PASSWORD });
    const res = await fetch(`${web.url}/metrics`, {
      headers: { cookie: operator.cookie() },
    });
    expect(res.status).toBe(200);
  });

  it("shows a duty officer only their organisation's traffic; the operator sees all", async () => {
    const incident = demoIncident();
    const operator = client();
    await operator.call("POST", "/api/session", { name: "operator", password: PASSWORD });
    await waitFor(
      async () =>
        (await operator.call("GET", `/api/messages/${incident.id}`)).json["item"] !== undefined,
      {
        timeout: 30_000,
        name: "the operator's flow to hold the demo incident",
      },
    );
    const seen = await operator.call("GET", `/api/messages/${incident.id}`);
    expect((seen.json["item"] as Record<string, unknown>)["verified"]).toBe(true);
    // NEA is no recipient of the incident report js-iit addressed to MIIT and MEM.
    const nea = client();
    await nea.call("POST", "/api/session", { name: "nea", password: PASSWORD });
    const refused = await nea.call("GET", `/api/messages/${incident.id}`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.json)).not.toContain(incident.payload["title"] as string);
    const flow = (await nea.call("GET", "/api/messages")).json as unknown as { id: string }[];
    expect(flow.map((m) => m.id)).not.toContain(incident.id);
    expect((await nea.call("GET", "/api/quarantine")).status).toBe(403);
    expect((await nea.call("GET", "/api/registry")).status).toBe(403);
    // MIIT is a recipient: its officer opens it.
    const miit = client();
    await miit.call("POST", "/api/session", { name: "miit", password: PASSWORD });
    expect((await miit.call("GET", `/api/messages/${incident.id}`)).status).toBe(200);
  });

  describe("in a browser", () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    async function signIn(name: string) {
      const context = await browser.newContext();
      // Nothing but the console itself may be reached: the page works offline.
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      page = await context.newPage();
      await page.goto(web.url);
      await page.fill("input[name=name]", name);
      await page.fill("input[name=password]", PASSWORD);
      await page.click("#signin");
      await page.waitForSelector("#nav:not([hidden])");
    }

    const shot = (name: string) =>
      page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

    it("the operator watches the demo arrive and opens a message with its recipients", async () => {
      await signIn("operator");
      await page.waitForSelector("#flow-rows tr", { timeout: 30_000 });
      const incident = demoIncident();
      await page.waitForSelector(`tr[data-id="${incident.id}"]`, { timeout: 30_000 });
      await shot("flow");
      await page.click(`tr[data-id="${incident.id}"]`);
      await page.waitForSelector("#recipients tr[data-org=miit]");
      expect(await page.textContent("#recipients tr[data-org=miit] .receipted")).toContain("✓");
      // The 初报 is in, against its deadline.
      expect(await page.textContent("#incident tr[data-phase=initial]")).toContain("✓");
      await shot("message");
      await page.click("#lang");
      await page.waitForSelector("text=Recipients");
      await shot("message-en");
    });

    it("sees the overdue list change when a deadline passes", async () => {
      const before = (
        (await (await fetch(`${tracking.http!.url}/overdue`)).json()) as { overdue: unknown[] }
      ).overdue.length;
      await page.goto(`${web.url}/#/obligations`);
      await page.waitForSelector("#overdue");
      const shownBefore = await page.locator(".overdue-row").count();
      expect(shownBefore).toBe(before);
      offsetMs = 3 * 24 * 3600_000;
      await page.reload();
      await page.waitForSelector(".overdue-row");
      expect(await page.locator(".overdue-row").count()).toBeGreaterThan(shownBefore);
      await shot("obligations");
    });

    it("releases a quarantined message after re-validation", async () => {
      const jsm = await jetstreamManager(operatorNc);
      const stored = await jsm.streams.getMessage(STREAMS.LIVE, { seq: 1 });
      await new Quarantine(jetstream(operatorNc)).put({
        reason: new TongbaoError("TB_ERR_UNKNOWN_KEY", "key not registered yet"),
        subject: stored!.subject,
        stream: STREAMS.LIVE,
        streamSeq: 1,
        storedAt: stored!.time,
        deliveryCount: 1,
        consumer: "nea-live",
        data: stored!.data,
      });
      const qseq = (await jsm.streams.info(STREAMS.QUARANTINE)).state.last_seq;
      await page.goto(`${web.url}/#/quarantine`);
      const row = page.locator(`tr[data-seq="${qseq}"]`);
      await row.waitFor();
      await row.locator(".release-reason").fill("key was registered late; the message is genuine");
      await row.locator(".release").click();
      await row
        .locator(".release-result", { hasText: /已释放|Released/ })
        .waitFor({ timeout: 30_000 });
      await shot("quarantine");
      const audit = await jsm.streams.info(STREAMS.AUDIT);
      expect(audit.state.messages).toBeGreaterThan(0);
    });

    it("runs an audited replay and offers its result", async () => {
      await page.goto(`${web.url}/#/replay`);
      await page.fill("input[name=reason]", "night-shift review of the demo");
      await page.click("#replay-start");
      await page.waitForSelector("#replay-download", { timeout: 60_000 });
      const href = await page.getAttribute("#replay-download", "href");
      const res = await page.request.get(`${web.url}${href}`);
      expect(res.status()).toBe(200);
      expect((await res.text()).trim().split("\n").length).toBeGreaterThan(3);
      await shot("replay");
      await page.goto(`${web.url}/#/situation`);
      await page.waitForSelector("#situation-total");
      await shot("situation");
      await page.goto(`${web.url}/#/registry`);
      await page.waitForSelector("#audit");
      expect(await page.textContent("#audit")).toContain("replay");
      await shot("registry");
    });

    it("a duty officer signs for a bulletin from the page, and cannot open another's message by URL", async () => {
      await signIn("nea");
      const bulletin = c.inbox("nea").find((e) => e.type === "tongbao.bulletin.v1.ThreatBulletin")!;
      await page.goto(`${web.url}/#/message/${bulletin.id}`);
      await page.click("#receipt");
      await page.waitForSelector(
        "#action-result:has-text('已发送'), #action-result:has-text('Sent')",
      );
      await waitFor(
        () =>
          c
            .inbox("miit")
            .some(
              (e) =>
                e.type === "tongbao.receipt.v1.Receipt" && e.payload["messageId"] === bulletin.id,
            ),
        { timeout: 30_000, name: "MIIT to receive NEA's signed-for receipt" },
      );
      await shot("officer-receipt");
      const incident = demoIncident();
      await page.goto(`${web.url}/#/message/${incident.id}`);
      await page.waitForSelector("#refused");
      expect(await page.textContent("main")).not.toContain(incident.payload["title"] as string);
      await shot("officer-refused");
    });
  });
});
