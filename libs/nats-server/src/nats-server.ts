import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findNatsServerBinary } from "./find-binary.js";
import { LogBuffer } from "./log-buffer.js";
import { mergeConf, toConf, type ConfObject } from "./server-config.js";
import { waitFor } from "./wait-for.js";

/** Every temp dir and config file the launcher writes starts with this, so strays are findable. */
export const SERVER_DIR_PREFIX = "tongbao-nats-";

export interface NatsServerOptions {
  /** Extra configuration merged over the defaults: accounts, authorization, tls, cluster... */
  config?: ConfObject;
  /** Enable JetStream (default true). */
  jetstream?: boolean;
  /** `server_name`; unique within a cluster. */
  name?: string;
  /** Keep store and config here instead of a fresh temp dir (the caller then owns it). */
  dir?: string;
  /** The nats-server executable (default: {@link findNatsServerBinary}'s choice, the newest). */
  binary?: string;
  /** How long start-up may take before it counts as failed. */
  startTimeout?: number;
  /**
   * The address it listens on and is reached at (127.0.0.1): another one for a server in a
   * network namespace, reached over a veth pair.
   */
  host?: string;
  /**
   * A command the server runs under, its arguments before the binary (e.g. `ip netns exec
   * <ns>`): it must exec the binary, so that the process signalled is the server itself.
   */
  runUnder?: readonly string[];
}

interface Ports {
  client: number;
  monitor: number;
  cluster?: number;
}

/** Processes still running, killed if the test process exits without stopping them. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const proc of live) proc.kill("SIGKILL");
});

/**
 * One real nats-server process on 127.0.0.1, modelled on nats.js's test launcher: it starts on
 * free ports (`-1`), reports them through the ports file it writes, keeps its store in a temp
 * dir, and can be stopped, killed with SIGKILL, and restarted on the same ports and store.
 */
export class NatsServer implements AsyncDisposable {
  readonly logs = new LogBuffer();
  #proc: ChildProcess | undefined;
  #ports: Ports | undefined;
  #config: ConfObject;
  #exited: Promise<void> = Promise.resolve();
  #lastExit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  private constructor(
    readonly dir: string,
    readonly name: string,
    config: ConfObject,
    private readonly binary: string,
    private readonly ownsDir: boolean,
    private readonly startTimeout: number,
    readonly host: string,
    private readonly runUnder: readonly string[],
  ) {
    this.#config = config;
  }

  /** Starts a server and resolves once it answers its health check. */
  static async start(opts: NatsServerOptions = {}): Promise<NatsServer> {
    const ownsDir = opts.dir === undefined;
    const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), SERVER_DIR_PREFIX)));
    await mkdir(dir, { recursive: true });
    const name = opts.name ?? `n-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const host = opts.host ?? "127.0.0.1";
    const defaults: ConfObject = {
      server_name: name,
      listen: `${host}:-1`,
      http: `${host}:-1`,
      ports_file_dir: dir,
    };
    if (opts.jetstream !== false) defaults["jetstream"] = { store_dir: join(dir, "store") };
    const server = new NatsServer(
      dir,
      name,
      mergeConf(defaults, opts.config),
      opts.binary ?? (await findNatsServerBinary()) ?? "nats-server",
      ownsDir,
      opts.startTimeout ?? 20_000,
      host,
      opts.runUnder ?? [],
    );
    try {
      await server.#launch();
    } catch (err) {
      await server[Symbol.asyncDispose]();
      throw err;
    }
    return server;
  }

  get url(): string {
    return `nats://${this.host}:${this.#requirePorts().client}`;
  }
  get port(): number {
    return this.#requirePorts().client;
  }
  get monitorUrl(): string {
    return `http://${this.host}:${this.#requirePorts().monitor}`;
  }
  get clusterPort(): number | undefined {
    return this.#ports?.cluster;
  }
  get pid(): number | undefined {
    return this.#proc?.pid;
  }
  /**
   * Whether the last exit was asked for (SIGINT, SIGTERM, or a clean exit), as opposed to a
   * crash or SIGKILL.
   */
  get stoppedOnRequest(): boolean {
    const e = this.#lastExit;
    return !!e && (e.signal === "SIGINT" || e.signal === "SIGTERM" || e.code === 0);
  }

  /** Resolves when the current process exits (at once if none runs). */
  get exited(): Promise<void> {
    return this.#exited;
  }
  get running(): boolean {
    return this.#proc !== undefined;
  }
  get configFile(): string {
    return join(this.dir, `${SERVER_DIR_PREFIX}${this.name}.conf`);
  }
  /** The configuration in force, with the ports it bound pinned after the first start. */
  get config(): ConfObject {
    return this.#config;
  }

  /** Fetches a monitoring endpoint (`/varz`, `/jsz?...`, `/healthz`) as JSON. */
  async monitor<T = Record<string, unknown>>(path: string): Promise<T> {
    const res = await fetch(this.monitorUrl + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** The server's version as it reports it, e.g. "2.9.10". */
  async version(): Promise<string> {
    return String((await this.monitor<{ version: string }>("/varz")).version);
  }

  /** Graceful stop (SIGTERM), then SIGKILL if it does not exit in time. */
  async stop(): Promise<void> {
    await this.#signal("SIGTERM", 10_000);
  }

  /** Immediate death (SIGKILL): nothing is flushed, as in a crash or power loss. */
  async kill(): Promise<void> {
    await this.#signal("SIGKILL", 10_000);
  }

  /** Starts the process again on the same ports and store (stopping it first if running). */
  async restart(): Promise<void> {
    if (this.running) await this.stop();
    await this.#launch();
  }

  /**
   * Rewrites the configuration file and has the running server reload it (SIGHUP): users,
   * accounts and permissions change without dropping anyone's connection.
   */
  async reload(): Promise<void> {
    await writeFile(this.configFile, toConf(this.#config) + "\n");
    this.#proc?.kill("SIGHUP");
  }

  /** Replaces part of the configuration; takes effect at the next (re)start. */
  reconfigure(config: ConfObject): void {
    this.#config = mergeConf(this.#config, config);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.kill();
    if (this.ownsDir) await rm(this.dir, { recursive: true, force: true });
  }

  #requirePorts(): Ports {
    if (!this.#ports) throw new Error(`nats-server ${this.name} has not started`);
    return this.#ports;
  }

  async #launch(): Promise<void> {
    await writeFile(this.configFile, toConf(this.#config) + "\n");
    const [command, ...args] = [...this.runUnder, this.binary, "-c", this.configFile];
    const proc = spawn(command!, args, { stdio: ["ignore", "pipe", "pipe"] });
    this.#proc = proc;
    live.add(proc);
    proc.stdout?.on("data", (c: Buffer) => this.logs.write(c));
    proc.stderr?.on("data", (c: Buffer) => this.logs.write(c));
    let exitReason: string | undefined;
    this.#exited = new Promise<void>((resolve) => {
      const done = (why: string) => {
        exitReason ??= why;
        live.delete(proc);
        if (this.#proc === proc) this.#proc = undefined;
        resolve();
      };
      proc.once("error", (err) => done(err.message));
      proc.once("exit", (code, signal) => {
        this.#lastExit = { code, signal };
        done(`exited with ${signal ?? `code ${code}`}`);
      });
    });
    // Start-up races the server's own death: a bad config fails at once, not at the timeout.
    const abort = new AbortController();
    void this.#exited.then(() =>
      abort.abort(
        new Error(`nats-server ${this.name} failed to start: ${exitReason}\n${this.logs.text()}`),
      ),
    );
    const wait = { timeout: this.startTimeout, signal: abort.signal };
    const ports = await waitFor(() => this.#readPortsFile(proc.pid), {
      ...wait,
      name: `nats-server ${this.name} ports file`,
    });
    this.#ports = ports;
    this.#pinPorts(ports);
    await waitFor(async () => (await fetch(`${this.monitorUrl}/healthz`)).ok, {
      ...wait,
      name: `nats-server ${this.name} health`,
    });
  }

  async #readPortsFile(pid: number | undefined): Promise<Ports | undefined> {
    const file = (await readdir(this.dir)).find((f) => f.endsWith(`_${pid}.ports`));
    if (!file) return undefined;
    const raw = JSON.parse(await readFile(join(this.dir, file), "utf8")) as Record<
      string,
      string[]
    >;
    const port = (key: string) => {
      const url = raw[key]?.[0];
      return url ? Number(new URL(url).port) : undefined;
    };
    const client = port("nats");
    const monitor = port("monitoring");
    if (!client || !monitor) return undefined;
    const cluster = port("cluster");
    return cluster ? { client, monitor, cluster } : { client, monitor };
  }

  /** A restart must come back where clients and routes expect it: same ports. */
  #pinPorts(ports: Ports): void {
    const pinned: ConfObject = {
      listen: `${this.host}:${ports.client}`,
      http: `${this.host}:${ports.monitor}`,
    };
    const cluster = this.#config["cluster"];
    if (ports.cluster && typeof cluster === "object" && !Array.isArray(cluster)) {
      pinned["cluster"] = { listen: `${this.host}:${ports.cluster}` };
    }
    this.#config = mergeConf(this.#config, pinned);
  }

  async #signal(signal: NodeJS.Signals, timeout: number): Promise<void> {
    const proc = this.#proc;
    if (!proc) return;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill("SIGKILL"), timeout);
    await this.#exited;
    clearTimeout(timer);
  }
}
