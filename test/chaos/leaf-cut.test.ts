import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import { STREAMS } from "@tongbao/bus";
import {
  nationalPorts,
  provisionNational,
  startNationalServers,
  type NationalServers,
} from "@tongbao/cli";
import {
  plcVulnerabilityNotice,
  startDepartment,
  type RunningDepartment,
} from "@tongbao/department";
import {
  OPERATOR,
  connectAs,
  dataLayout,
  homeOf,
  loadProfiles,
  loadTopology,
  multiFilterConsumers,
  type DataLayout,
} from "@tongbao/organisations";
import {
  NetworkNamespace,
  natsServerBinaries,
  networkNamespacesUnavailable,
  showServerLogsOnFailure,
  waitFor,
  type VethLink,
} from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countStream, doubles } from "./stream-count.js";

const RECEIPT = "tongbao.receipt.v1.Receipt";
const ORGS = ["miit", "js-iit", "js-ca"];
const newest = (await natsServerBinaries()).find((r) => multiFilterConsumers(r.version));
const skip =
  (await networkNamespacesUnavailable()) ??
  (newest ? undefined : "no nats-server 2.10 or newer (the national topology needs one)");
if (skip) console.log(`skipped: the Jiangsu leaf network cut: ${skip}`);

function rectification(to: string, tag: string) {
  return {
    type: "RectificationNotice",
    marking: { tlp: "AMBER" },
    recipients: [to],
    correlationId: `leaf-cut-${tag}`,
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

/**
 * A real network cut between the hub and the Jiangsu leaf. The leaf's nats-server runs in a
 * network namespace of the test's own, joined to the host by two veth pairs: the uplink (the
 * hub's leafnode ports listen on its host end, the leaf dials them) and the province's own
 * network (the leaf's client port, where Jiangsu's authorities and the test's reader reach
 * it). The hub and every service run on the host. `ip link set <uplink> down` while both
 * sides publish, then up again; the test's own operator reader counts every stream.
 */
describe.skipIf(skip !== undefined)("the Jiangsu leaf cut off from the hub by the network", () => {
  let ns: NetworkNamespace | undefined;
  let uplink: VethLink;
  let dir: string | undefined;
  let layout: DataLayout;
  let servers: NationalServers | undefined;
  const running = new Map<string, RunningDepartment>();
  const conns: NatsConnection[] = [];
  showServerLogsOnFailure(() => (servers ? [...servers.hub, ...servers.leaves.values()] : []));

  const connect = async (url: string, name: string, orgId?: string) => {
    const nc = await connectAs({
      url,
      nkey: layout.nkeyFile(name),
      tlsCa: layout.caFile,
      name: `leaf-cut-${name}`,
      ...(orgId ? { orgId } : {}),
    });
    conns.push(nc);
    return nc;
  };

  beforeAll(async () => {
    ns = await NetworkNamespace.create();
    uplink = await ns.link();
    const province = await ns.link();
    dir = await mkdtemp(join(tmpdir(), "tongbao-leaf-cut-"));
    layout = dataLayout(dir);
    const topology = await loadTopology();
    const profiles = (await loadProfiles()).filter((p) => ORGS.includes(p.id));
    servers = await startNationalServers({
      layout,
      binary: newest!.path,
      serverVersion: newest!.version,
      topology,
      profiles,
      ports: await nationalPorts(topology, true),
      network: {
        hubLeafHost: uplink.hostAddress,
        leaf: () => ({ host: province.nsAddress, runUnder: ns!.runUnder }),
        pingInterval: "1s",
      },
    });
    const bus = await provisionNational(servers, layout, profiles, { ackWaitMs: 2_000 });
    for (const profile of profiles) {
      const home = homeOf(profile, topology);
      const url = home.on === "hub" ? servers.hubUrl : servers.leafUrl(home.province.id);
      running.set(
        profile.id,
        await startDepartment({
          profile,
          nc: await connect(url, profile.id, profile.id),
          keysDir: layout.keys,
          adminKeys: bus.hub.adminKeys,
          dataDir: layout.home,
          port: 0,
          ackWaitMs: 2_000,
          ...(home.on === "leaf" ? { placement: { hubDomain: topology.hub.domain } } : {}),
        }),
      );
    }
  }, 180_000);

  afterAll(async () => {
    // Each step whatever the one before came to: the namespace must not outlive the test.
    await Promise.allSettled([...running.values()].map((d) => d.stop()));
    await Promise.allSettled(conns.map((nc) => nc.close()));
    await servers?.stop().catch(() => undefined);
    await ns?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  const dept = (id: string) => running.get(id)!;
  async function post(from: string, body: unknown): Promise<string> {
    const res = await fetch(`${dept(from).url}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status !== 202)
      throw new Error(`${from} refused: ${res.status} ${JSON.stringify(json)}`);
    return String(json["id"]);
  }
  const inboxHas = (org: string, id: string) =>
    dept(org)
      .service.inbox.entries()
      .some((e) => e.id === id);
  /** Ids `to` has receipted, as the sender's inbox holds them. */
  const receipted = (from: string, to: string) =>
    new Set(
      dept(from)
        .service.inbox.entries()
        .filter((e) => e.type === RECEIPT && e.source === to)
        .map((e) => String(e.payload["messageId"])),
    );
  /** Leaf connections the hub's nodes hold, and those the leaf holds (its /leafz, over the province's network). */
  const links = async () => {
    const count = async (s: NationalServers["hub"][number]) =>
      (await s.monitor<{ leafnodes?: number }>("/leafz")).leafnodes ?? 0;
    const hub = (await Promise.all(servers!.hub.map(count))).reduce((a, b) => a + b, 0);
    return { hub, leaf: await count(servers!.leaves.get("jiangsu")!) };
  };

  it("keeps Jiangsu's traffic flowing while the uplink is down; after the heal every message is stored once per route and receipted", async () => {
    // Three routes: inside Jiangsu (leaf only, sourced into the hub), national (hub, pulled
    // by js-ca through its leaf), upward (leaf, sourced into the hub, pulled by MIIT there).
    const sent = { inProvince: [] as string[], national: [] as string[], upward: [] as string[] };
    const publish = async (tag: string) => {
      sent.inProvince.push(await post("js-iit", rectification("js-ca", `p-${tag}`)));
      sent.national.push(await post("miit", plcVulnerabilityNotice(`n-${tag}`, ["js-ca"])));
      sent.upward.push(await post("js-iit", rectification("miit", `u-${tag}`)));
    };
    expect(await links()).toEqual({ hub: 1, leaf: 1 });
    await publish("before");
    await waitFor(
      () => receipted("miit", "js-ca").size === 1 && receipted("js-iit", "miit").size === 1,
      {
        name: "the first messages across the uplink receipted",
        timeout: 30_000,
      },
    );

    // Both sides publishing while the link goes down.
    const during = (async () => {
      for (let i = 0; i < 5; i++) await publish(`cut-${i}`);
    })();
    await waitFor(() => sent.national.length >= 2, { name: "the load under way" });
    await ns!.cut(uplink);
    const cutAt = Date.now();
    try {
      await during;
      // Nobody tells the servers: each side notices the silence by missed pings.
      await waitFor(async () => (await links()).hub === 0 && (await links()).leaf === 0, {
        name: "the hub and the leaf noticing the link is gone",
        timeout: 20_000,
      });
      const noticedMs = Date.now() - cutAt;
      // Inside Jiangsu everything goes on: delivered and receipted over the province's network.
      await waitFor(() => sent.inProvince.every((id) => receipted("js-iit", "js-ca").has(id)), {
        name: "js-ca receipting every in-province notice during the cut",
        timeout: 30_000,
      });
      // What crosses waits: the hub's notices for js-ca after the link was seen down.
      expect(sent.national.slice(-2).some((id) => inboxHas("js-ca", id))).toBe(false);
      console.log(`leaf cut: both sides noticed in ${noticedMs} ms`);
    } finally {
      await ns!.heal(uplink);
    }
    const healedAt = Date.now();
    await waitFor(async () => (await links()).hub === 1 && (await links()).leaf === 1, {
      name: "the leaf linked again",
      timeout: 30_000,
    });

    // Every addressed message receipted by its recipient.
    await waitFor(
      () =>
        sent.inProvince.every((id) => receipted("js-iit", "js-ca").has(id)) &&
        sent.national.every((id) => receipted("miit", "js-ca").has(id)) &&
        sent.upward.every((id) => receipted("js-iit", "miit").has(id)),
      { name: "every message receipted after the heal", timeout: 60_000 },
    );
    // Stored once per route, counted by the test's own operator readers on each side.
    const hub = await connect(servers!.hubUrl, OPERATOR);
    const leaf = await connect(servers!.leafUrl("jiangsu"), OPERATOR);
    const provincial = [...sent.inProvince, ...sent.upward];
    const counts = await waitFor(
      async () => {
        const h = await countStream(hub, STREAMS.LIVE);
        const l = await countStream(leaf, STREAMS.LIVE);
        // The hub's source from the leaf has caught up once it holds every provincial message.
        return provincial.every((id) => h.copies.has(id)) ? { h, l } : undefined;
      },
      { name: "the hub's source from jiangsu caught up", timeout: 30_000 },
    );
    const caughtUpMs = Date.now() - healedAt;
    for (const id of [...provincial, ...sent.national]) expect(counts.h.copies.get(id)).toBe(1);
    for (const id of provincial) expect(counts.l.copies.get(id)).toBe(1);
    for (const id of sent.national) expect(counts.l.copies.has(id)).toBe(false);
    expect(doubles(counts.h)).toEqual([]);
    expect(doubles(counts.l)).toEqual([]);
    // Each department took each message in once, though some came by leaf and by hub durable.
    for (const [org, ids] of [
      ["js-ca", [...sent.inProvince, ...sent.national]],
      ["miit", sent.upward],
    ] as const) {
      const entries = dept(org).service.inbox.entries();
      for (const id of ids) expect(entries.filter((e) => e.id === id)).toHaveLength(1);
    }
    console.log(`leaf cut: every count complete ${caughtUpMs} ms after the heal`);
  }, 150_000);
});
