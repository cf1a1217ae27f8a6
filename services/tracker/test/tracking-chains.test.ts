import { jetstream } from "@nats-io/jetstream";
import { readQuarantineRecord } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TrackingStore } from "../src/tracking-store.js";
import { TRACKER_ORG, TrackingBus, addressed, receipt, rectification } from "./tracking-bus.js";

const { ReferenceKind, Status } = tongbao.envelope.v1;
const { Tlp, DataLevel } = tongbao.common.v1;
const min = (n: number) => n * 60_000;

describe("Tracker: rebuild, supersede chains, drills", () => {
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
    // The bucket is read once the tracker has stopped: its last message's records are written
    // after the cursor moves, and stop() waits for that handler to finish.
    await tracker.stop();
    const storedBefore = await tracker.dumpStore();
    expect(JSON.parse(storedBefore)).toHaveProperty(`msg.${a}`);

    const store = await TrackingStore.open(bus.nc, "live");
    await store.clear();
    expect(await store.read()).toEqual({});

    const rebuilt = await bus.startTracker();
    expect(rebuilt.dump()).toBe(before);
    expect(await rebuilt.dumpStore()).toBe(storedBefore);
    // Nothing due is sent twice: the rebuilt tracker knows its own reminders from the stream.
    expect(await rebuilt.tick(bus.clock.now())).toEqual([]);
  });

  it("follows TLP:RED traffic by its signed headers, live and rebuilt, without reading it", async () => {
    const tracker = await bus.startTracker();
    const t0 = bus.clock.now();
    const red = { tlp: Tlp.TLP_RED, dataLevel: DataLevel.DATA_LEVEL_IMPORTANT };
    const order = rectification(["nea", "js-iit"], new Date(t0.getTime() + min(90)));
    const a = await bus.send("miit", { ...order, marking: red });
    // nea's receipt is RED too: encrypted to miit, with the notice's id as its causation id.
    await bus.send("nea", {
      ...receipt(a, t0),
      marking: red,
      causationId: a,
    });
    await bus.send("nea", {
      type: "tongbao.feedback.v1.HandlingFeedback",
      status: Status.STATUS_LIVE,
      marking: red,
      recipients: ["miit"],
      causationId: a,
      payload: { messageId: a, status: "HANDLING_STATUS_IN_PROGRESS" },
    });
    await settled();
    const status = tracker.message(a);
    expect(status?.message).toMatchObject({ id: a, source: "miit" });
    // The order's own deadline is sealed: the tracker owes no feedback deadline it cannot read.
    expect(status?.message.feedbackDueAt).toBeUndefined();
    expect(status?.recipients).toMatchObject([
      { org: "js-iit", delivered: true, receipted: false },
      {
        org: "nea",
        delivered: true,
        receipted: true,
        receipt: { outcome: "sealed" },
        feedback: { status: "sealed" },
      },
    ]);
    expect(tracker.dump()).not.toContain("整改");
    // The missing receipt is chased as for any addressed message.
    const sent = await tracker.tick(bus.clock.at(60, t0));
    expect(sent.map((n) => [n.action, n.obligor])).toEqual([["reminder", "js-iit"]]);
    await settled();
    const before = tracker.dump();
    await tracker.stop();

    await (await TrackingStore.open(bus.nc, "live")).clear();
    const rebuilt = await bus.startTracker();
    expect(rebuilt.dump()).toBe(before);
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
