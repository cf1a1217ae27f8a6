import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { provisionLeaf, sourceProvinces, bucketStream, BUCKETS } from "@tongbao/bus";
import { prepareDevelopmentBus, type DevelopmentBus } from "@tongbao/department";
import {
  freePort,
  NatsServer,
  waitFor,
  waitForMetaLeader,
  type ConfObject,
} from "@tongbao/nats-server";
import {
  NATIONAL_PORTS,
  OPERATOR,
  connectAs,
  provisionDurables,
  type DataLayout,
  type DepartmentProfile,
  type DurableReport,
  type DurableSettings,
  type NationalTopology,
} from "@tongbao/organisations";
import {
  leafRemoteConfig,
  writeLeafRemote,
  writeTopologySecurityFiles,
  type TopologySecurityFiles,
} from "@tongbao/security";
import { hubNodeConfig, leafNodeConfig } from "./national-configs.js";
import { PLATFORMS } from "./secure-bus.js";

/** The ports of every server of the topology. */
export interface NationalPorts {
  hub: { nats: number; monitor: number; cluster: number; leafnodes: number }[];
  leaves: { nats: number; monitor: number }[];
}

/** The fixed loopback ports of NATIONAL_PORTS, or free ones (tests, `--port 0`). */
export async function nationalPorts(
  topology: NationalTopology,
  free: boolean,
): Promise<NationalPorts> {
  const port = async (base: number, i: number) => (free ? freePort() : base + i);
  const hub = [];
  for (let i = 0; i < topology.hub.nodes; i++) {
    hub.push({
      nats: await port(NATIONAL_PORTS.hubNats, i),
      monitor: await port(NATIONAL_PORTS.hubMonitor, i),
      cluster: await port(NATIONAL_PORTS.hubCluster, i),
      leafnodes: await port(NATIONAL_PORTS.hubLeafnodes, i),
    });
  }
  const leaves = [];
  for (let j = 0; j < topology.provinces.length; j++) {
    leaves.push({
      nats: await port(NATIONAL_PORTS.leafNats, j),
      monitor: await port(NATIONAL_PORTS.leafMonitor, j),
    });
  }
  return { hub, leaves };
}

/** One running server of the topology, as `tongbao status` and the tests find it. */
export interface NationalNode {
  name: string;
  role: "hub" | "leaf";
  domain: string;
  /** The province of a leaf. */
  province?: string;
  url: string;
  monitorUrl: string;
  pid: number;
}

/** What `nodes.json` under the topology's data holds while the bus runs. */
export interface NationalState {
  topology: NationalTopology;
  nodes: NationalNode[];
}

/** Where a running national bus writes its nodes, for `tongbao status` and tests. */
export function nationalStateFile(layout: DataLayout): string {
  return join(layout.home, "national", "nodes.json");
}

export async function readNationalState(layout: DataLayout): Promise<NationalState | undefined> {
  const text = await readFile(nationalStateFile(layout), "utf8").catch(() => undefined);
  return text ? (JSON.parse(text) as NationalState) : undefined;
}

/**
 * Where the leaves run when they are not beside the hub on loopback (a test's network
 * namespace, reached over veth pairs): the address the hub's leafnode ports listen on, and
 * each leaf's address and the command it runs under.
 */
export interface LeafNetwork {
  hubLeafHost: string;
  leaf(province: string): { host: string; runUnder: readonly string[] };
  /** Ping interval on every node ("2s"): how soon a silently cut link is noticed. */
  pingInterval?: string;
}

export interface NationalServers {
  topology: NationalTopology;
  files: TopologySecurityFiles;
  hub: NatsServer[];
  leaves: Map<string, NatsServer>;
  /** Client URLs of the hub nodes, comma-separated as every service takes them. */
  hubUrl: string;
  leafUrl(province: string): string;
  nodes(): NationalNode[];
  /** Stops a leaf's uplink: its remote is removed and the leaf reloads (nats-server 2.11+). */
  cutUplink(province: string): Promise<void>;
  /** Restores a leaf's uplink and waits until the hub sees the leaf again. */
  healUplink(province: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Writes the security files and every server's configuration, and starts the hub's nodes
 * (a JetStream cluster in the hub's domain, routes over TLS that verify each other) and one
 * leaf per province (its own domain, its uplink into the hub's owner account over TLS as its
 * own nkey user). Resolves once the hub has a meta-leader and every leaf is linked.
 */
export async function startNationalServers(o: {
  layout: DataLayout;
  binary: string;
  serverVersion: string;
  topology: NationalTopology;
  profiles: readonly DepartmentProfile[];
  ports: NationalPorts;
  network?: LeafNetwork;
}): Promise<NationalServers> {
  const { layout, topology, ports, network } = o;
  const leafHosts = topology.provinces.map((p) => network?.leaf(p.id).host ?? "127.0.0.1");
  await mkdir(layout.nkeys, { recursive: true, mode: 0o700 });
  const files = await writeTopologySecurityFiles({
    layout,
    topology,
    profiles: o.profiles,
    platforms: PLATFORMS,
    serverVersion: o.serverVersion,
    // The certificate names every address a link is dialled at.
    ...(network ? { hosts: [network.hubLeafHost, ...leafHosts] } : {}),
  });
  const host = "127.0.0.1";
  const routes = ports.hub.map((p) => `nats-route://${host}:${p.cluster}`);
  const leafHost = network?.hubLeafHost ?? host;
  const hubLeafUrls = ports.hub.map((p) => `tls://${leafHost}:${p.leafnodes}`);
  // A link cut without a word (a cable, a route) is noticed only by missed pings.
  const pings: ConfObject = network?.pingInterval
    ? { ping_interval: network.pingInterval, ping_max: 2 }
    : {};
  const started: NatsServer[] = [];
  const start = async (
    name: string,
    config: ConfObject,
    place: { host?: string; runUnder?: readonly string[] } = {},
  ): Promise<NatsServer> => {
    const dir = layout.topologyNode(name);
    await mkdir(dir, { recursive: true });
    const server = await NatsServer.start({
      binary: o.binary,
      name,
      dir,
      config: { ...config, ...pings, pid_file: join(dir, "nats-server.pid") },
      ...place,
    });
    started.push(server);
    return server;
  };
  const include = (name: string, file: string) => relative(layout.topologyNode(name), file);
  try {
    const hub = await Promise.all(
      ports.hub.map((p, i) => {
        const name = `hub-${i + 1}`;
        const config = hubNodeConfig({
          name,
          topology,
          host,
          ports: p,
          routes,
          tls: files.tls,
          accounts: include(name, files.hub.accountsFile),
        });
        const leafnodes = config["leafnodes"] as ConfObject;
        return start(name, {
          ...config,
          leafnodes: { ...leafnodes, listen: `${leafHost}:${p.leafnodes}` },
        });
      }),
    );
    await waitForMetaLeader(hub, 60_000);
    const leaves = new Map<string, NatsServer>();
    for (const [j, leaf] of files.leaves.entries()) {
      const name = leaf.server;
      const p = ports.leaves[j]!;
      const remote = leafRemoteConfig({
        hubLeafUrls,
        leafUser: leaf.leafUser,
        caFile: files.tls.caFile,
      });
      await writeLeafRemote(leaf.remoteFile, remote);
      const place = network?.leaf(name);
      leaves.set(
        name,
        await start(
          name,
          leafNodeConfig({
            name,
            domain: leaf.domain,
            host: leafHosts[j]!,
            ports: p,
            tls: files.tls,
            accounts: include(name, leaf.accountsFile),
            uplink: include(name, leaf.remoteFile),
          }),
          place ?? {},
        ),
      );
    }
    const servers: NationalServers = {
      topology,
      files,
      hub,
      leaves,
      hubUrl: hub.map((s) => `tls://${s.host}:${s.port}`).join(","),
      leafUrl(province) {
        const s = leaves.get(province);
        if (!s) throw new Error(`the topology has no leaf ${province}`);
        return `tls://${s.host}:${s.port}`;
      },
      nodes() {
        return [
          ...hub.map((s) => node(s, "hub", topology.hub.domain)),
          ...files.leaves.map((l) => ({
            ...node(leaves.get(l.server)!, "leaf", l.domain),
            province: l.server,
          })),
        ];
      },
      async cutUplink(province) {
        const { leaf, server } = leafOf(province);
        await writeLeafRemote(leaf.remoteFile, undefined);
        process.kill(server.pid!, "SIGHUP");
        await waitFor(async () => (await leafLinks(server)) === 0, {
          timeout: 15_000,
          name: `${province} uplink cut`,
        });
      },
      async healUplink(province) {
        const { leaf, server } = leafOf(province);
        await writeLeafRemote(
          leaf.remoteFile,
          leafRemoteConfig({ hubLeafUrls, leafUser: leaf.leafUser, caFile: files.tls.caFile }),
        );
        process.kill(server.pid!, "SIGHUP");
        await waitFor(async () => (await leafLinks(server)) > 0, {
          timeout: 30_000,
          name: `${province} uplink back`,
        });
      },
      async stop() {
        await Promise.allSettled([...leaves.values()].map((s) => s.stop()));
        await Promise.allSettled(hub.map((s) => s.stop()));
      },
    };
    const leafOf = (province: string) => {
      const leaf = files.leaves.find((l) => l.server === province);
      const server = leaves.get(province);
      if (!leaf || !server?.pid) throw new Error(`no running leaf ${province}`);
      return { leaf, server };
    };
    for (const server of leaves.values()) {
      await waitFor(async () => (await leafLinks(server)) > 0, {
        timeout: 30_000,
        name: `${server.name} linked to the hub`,
      });
    }
    return servers;
  } catch (err) {
    await Promise.allSettled(started.map((s) => s.stop()));
    throw err;
  }
}

function node(s: NatsServer, role: "hub" | "leaf", domain: string): NationalNode {
  return {
    name: s.name,
    role,
    domain,
    url: `tls://${s.host}:${s.port}`,
    monitorUrl: s.monitorUrl,
    pid: s.pid ?? 0,
  };
}

async function leafLinks(server: NatsServer): Promise<number> {
  return (await server.monitor<{ leafnodes?: number }>("/leafz")).leafnodes ?? 0;
}

export interface NationalProvisioning {
  hub: DevelopmentBus;
  leaves: { province: string; created: string[]; durables: DurableReport }[];
  /** Hub streams whose sources were set now. */
  sourced: string[];
}

/**
 * As the operator, on every server: the hub's streams and buckets at the hub's replicas, the
 * registry, keys and the hub's durables (hub-homed organisations' and the provincial
 * authorities' hub durables); on each leaf its streams (R1), the registry mirror and the
 * province's leaf durables; then the hub's sources from every leaf. Idempotent. Waits until
 * each leaf's registry mirror has caught up, so the province's services verify from it.
 */
export async function provisionNational(
  servers: NationalServers,
  layout: DataLayout,
  profiles: readonly DepartmentProfile[],
  settings: DurableSettings = {},
): Promise<NationalProvisioning> {
  const { topology, files } = servers;
  const conns: NatsConnection[] = [];
  const operatorOn = async (url: string, name: string) => {
    const nc = await connectAs({
      url,
      nkey: layout.nkeyFile(OPERATOR),
      tlsCa: layout.caFile,
      name: `tongbao-operator-${name}`,
    });
    conns.push(nc);
    return nc;
  };
  try {
    const hubNc = await operatorOn(servers.hubUrl, "hub");
    // Just after the meta-leader is elected, stream creation can still answer "JetStream
    // system temporarily unavailable": the same idempotent work is tried again.
    const hub = await retrying(() =>
      prepareDevelopmentBus(hubNc, {
        keysDir: layout.keys,
        profiles,
        platforms: PLATFORMS,
        topology: { replicas: topology.hub.replicas },
        durables: settings,
        accounts: files.hub.durables,
      }),
    );
    const hubJsm = await jetstreamManager(hubNc);
    const registryStream = bucketStream(BUCKETS.REGISTRY);
    const registryCount = (await hubJsm.streams.info(registryStream)).state.last_seq;
    const leaves = [];
    for (const leaf of files.leaves) {
      const nc = await operatorOn(servers.leafUrl(leaf.server), leaf.server);
      const jsm = await jetstreamManager(nc);
      const report = await provisionLeaf(jsm, { replicas: 1 }, topology.hub.domain);
      const durables = await provisionDurables(jsm, leaf.durables, settings, { prune: true });
      await waitFor(
        async () => (await jsm.streams.info(registryStream)).state.last_seq >= registryCount,
        { timeout: 30_000, name: `${leaf.server}'s registry mirror` },
      );
      leaves.push({ province: leaf.server, created: report.created, durables });
    }
    const sourced = await sourceProvinces(
      hubJsm,
      files.leaves.map((l) => l.domain),
    );
    return { hub, leaves, sourced };
  } finally {
    await Promise.allSettled(conns.map((nc) => nc.close()));
  }
}

async function retrying<T>(work: () => Promise<T>): Promise<T> {
  let last: unknown;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      return await work();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw last;
}

/** Records the running nodes for `tongbao status` and the tests. */
export async function writeNationalState(
  layout: DataLayout,
  servers: NationalServers,
): Promise<void> {
  const state: NationalState = { topology: servers.topology, nodes: servers.nodes() };
  await mkdir(join(layout.home, "national"), { recursive: true });
  await writeFile(nationalStateFile(layout), JSON.stringify(state, null, 2) + "\n");
}
