import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  freePort,
  NatsServer,
  SERVER_DIR_PREFIX,
  waitForMetaLeader,
  type ConfObject,
  type NatsServerOptions,
} from "@tongbao/nats-server";

export interface NatsClusterOptions extends Pick<NatsServerOptions, "binary" | "startTimeout"> {
  /** Number of nodes (default 3). */
  size?: number;
  /** Configuration merged into every node (accounts, tls...). */
  config?: ConfObject;
  /** Cluster name. */
  name?: string;
}

/**
 * A JetStream cluster of real nats-server processes on loopback. Every node routes to every
 * other, so any one of them can be killed and restarted and find its peers again. It counts
 * as ready only once every node sees the same meta-leader and that leader counts every other
 * running node as a current peer: before the first, JetStream API calls fail with "JetStream
 * system temporarily unavailable"; before the second, an R3 stream is refused with "no
 * suitable peers for placement".
 */
export class NatsCluster implements AsyncDisposable {
  private constructor(
    readonly servers: NatsServer[],
    private readonly dir: string,
  ) {}

  static async start(opts: NatsClusterOptions = {}): Promise<NatsCluster> {
    const size = opts.size ?? 3;
    const name = opts.name ?? "tongbao-test";
    const dir = await mkdtemp(join(tmpdir(), SERVER_DIR_PREFIX));
    const routePorts = await Promise.all(Array.from({ length: size }, () => freePort()));
    const routes = routePorts.map((p) => `nats-route://127.0.0.1:${p}`);
    const servers: NatsServer[] = [];
    const cluster = new NatsCluster(servers, dir);
    try {
      await Promise.all(
        routePorts.map(async (port, i) => {
          const server = await NatsServer.start({
            ...opts,
            name: `${name}-${i + 1}`,
            dir: join(dir, `n${i + 1}`),
            config: {
              ...opts.config,
              cluster: { name, listen: `127.0.0.1:${port}`, routes },
            },
          });
          servers[i] = server;
        }),
      );
      await cluster.waitForMetaLeader();
    } catch (err) {
      await cluster[Symbol.asyncDispose]();
      throw err;
    }
    return cluster;
  }

  /** Client URLs of every node, for a client that should fail over between them. */
  get urls(): string[] {
    return this.servers.filter((s) => s.running).map((s) => s.url);
  }

  node(i: number): NatsServer {
    const s = this.servers[i];
    if (!s) throw new Error(`cluster has no node ${i}`);
    return s;
  }

  /** See {@link waitForMetaLeader}. */
  waitForMetaLeader(timeout = 30_000): Promise<string> {
    return waitForMetaLeader(this.servers, timeout);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.servers.map((s) => s?.kill()));
    await rm(this.dir, { recursive: true, force: true });
  }
}
