import { jetstream, jetstreamManager, type JsMsg } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { OPERATOR, isDurableOf } from "@tongbao/organisations";
import { natsServerBinaries, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  AddressedLoad,
  LIVE,
  killLeader,
  restartFollower,
  restartWholeCluster,
  waitForCounts,
} from "./faults.js";
import { HubCluster } from "./hub-cluster.js";

const releases = await natsServerBinaries();
const [newest, ...older] = releases;

/**
 * Faults on the hub: a secure 3-node cluster, streams R3, MIIT sending addressed notices to
 * NEA through its HTTP API and outbox, NEA receipting each. The test counts with its own
 * operator reader. Every fault runs on the newest release; the older releases each run the
 * leader kill, the fault that depends most on the server.
 */
describe("the hub survives faults", () => {
  let hub: HubCluster | undefined;
  let nc: NatsConnection | undefined;
  showServerLogsOnFailure(() => hub?.servers ?? []);
  afterEach(async () => {
    await nc?.close().catch(() => undefined);
    await hub?.stop();
    hub = nc = undefined;
  });

  async function bringUp(binary: string): Promise<{ hub: HubCluster; nc: NatsConnection }> {
    hub = await HubCluster.start(["miit", "nea"], { binary });
    nc = await hub.connect(OPERATOR);
    return { hub, nc };
  }

  it("finds a nats-server release", () => {
    expect(newest).toBeDefined();
  });

  if (!newest) return;

  it(`kill -9 of ${LIVE}'s leader under load: a new leader, every notice stored once and receipted, no false gap; a removed message is a gap (${newest.version})`, async () => {
    const { hub, nc } = await bringUp(newest.path);
    const load = new AddressedLoad(hub, "miit", "nea");
    const t = await killLeader(hub, nc, load);
    expect(t.leader).not.toBe(t.killed);
    expect(t.accepted).toBe(45);
    // Resends after the election may be stored out of producer order: that is no gap.
    expect(hub.chainReports.filter((r) => r.kind === "gap")).toEqual([]);

    // Positive control: a notice lost between the stream and NEA is a gap. The stream
    // refuses deletes (deny_delete cannot be lifted), so the operator takes the middle one of
    // three out of NEA's durable instead: NEA never gets it, as if it had never been stored.
    await hub.stopOne("nea");
    const control = new AddressedLoad(hub, "miit", "nea", 4);
    await control.post(3);
    // The three may also have gone to a pull NEA left at the server as it stopped (its
    // requests live until they expire); the server then sends them again after the ack wait.
    const durable = await waitFor(
      async () => {
        const seen: string[] = [];
        for await (const ci of (await jetstreamManager(nc, { checkAPI: false })).consumers.list(
          LIVE,
        )) {
          if (!isDurableOf("nea", ci.name)) continue;
          if (ci.num_pending + ci.num_ack_pending >= 3) return ci.name;
          seen.push(
            `${ci.name}: ${ci.num_pending} pending, ${ci.num_ack_pending} ack pending, ` +
              `${ci.num_waiting} pulls waiting, last stream seq ${ci.delivered.stream_seq}`,
          );
        }
        throw new Error(seen.join("; ") || "no durable of NEA's on the stream");
      },
      // miit's outbox may still be backing off from the election on a loaded machine.
      { name: "NEA's durable holding the three control notices", timeout: 30_000 },
    );
    // Which of the three the durable hands over first depends on whether a pull NEA left
    // behind took some of them (those come back only after the ack wait): the middle one is
    // found by its id, whatever the order, and the others go back to be delivered.
    const middle = control.accepted[1];
    const others: JsMsg[] = [];
    const durableOfNea = await jetstream(nc).consumers.get(LIVE, durable);
    await waitFor(
      async () => {
        let found = false;
        for await (const m of await durableOfNea.fetch({ max_messages: 3, expires: 5_000 })) {
          if (m.headers?.get("Nats-Msg-Id") === middle) {
            m.term();
            found = true;
          } else others.push(m);
        }
        return found;
      },
      { name: "the middle control notice taken out of NEA's durable", timeout: 60_000 },
    );
    for (const m of others) m.nak();
    await nc.flush();
    await hub.startOne("nea");
    const kept = new Set([control.accepted[0], control.accepted[2]]);
    await waitFor(
      () => {
        if (hub.chainReports.some((r) => r.org === "nea" && r.kind === "gap")) return true;
        const got = hub.inbox("nea").filter((e) => kept.has(e.id)).length;
        throw new Error(
          `NEA has ${got} of the 2 control notices left to it; chain reports: ${JSON.stringify(hub.chainReports)}`,
        );
      },
      // Only once it has outlived the window: the ack wait (30 s) and the resend margin (20 s).
      { name: "NEA reporting the gap", timeout: 80_000 },
    );
    expect(hub.chainReports.filter((r) => r.kind === "gap")).toEqual([
      expect.objectContaining({ org: "nea", producerId: "miit-service", missing: 1 }),
    ]);
  }, 240_000);

  it(`a follower killed and brought back catches up; every count completes (${newest.version})`, async () => {
    const { hub, nc } = await bringUp(newest.path);
    const load = new AddressedLoad(hub, "miit", "nea");
    const t = await restartFollower(hub, nc, load);
    expect(t.accepted).toBe(45);
    // Every hole in a chain fills: a resend stored after its successors, a delivery lost on
    // its way coming again after the ack wait (within the window, which waits that out). A
    // durable whose leader was on the killed node answers "no responders" until another is
    // elected; what its reader held then is handled, not left to come again after the ack
    // wait. A message really missing would leave its hole open.
    await waitFor(
      () => [...hub.running.values()].every((d) => d.service.acceptance.chains.holes === 0),
      { name: "every producer chain without a hole", timeout: 60_000 },
    );
    expect(hub.chainReports.filter((r) => r.kind === "gap")).toEqual([]);
  }, 150_000);

  it(`the whole cluster killed and started again: services reconnect and resume (${newest.version})`, async () => {
    const { hub, nc } = await bringUp(newest.path);
    const load = new AddressedLoad(hub, "miit", "nea");
    const t = await restartWholeCluster(hub, nc, load);
    expect(t.accepted).toBe(30);
    await waitForCounts(nc, load);
    expect(hub.get("miit").service.ready && hub.get("nea").service.ready).toBe(true);
  });

  for (const r of older) {
    it(`kill -9 of ${LIVE}'s leader under load on nats-server ${r.version}`, async () => {
      const { hub, nc } = await bringUp(r.path);
      expect(await hub.servers[0]!.version()).toBe(r.version);
      const load = new AddressedLoad(hub, "miit", "nea");
      const t = await killLeader(hub, nc, load, 24);
      expect(t.leader).not.toBe(t.killed);
      expect(hub.chainReports.filter((b) => b.kind === "gap")).toEqual([]);
    }, 90_000);
  }
});
