import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { provisionBus, secureBusFiles } from "@tongbao/cli";
import { broadcastSubject } from "@tongbao/bus";
import { NatsServer } from "@tongbao/nats-server";
import {
  OPERATOR,
  brokerConfig,
  connectAs,
  dataLayout,
  organisationAccounts,
  type DepartmentProfile,
} from "@tongbao/organisations";
import { secureServerConfig, tlsServerConfig } from "@tongbao/security";
import { NatsCluster } from "@tongbao/testing";
import { LatencySamples } from "../latency-samples.js";
import { idleCpuPercent, rssMiB } from "./proc-figures.js";
import { jetStreamCounts } from "./jsz-counts.js";
import type { ParentOrder, SubscriberOrder, SubscriberReport } from "./subscriber-child.js";

const CHILD = new URL("./subscriber-child.ts", import.meta.url);

export interface ScalePoint {
  binary: string;
  version: string;
  /** 1: a single node, R1; 3: a JetStream cluster, streams, buckets and durables R3. */
  nodes: 1 | 3;
  profiles: readonly DepartmentProfile[];
  /** Subscriber processes the organisations are spread over. */
  processes: number;
  broadcasts: number;
  idleWindowMs: number;
  log(line: string): void;
}

export interface ScaleFigures {
  securityS: number;
  serverS: number;
  provisionS: number;
  firstPullsS: number;
  /** Security files + server start + provision + every organisation's first pull. */
  upS: number;
  consumers: number;
  raftGroups: number;
  /** Highest of the nodes. */
  serverRssMiB: number;
  serverIdleCpuPercent: number;
  /** Subscriber processes' RSS over the organisations they hold. */
  serviceKiBPerOrg: number;
  serviceRssMiB: number;
  followers: number;
  /** Per follower and broadcast: publish → pulled. */
  p50Ms: number;
  p99Ms: number;
  /** Per broadcast, until its last follower had it; the median over broadcasts. */
  allFollowersMs: number;
}

/**
 * One point of the scale scenario, from nothing: the broker's security files for these
 * profiles, the server (or a 3-node cluster) started on them, `tongbao provision`'s
 * provisionBus as the operator, and every organisation's first pull through its own
 * credentials. Then what it costs at rest, and how long national broadcasts take to reach
 * every organisation that follows them.
 */
export async function measureScalePoint(p: ScalePoint): Promise<ScaleFigures> {
  const dir = await mkdtemp(join(tmpdir(), "tongbao-scale-"));
  const layout = dataLayout(dir);
  const servers: NatsServer[] = [];
  let cluster: NatsCluster | undefined;
  let operator: NatsConnection | undefined;
  const children: Subscribers[] = [];
  try {
    const t0 = performance.now();
    const files = await secureBusFiles(layout, p.profiles, p.version);
    const t1 = performance.now();
    if (p.nodes === 1) {
      servers.push(
        await NatsServer.start({
          binary: p.binary,
          dir: layout.nats,
          startTimeout: 60_000,
          config: secureServerConfig(layout, files, {
            host: "127.0.0.1",
            port: -1,
            monitorPort: -1,
          }),
        }),
      );
    } else {
      // The accounts inline rather than included: each node's configuration lives in a
      // directory of the cluster's own, and nats-server resolves includes relative to it.
      const users = {
        operator: [files.users.get(OPERATOR)!.publicKey],
        organisations: new Map(
          files.accounts.map((a) => [a.orgId, files.users.get(a.orgId)!.publicKey]),
        ),
      };
      cluster = await NatsCluster.start({
        binary: p.binary,
        startTimeout: 60_000,
        config: { ...tlsServerConfig(files.tls), ...brokerConfig(files.accounts, users) },
      });
      servers.push(...cluster.servers);
    }
    const urls = servers.map((s) => `tls://127.0.0.1:${s.port}`);
    const t2 = performance.now();
    operator = await connectAs({
      url: urls.join(","),
      nkey: layout.nkeyFile(OPERATOR),
      tlsCa: layout.caFile,
      name: OPERATOR,
      timeoutMs: 30_000,
    });
    await provisionBus(operator, layout, p.profiles, { replicas: p.nodes });
    const t3 = performance.now();
    const subject = broadcastSubject("live", "bulletin", "all", "miit");
    const accounts = organisationAccounts(p.profiles, [], p.version);
    const orders: SubscriberOrder[] = Array.from({ length: p.processes }, () => ({
      tlsCa: layout.caFile,
      broadcastSubject: subject,
      orgs: [],
    }));
    accounts.forEach((a, i) => {
      // Each organisation's own node first, as services spread over a cluster's nodes.
      const own = i % urls.length;
      orders[i % p.processes]!.orgs.push({
        id: a.orgId,
        nkey: layout.nkeyFile(a.orgId),
        url: [...urls.slice(own), ...urls.slice(0, own)].join(","),
        durables: a.durables.map((d) => ({ stream: d.stream, name: d.name, filters: d.filters })),
      });
    });
    for (const o of orders) children.push(new Subscribers(o));
    const ready = await Promise.all(children.map((c) => c.ready));
    const t4 = performance.now();
    p.log(`up in ${((t4 - t0) / 1000).toFixed(1)} s`);

    const counts = await jetStreamCounts(servers[0]!);
    const pids = servers.map((s) => s.pid!);
    const idle = await idleCpuPercent(pids, p.idleWindowMs);
    const serverRss = await Promise.all(pids.map(rssMiB));
    const memory = await Promise.all(children.map((c) => c.memory()));
    const serviceRss = memory.reduce((a, m) => a + m.rssMiB, 0);
    // Per organisation: what the processes grew by once they held the organisations, not the
    // Node.js runtime and modules every process has before any connection.
    const grownMiB = memory.reduce((a, m) => a + m.rssMiB - m.baselineMiB, 0);
    const followers = ready.reduce((a, b) => a + b, 0);

    const js = jetstream(operator);
    const latencies = new LatencySamples(p.broadcasts * followers);
    const lastOnes = new LatencySamples(p.broadcasts);
    const following = children.filter((_, i) => ready[i]! > 0);
    for (let n = 0; n < p.broadcasts; n++) {
      const arrived = Promise.all(following.map((c) => c.broadcast(n)));
      await js.publish(
        subject,
        JSON.stringify({ n, at: performance.timeOrigin + performance.now() }),
      );
      const each = (await arrived).flat();
      for (const ms of each) latencies.record(ms);
      lastOnes.record(Math.max(...each));
    }
    const [p50, p99] = latencies.percentiles([0.5, 0.99]);
    return {
      securityS: (t1 - t0) / 1000,
      serverS: (t2 - t1) / 1000,
      provisionS: (t3 - t2) / 1000,
      firstPullsS: (t4 - t3) / 1000,
      upS: (t4 - t0) / 1000,
      consumers: counts.consumers,
      raftGroups: counts.raftGroups,
      serverRssMiB: Math.max(...serverRss),
      serverIdleCpuPercent: Math.max(...idle),
      serviceRssMiB: serviceRss,
      serviceKiBPerOrg: (grownMiB * 1024) / accounts.length,
      followers,
      p50Ms: p50!,
      p99Ms: p99!,
      allFollowersMs: lastOnes.percentiles([0.5])[0]!,
    };
  } finally {
    await Promise.allSettled(children.map((c) => c.stop()));
    await operator?.close().catch(() => undefined);
    if (cluster) await cluster[Symbol.asyncDispose]();
    else await Promise.allSettled(servers.map((s) => s[Symbol.asyncDispose]()));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Bounds every wait on a subscriber process: a hang fails the point, it does not stall the bench. */
const WAIT_MS = 180_000;

/** One subscriber process (subscriber-child.ts) and the answers it sends. */
class Subscribers {
  readonly #child: ChildProcess;
  readonly #waiting = new Map<string, (r: SubscriberReport) => void>();
  readonly #exited: Promise<never>;
  /** Resolves with the number of its organisations that follow the broadcast. */
  readonly ready: Promise<number>;

  constructor(order: SubscriberOrder) {
    this.#child = fork(fileURLToPath(CHILD), [JSON.stringify(order)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.#exited = new Promise<never>((_, reject) =>
      this.#child.once("exit", (code) =>
        reject(new Error(`a subscriber process exited with ${code}`)),
      ),
    );
    this.#exited.catch(() => undefined);
    // A send to a process that has already gone is answered by "exit", not by a crash.
    this.#child.on("error", () => undefined);
    this.#child.on("message", (r: SubscriberReport) => {
      if (r.type === "failed") {
        for (const w of this.#waiting.values()) w(r);
        this.#waiting.clear();
        return;
      }
      const key = r.type === "got" ? `got ${r.broadcast}` : r.type;
      this.#waiting.get(key)?.(r);
      this.#waiting.delete(key);
    });
    this.ready = this.#wait("ready").then((r) => (r.type === "ready" ? r.followers : 0));
  }

  #wait(key: string): Promise<SubscriberReport> {
    return Promise.race([
      new Promise<SubscriberReport>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${key}" from a subscriber process in ${WAIT_MS} ms`)),
          WAIT_MS,
        );
        this.#waiting.set(key, (r) => {
          clearTimeout(timer);
          if (r.type === "failed") reject(new Error(`a subscriber process failed: ${r.message}`));
          else resolve(r);
        });
      }),
      this.#exited,
    ]);
  }

  /** Waits for broadcast n at every follower of this process; their latencies. */
  async broadcast(n: number): Promise<number[]> {
    const r = await this.#wait(`got ${n}`);
    return r.type === "got" ? r.latenciesMs : [];
  }

  async memory(): Promise<{ rssMiB: number; baselineMiB: number }> {
    const answer = this.#wait("memory");
    this.#child.send({ type: "memory" } satisfies ParentOrder);
    const r = await answer;
    return r.type === "memory" ? r : { rssMiB: 0, baselineMiB: 0 };
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => this.#child.once("exit", () => resolve()));
    if (this.#child.connected) this.#child.send({ type: "stop" } satisfies ParentOrder);
    else this.#child.kill("SIGKILL");
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  }
}
