import { jetstream } from "@nats-io/jetstream";
import { readQuarantineRecord } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Tracker } from "../src/tracker.js";
import { serveTracking } from "../src/http-server.js";
import { startTracking } from "../src/start-tracking.js";
import { fetchTracking } from "../src/tracking-client.js";
import { TrackingStore } from "../src/tracking-store.js";
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

const { ReferenceKind, Status } = tongbao.envelope.v1;
const min = (n: number) => n * 60_000;

describe("Tracker", () => {
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

  it("rebuilds exactly the same state after a restart with the KV bucket wiped", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const a = await bus.send(
      "miit",
      rectification(["nea", "js-iit"], new Date(t0.getTime() + min(90))),
    );
    await bus.send("js-iit", receipt(a, t0));
    await bus.send("miit", {
      type: "tongbao.warning.v1.EarlyWarning",
      ...addressed(["nea", "mem"]),
      payload: {
        action: "WARNING_ACTION_ISSUE",
        level: "WARNING_LEVEL_ORANGE",
        category: "INCIDENT_CATEGORY_NETWORK_ATTACK",
        title: "关于针对电力监控系统的APT攻击的橙色预警",
        startTime: t0.toISOString(),
      },
    });
    await settled();
    await tracker.tick(bus.clock.at(200, t0));
    await settled();
    const before = tracker.dump();
    const storedBefore = await tracker.dumpStore();
    expect(JSON.parse(storedBefore)).toHaveProperty(`msg.${a}`);
    await tracker.stop();

    const store = await TrackingStore.open(bus.nc, "live");
    await store.clear();
    expect(await store.read()).toEqual({});

    const rebuilt = await bus.startTracker();
    expect(rebuilt.dump()).toBe(before);
    expect(await rebuilt.dumpStore()).toBe(storedBefore);
    // Nothing due is sent twice: the rebuilt tracker knows its own reminders from the stream.
    expect(await rebuilt.tick(bus.clock.now())).toEqual([]);
  });

  it("refuses another department's LIFT of a warning and quarantines it with TB_ERR_FORBIDDEN", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const warning = {
      type: "tongbao.warning.v1.EarlyWarning",
      ...addressed(["nea", "mem"]),
    };
    const issued = await bus.send("miit", {
      ...warning,
      payload: {
        action: "WARNING_ACTION_ISSUE",
        level: "WARNING_LEVEL_YELLOW",
        category: "INCIDENT_CATEGORY_MALWARE",
        title: "关于勒索软件的黄色预警",
        startTime: t0.toISOString(),
        requiredMeasures: [
          { description: "排查", deadline: new Date(t0.getTime() + min(600)).toISOString() },
        ],
      },
    });
    const lift = (title: string) => ({
      ...warning,
      references: [{ id: issued, kind: ReferenceKind.REFERENCE_KIND_UPDATE, source: "miit" }],
      payload: {
        action: "WARNING_ACTION_LIFT",
        level: "WARNING_LEVEL_YELLOW",
        title,
        warningId: issued,
      },
    });
    const foreign = await bus.send("nea", lift("解除黄色预警"));
    await waitFor(() => tracker.state().refused[foreign] !== undefined, { name: "refusal" });
    expect(tracker.state().warnings[issued]).toMatchObject({ state: "issued", source: "miit" });
    expect(tracker.message(issued)!.message.supersededBy).toBeUndefined();

    const records: ReturnType<typeof readQuarantineRecord>[] = [];
    const js = jetstream(bus.nc);
    await waitFor(
      async () => {
        const c = await js.consumers.get("TB_QUARANTINE", {
          filter_subjects: "tbq.nea.tb_err_forbidden",
        });
        const m = await c.next({ expires: 1000 });
        if (m) records.push(readQuarantineRecord(m));
        return records.length > 0;
      },
      { timeout: 20_000, name: "quarantine record" },
    );
    expect(records[0]).toMatchObject({ code: "TB_ERR_FORBIDDEN" });
    expect(records[0]!.reason).toContain("谁发布、谁解除");

    const own = await bus.send("miit", lift("解除黄色预警（发布单位）"));
    await settled();
    expect(tracker.state().warnings[issued]).toMatchObject({ state: "lifted", lastActionId: own });
    expect(tracker.message(issued)!.message.supersededBy).toEqual({ id: own, kind: "update" });
    expect(tracker.obligations("nea").obligations.map((o) => o.targetId)).toEqual([own]);
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

  it("lets an issuer update and cancel its own bulletin and refuses another department's update", async () => {
    const tracker = await bus.startTracker();
    const bulletin = (title: string, references: object[] = []) => ({
      type: "tongbao.bulletin.v1.ThreatBulletin",
      ...addressed(["nea", "mem"]),
      references,
      payload: {
        kind: "BULLETIN_KIND_THREAT",
        title,
        summary: "Mirai variant spreading through exposed industrial routers",
        category: "INCIDENT_CATEGORY_MALWARE",
      },
    });
    const first = await bus.send("miit", bulletin("关于Mirai变种的通报"));
    const ref = (id: string, kind: number) => [{ id, kind, source: "miit" }];
    const foreign = await bus.send(
      "mem",
      bulletin("关于Mirai变种的通报（更正）", ref(first, ReferenceKind.REFERENCE_KIND_UPDATE)),
    );
    const update = await bus.send(
      "miit",
      bulletin("关于Mirai变种的通报（更新）", ref(first, ReferenceKind.REFERENCE_KIND_UPDATE)),
    );
    const cancel = await bus.send(
      "miit",
      bulletin("撤销：关于Mirai变种的通报", ref(update, ReferenceKind.REFERENCE_KIND_CANCEL)),
    );
    await settled();
    const state = tracker.state();
    expect(state.refused[foreign]).toMatchObject({ source: "mem", path: "header.references" });
    expect(state.messages[foreign]).toBeUndefined();
    expect(state.messages[first]!.supersededBy).toEqual({ id: update, kind: "update" });
    expect(state.messages[update]!.supersededBy).toEqual({ id: cancel, kind: "cancel" });
    // Only the cancellation is left to be receipted.
    expect(tracker.obligations("nea").obligations.map((o) => o.targetId)).toEqual([cancel]);
  });

  it("follows drills in a tracker of their own and reminds within the drill", async () => {
    const tracker = await bus.startTracker({ status: "exercise" });
    const t0 = bus.clock.now();
    const deadline = new Date(t0.getTime() + min(600));
    const live = await bus.send("miit", rectification(["nea"], deadline));
    const drill = await bus.send("miit", {
      ...rectification(["nea"], deadline),
      status: Status.STATUS_EXERCISE,
    });
    await waitFor(() => tracker.message(drill) !== undefined, { name: "drill followed" });
    expect(tracker.message(live)).toBeUndefined();
    const sent = await tracker.tick(bus.clock.at(60, t0));
    expect(sent.map((n) => [n.action, n.targetId])).toEqual([["reminder", drill]]);
    await waitFor(
      () => tracker.message(drill)!.message.notices["reminder:receipt:nea"] !== undefined,
      {
        name: "drill reminder read back from TB_EXERCISE",
      },
    );
    expect(await bus.stored(`tb.live.to.nea.bulletin.${TRACKER_ORG}`)).toEqual([]);
  });

  it("quarantines a foreign LIFT published while the tracker was down, once it starts", async () => {
    const t0 = bus.clock.now();
    const issued = await bus.send("miit", {
      type: "tongbao.warning.v1.EarlyWarning",
      ...addressed(["nea"]),
      payload: {
        action: "WARNING_ACTION_ISSUE",
        level: "WARNING_LEVEL_BLUE",
        category: "INCIDENT_CATEGORY_SECURITY_HAZARD",
        title: "关于工控设备弱口令的蓝色预警",
        startTime: t0.toISOString(),
      },
    });
    const foreign = await bus.send("mem", {
      type: "tongbao.warning.v1.EarlyWarning",
      ...addressed(["nea"]),
      payload: {
        action: "WARNING_ACTION_LIFT",
        level: "WARNING_LEVEL_BLUE",
        title: "解除",
        warningId: issued,
      },
    });
    const tracker = await bus.startTracker();
    expect(tracker.state().refused[foreign]).toMatchObject({
      source: "mem",
      code: "TB_ERR_FORBIDDEN",
    });
    const jsm = await jetstream(bus.nc).jetstreamManager();
    await waitFor(async () => (await jsm.streams.info("TB_QUARANTINE")).state.messages === 1, {
      timeout: 20_000,
      name: "the refused LIFT quarantined by the live consumer",
    });
    expect(tracker.state().warnings[issued]!.state).toBe("issued");
  });
});
