import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Tracker } from "../src/tracker.js";
import { serveTracking } from "../src/http-server.js";
import { startTracking } from "../src/start-tracking.js";
import { fetchTracking } from "../src/tracking-client.js";
import { runTongbao } from "./cli-process.js";
import type { MessageStatus, OverdueView } from "../src/tracking-views.js";
import {
  POLICY_FILE,
  TRACKER_ORG,
  TrackingBus,
  addressed,
  receipt,
  rectification,
} from "./tracking-bus.js";

const min = (n: number) => n * 60_000;

describe("Tracker: receipts, feedback, incidents, status", () => {
  let bus: TrackingBus;
  showServerLogsOnFailure(() => [bus.server]);

  beforeEach(async () => {
    bus = new TrackingBus();
    await bus.open();
  });
  afterEach(async () => {
    await bus.close();
  });

  const settled = () => bus.settled();

  it("reminds a recipient that misses its receipt, then escalates to the sender, at the configured times", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const id = await bus.send(
      "miit",
      rectification(["nea", "js-iit"], new Date(t0.getTime() + min(24 * 60))),
    );
    bus.clock.advance(10);
    await bus.send("js-iit", receipt(id, bus.clock.now()));
    await settled();

    const status = tracker.message(id)!;
    expect(status.recipients.map((r) => [r.org, r.delivered, r.receipted])).toEqual([
      ["js-iit", true, true],
      ["nea", true, false],
    ]);
    // Receipt due 60 min after signing; reminder at once, escalation 60 min later.
    expect(await tracker.tick(new Date(t0.getTime() + min(59)))).toEqual([]);
    const reminders = await tracker.tick(bus.clock.at(60, t0));
    expect(reminders.map((n) => [n.action, n.obligation, n.obligor, n.recipients])).toEqual([
      ["reminder", "receipt", "nea", ["nea"]],
    ]);
    await settled();
    expect(await tracker.tick(bus.clock.at(119, t0))).toEqual([]);
    const escalations = await tracker.tick(bus.clock.at(120, t0));
    expect(escalations.map((n) => [n.action, n.obligation, n.obligor, n.recipients])).toEqual([
      ["escalation", "receipt", "nea", ["miit"]],
    ]);
    await settled();
    expect(await tracker.tick(bus.clock.at(180, t0))).toEqual([]);

    const toNea = await bus.stored(`tb.live.to.nea.bulletin.${TRACKER_ORG}`);
    expect(toNea).toHaveLength(1);
    expect(toNea[0]!.m.verified).toBe(true);
    expect(toNea[0]!.payload).toMatchObject({
      kind: "BULLETIN_KIND_RISK_ADVISORY",
      documentNumber: "tracking/reminder/receipt/nea",
    });
    expect(toNea[0]!.m.header.references[0]).toMatchObject({ id, source: "miit" });
    const toMiit = await bus.stored(`tb.live.to.miit.bulletin.${TRACKER_ORG}`);
    expect(toMiit.map((s) => s.payload["documentNumber"])).toEqual([
      "tracking/escalation/receipt/nea",
    ]);
    expect(Object.keys(tracker.message(id)!.message.notices).sort()).toEqual([
      "escalation:receipt:nea",
      "reminder:receipt:nea",
    ]);
  });

  it("tracks feedback by the message's own deadline, with its status", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const id = await bus.send("miit", rectification(["nea"], new Date(t0.getTime() + min(120))));
    await bus.send("nea", receipt(id, t0));
    await bus.send("nea", {
      type: "tongbao.feedback.v1.HandlingFeedback",
      ...addressed(["miit"]),
      payload: { messageId: id, status: "HANDLING_STATUS_IN_PROGRESS" },
    });
    await settled();
    const at = new Date(t0.getTime() + min(121));
    expect(tracker.obligations("nea", at).obligations.map((o) => [o.kind, o.overdue])).toEqual([
      ["feedback", true],
    ]);
    expect(tracker.message(id, at)!.recipients[0]).toMatchObject({
      feedback: { status: "in-progress" },
      feedbackOverdue: true,
    });
    await bus.send("nea", {
      type: "tongbao.feedback.v1.HandlingFeedback",
      ...addressed(["miit"]),
      payload: {
        messageId: id,
        status: "HANDLING_STATUS_DONE",
        actionsTaken: [{ description: "封堵502端口" }],
      },
    });
    await settled();
    expect(tracker.obligations("nea", at).obligations).toEqual([]);
    expect(tracker.message(id, at)!.recipients[0]!.feedback?.status).toBe("done");
  });

  it("flags a late 初报 of a grade II incident, reports it up to MIIT at once and chases the forward", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const id = await bus.send("js-iit", {
      type: "tongbao.incident.v1.IncidentReport",
      ...addressed(["nea"]),
      payload: {
        phase: "REPORT_PHASE_INITIAL",
        title: "某电厂DCS遭勒索软件攻击",
        grade: "INCIDENT_GRADE_II",
        category: "INCIDENT_CATEGORY_MALWARE",
        occurredTime: new Date(t0.getTime() - min(300)).toISOString(),
        discoveredTime: new Date(t0.getTime() - min(290)).toISOString(),
      },
    });
    await settled();
    const view = tracker.overdue();
    // js-iit is neither a critical-infrastructure operator nor a central organ: 4 hours.
    expect(view.lateInitialReports).toEqual([
      expect.objectContaining({ incidentId: id, reporter: "js-iit", grade: "II", lateMinutes: 50 }),
    ]);
    // Grade II, and MIIT is not among the recipients: escalated to MIIT at once.
    const now = await tracker.tick(t0);
    expect(now.map((n) => [n.action, n.obligation, n.obligor, n.recipients])).toEqual([
      ["escalation", "report-up", "js-iit", ["miit"]],
    ]);
    await settled();
    // nea owes the forward within 30 minutes (and its receipt within 60).
    const fwd = await tracker.tick(bus.clock.at(30, t0));
    expect(fwd.map((n) => [n.action, n.obligation, n.obligor, n.recipients])).toEqual([
      ["reminder", "forward", "nea", ["nea"]],
    ]);
    await settled();
    await bus.send("nea", {
      type: "tongbao.incident.v1.IncidentReport",
      ...addressed(["miit"]),
      payload: {
        phase: "REPORT_PHASE_INITIAL",
        incidentId: id,
        title: "某电厂DCS遭勒索软件攻击（转报）",
        grade: "INCIDENT_GRADE_II",
        category: "INCIDENT_CATEGORY_MALWARE",
        occurredTime: new Date(t0.getTime() - min(300)).toISOString(),
      },
    });
    await settled();
    const inc = tracker.state().incidents[id]!;
    expect(inc.forwards["nea"]).toMatchObject({ at: bus.clock.now().toISOString() });
    expect(inc.escalationOrgReached).toBe(true);
    expect(tracker.obligations("nea").obligations.map((o) => o.kind)).toEqual(["receipt"]);
  });

  it("answers status over HTTP: one message, one department's obligations, everything overdue", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const id = await bus.send(
      "miit",
      rectification(["nea", "mem"], new Date(t0.getTime() + min(30))),
    );
    await bus.send("mem", receipt(id, t0));
    await settled();
    bus.clock.at(61, t0);
    const http = await serveTracking(tracker);
    try {
      const get = async <T = unknown>(path: string) => {
        const res = await fetch(http.url + path);
        return { status: res.status, body: (await res.json()) as T };
      };
      expect(await get("/health")).toMatchObject({ status: 200, body: { status: "ok" } });
      const msg = await get<MessageStatus>(`/messages/${id}`);
      expect(msg.body.recipients.map((r) => [r.org, r.receipted, r.receiptOverdue])).toEqual([
        ["mem", true, false],
        ["nea", false, true],
      ]);
      const nea = await get<ReturnType<Tracker["obligations"]>>("/obligations/nea");
      expect(nea.body.obligations.map((o) => [o.kind, o.overdue])).toEqual([
        ["feedback", true],
        ["receipt", true],
      ]);
      const overdue = await get<OverdueView>("/overdue");
      expect(overdue.body.overdue.map((o) => `${o.kind}:${o.obligor}`).sort()).toEqual([
        "feedback:mem",
        "feedback:nea",
        "receipt:nea",
      ]);
      expect(await get("/messages/no-such-id")).toMatchObject({
        status: 404,
        body: { error: { code: "TB_ERR_NOT_FOUND", path: "id" } },
      });
      expect(await get("/obligations/NOT_AN_ORG")).toMatchObject({
        status: 400,
        body: { error: { code: "TB_ERR_BAD_REQUEST", path: "org" } },
      });
      expect(await fetchTracking(http.url, { kind: "obligations", org: "mem" })).toMatchObject({
        obligations: [{ kind: "feedback", obligor: "mem", creditor: "miit", overdue: true }],
      });
      await expect(fetchTracking(http.url, { kind: "message", id: "gone" })).rejects.toMatchObject({
        code: "TB_ERR_NOT_FOUND",
      });

      // The same answers from the command line.
      const org = await runTongbao(["tracking", "--org", "nea", "--url", http.url]);
      expect(org.stderr).toBe("");
      expect(org.code).toBe(0);
      expect(org.stdout).toMatch(/nea\s+feedback\s+due .*OVERDUE/);
      expect(org.stdout).toMatch(/nea\s+receipt\s+due .*OVERDUE/);
      const one = await runTongbao(["tracking", "--message", id, "--url", http.url]);
      expect(one.stdout).toMatch(/mem\s+delivered\s+receipted\s+no feedback/);
      expect(one.stdout).toMatch(/nea\s+delivered\s+no receipt\s+no feedback\s+receipt overdue/);
    } finally {
      await http.close();
    }
  });

  it("runs as a service that evaluates deadlines on its own and serves its status", async () => {
    const t0 = bus.clock.now();
    const id = await bus.send("miit", rectification(["nea"], new Date(t0.getTime() + min(600))));
    const service = await startTracking({
      nc: bus.nc,
      keys: bus.registry,
      signer: bus.signers.get(TRACKER_ORG)!,
      outboxDir: `${bus.dir}/service-outbox`,
      policy: POLICY_FILE,
      http: { port: 0 },
      tickIntervalMs: 100,
      now: bus.clock.now,
    });
    try {
      await waitFor(() => service.tracker.message(id) !== undefined, { name: "message followed" });
      bus.clock.at(60, t0);
      await waitFor(
        () => service.tracker.message(id)!.message.notices["reminder:receipt:nea"] !== undefined,
        {
          timeout: 20_000,
          name: "reminder sent by the service's own tick and read back",
        },
      );
      const res = await fetch(`${service.http!.url}/messages/${id}`);
      const body = (await res.json()) as MessageStatus;
      expect(body.message.notices).toEqual({
        "reminder:receipt:nea": bus.clock.now().toISOString(),
      });
    } finally {
      await service.close();
    }
  });
});
