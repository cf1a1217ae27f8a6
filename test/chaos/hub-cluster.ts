import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Writable } from "node:stream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { AdminKey, ChainBreak } from "@tongbao/bus";
import {
  prepareDevelopmentBus,
  startDepartment,
  type InboxEntry,
  type RunningDepartment,
} from "@tongbao/department";
import {
  OPERATOR,
  TRACKER_ORGANIZATION,
  connectAs,
  dataLayout,
  loadProfiles,
  type DataLayout,
  type DepartmentProfile,
} from "@tongbao/organisations";
import { tlsServerConfig, writeSecurityFiles } from "@tongbao/security";
import { NatsCluster, findNatsServerBinary, type NatsServer } from "@tongbao/testing";
import { pino } from "pino";

export interface HubClusterOptions {
  /** The nats-server executable (default: the newest found). */
  binary?: string;
}

/**
 * The hub as production runs it, on loopback: a 3-node JetStream cluster with TLS and an
 * account per organisation generated from the profiles, streams and buckets provisioned R3
 * by the operator, and the named department services, each under its own credentials with
 * its own keys, outbox and HTTP port, connected to every node so they fail over. What the
 * services log about producer chains is kept, for the gap checks.
 */
export class HubCluster {
  cluster!: NatsCluster;
  dir!: string;
  layout!: DataLayout;
  profiles!: DepartmentProfile[];
  adminKeys!: Record<string, AdminKey>;
  readonly running = new Map<string, RunningDepartment>();
  /** Chain breaks the services reported (from their logs), with the reporting org. */
  readonly chainReports: (ChainBreak & { org: string })[] = [];
  readonly #conns: NatsConnection[] = [];
  #urls: string[] = [];

  static async start(ids: readonly string[], o: HubClusterOptions = {}): Promise<HubCluster> {
    const c = new HubCluster();
    c.dir = await mkdtemp(join(tmpdir(), "tongbao-hub-"));
    try {
      c.layout = dataLayout(c.dir);
      // Only the organisations that run: every profile is an R3 durable or more on each node
      // (one per filter on 2.9), which would make the bring-up, not the fault, the test.
      c.profiles = (await loadProfiles()).filter((p) => ids.includes(p.id));
      const binary = o.binary ?? (await findNatsServerBinary()) ?? "nats-server";
      const version = /(\d+\.\d+\.\d+)/.exec(execFileSync(binary, ["--version"]).toString())![1]!;
      const files = await writeSecurityFiles({
        layout: c.layout,
        profiles: c.profiles,
        platforms: [TRACKER_ORGANIZATION],
        serverVersion: version,
      });
      // nats-server resolves `include` against the config file's folder, and NatsCluster
      // keeps each node two levels below the temp dir (<tmp>/<cluster>/n<i>).
      const include = join("..", "..", relative(tmpdir(), files.accountsFile));
      c.cluster = await NatsCluster.start({
        binary,
        name: "hub",
        config: { ...tlsServerConfig(files.tls), include },
      });
      c.#urls = c.cluster.servers.map((s) => `tls://127.0.0.1:${s.port}`);
      const setup = await c.connect(OPERATOR);
      try {
        ({ adminKeys: c.adminKeys } = await prepareDevelopmentBus(setup, {
          keysDir: c.keysDir,
          profiles: c.profiles,
          platforms: [TRACKER_ORGANIZATION],
          topology: { replicas: 3 },
        }));
      } finally {
        await setup.close();
      }
      for (const id of ids) await c.startOne(id);
    } catch (err) {
      await c.stop();
      throw err;
    }
    return c;
  }

  get servers(): NatsServer[] {
    return this.cluster.servers;
  }

  /** Every node's client URL, comma-separated, as services and commands take it. */
  get url(): string {
    return this.#urls.join(",");
  }

  get keysDir(): string {
    return join(this.dir, "keys");
  }

  /** A connection under an organisation's own credentials (or the operator's), to any node. */
  connect(name: string): Promise<NatsConnection> {
    return connectAs({
      url: this.url,
      nkey: this.layout.nkeyFile(name),
      tlsCa: this.layout.caFile,
      name,
      ...(name === OPERATOR ? {} : { orgId: name }),
    });
  }

  /** The node named `name` (server_name), e.g. a stream's leader. */
  node(name: string): NatsServer {
    const s = this.servers.find((n) => n.name === name);
    if (!s) throw new Error(`the hub has no node ${name}`);
    return s;
  }

  async startOne(id: string): Promise<RunningDepartment> {
    const nc = await this.connect(id);
    this.#conns.push(nc);
    const dept = await startDepartment({
      profile: this.profiles.find((p) => p.id === id)!,
      nc,
      keysDir: this.keysDir,
      adminKeys: this.adminKeys,
      dataDir: this.dir,
      port: 0,
      logger: this.#logger(id),
    });
    this.running.set(id, dept);
    return dept;
  }

  async stopOne(id: string): Promise<void> {
    await this.running.get(id)?.stop();
    this.running.delete(id);
  }

  get(id: string): RunningDepartment {
    const d = this.running.get(id);
    if (!d) throw new Error(`${id} is not running`);
    return d;
  }

  inbox(id: string): readonly InboxEntry[] {
    return this.get(id).service.inbox.entries();
  }

  async post(
    id: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${this.get(id).url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  async stop(): Promise<void> {
    for (const d of this.running.values()) await d.stop().catch(() => undefined);
    this.running.clear();
    for (const nc of this.#conns) await nc.close().catch(() => undefined);
    await this.cluster?.[Symbol.asyncDispose]();
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }

  /** A JSON logger whose warnings about producer chains land in {@link chainReports}. */
  #logger(org: string) {
    const sink = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        for (const line of chunk.toString().split("\n")) {
          if (!line.includes('"chainBreak"')) continue;
          const { chainBreak } = JSON.parse(line) as { chainBreak: ChainBreak };
          this.chainReports.push({ ...chainBreak, org });
        }
        done();
      },
    });
    return pino({ level: "info" }, sink);
  }
}
