import { join } from "node:path";
import { pino, type Logger } from "pino";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ensureDevelopmentTaxiiSecrets,
  ensureSigner,
  narrate,
  playDemo,
  startDepartment,
  type DepartmentService,
  type RunningDepartment,
  type StartDepartmentOptions,
} from "@tongbao/department";
import { Registry, createLogger, type AdminKey } from "@tongbao/bus";
import type { RunningConsole } from "@tongbao/console";
import {
  DEFAULT_PORTS,
  TRACKER_ORGANIZATION,
  busProfiles,
  connectAs,
  type DataLayout,
  type DepartmentProfile,
} from "@tongbao/organisations";
import { startTracking, type TrackingService } from "@tongbao/tracker";
import { CliError, type Output } from "../command.js";
import { PROJECT_ROOT } from "../home.js";
import {
  STOP_TIMEOUT_MS,
  bounded,
  consolePortOf,
  parsePort,
  printDepartments,
  profileError,
  startBringUpConsole,
} from "./bring-up-parts.js";

// What both bring-ups (one node, the national topology) run once their servers are up and
// provisioned: the departments, the tracker, the console, the narration and the demo, until
// Ctrl-C, and the orderly stop of all of it.

/** The service options both bring-ups take. */
export interface ServiceFlags {
  "http-port"?: string | undefined;
  "tracker-port"?: string | undefined;
  "console-port"?: string | undefined;
  profiles?: string | undefined;
  "ack-wait-ms"?: string | undefined;
  "no-demo"?: boolean | undefined;
  "bus-only"?: boolean | undefined;
}

export interface ServiceSettings {
  /** 0: any free ports (for tests), otherwise consecutive ports from this one. */
  httpPort: number;
  trackerPort: number;
  consolePort: number;
  ackWaitMs: number | undefined;
  profiles: DepartmentProfile[];
  demo: boolean;
}

/** Checks the service flags up front, before any server starts. */
export async function serviceSettings(
  values: ServiceFlags,
  layout: DataLayout,
): Promise<ServiceSettings> {
  const portOf = (flag: "http-port" | "tracker-port", fallback: number) => {
    const value = values[flag];
    return value === "0" ? 0 : parsePort(value ?? String(fallback), `--${flag}`);
  };
  const ackWaitMs = values["ack-wait-ms"] ? Number(values["ack-wait-ms"]) : undefined;
  if (ackWaitMs !== undefined && !(Number.isInteger(ackWaitMs) && ackWaitMs >= 100)) {
    throw new CliError(
      `--ack-wait-ms must be a whole number of ms ≥ 100, not "${values["ack-wait-ms"]}"`,
    );
  }
  return {
    httpPort: portOf("http-port", DEFAULT_PORTS.departmentHttp),
    trackerPort: portOf("tracker-port", DEFAULT_PORTS.tracker),
    consolePort: consolePortOf(values["console-port"], DEFAULT_PORTS.console),
    ackWaitMs,
    profiles: values["bus-only"]
      ? []
      : await busProfiles(layout.profiles, values.profiles).catch(profileError),
    demo: !values["no-demo"],
  };
}

/**
 * The services' JSON logs (connection changes, outbox backlog, quarantine) go to a file; the
 * terminal keeps the narrated story.
 */
export function bringUpLog(layout: DataLayout): { log: Logger; file: string } {
  const file = join(layout.home, "tongbao.log");
  const log = createLogger({
    name: "tongbao-up",
    destination: pino.destination({ dest: file, mkdir: true, sync: false }),
  });
  return { log, file };
}

/** Where an organisation's department connects, and what else it needs to know of its home. */
export interface DepartmentHome {
  url: string;
  placement?: StartDepartmentOptions["placement"];
}

/**
 * A bring-up's services and connections, stopped together by stop() however far start()
 * got. Ctrl-C (SIGINT/SIGTERM) aborts `signal`.
 */
export class BringUpServices {
  readonly #stopping = new AbortController();
  readonly #stopped: Promise<void>;
  readonly #conns: NatsConnection[] = [];
  readonly #running: RunningDepartment[] = [];
  #tracking: TrackingService | undefined;
  #registry: Registry | undefined;
  #console: RunningConsole | undefined;
  #stopNarration = () => {};

  constructor(
    private readonly layout: DataLayout,
    private readonly log: Logger,
    private readonly out: Output,
  ) {
    this.#stopped = new Promise<void>((resolve) => {
      const stop = () => {
        this.#stopping.abort();
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  }

  get signal(): AbortSignal {
    return this.#stopping.signal;
  }

  /** Connects under an organisation's (or the operator's) own credentials; closed by stop(). */
  async connect(url: string, name: string, orgId?: string): Promise<NatsConnection> {
    const nc = await connectAs({
      url,
      nkey: this.layout.nkeyFile(orgId ?? name),
      tlsCa: this.layout.caFile,
      name: `tongbao-${name}`,
      ...(orgId ? { orgId } : {}),
    });
    this.#conns.push(nc);
    return nc;
  }

  /**
   * Starts each department on its home server, then the tracker and the console on
   * `trackerServer`, and the narration; plays the demo (once per data directory) unless
   * told not to, and returns when Ctrl-C comes.
   */
  async run(o: {
    settings: ServiceSettings;
    adminKeys: Record<string, AdminKey>;
    homeOf: (profile: DepartmentProfile) => DepartmentHome;
    trackerServer: string;
    /** After the tracker's URL, e.g. "(on the hub)". */
    trackerNote?: string;
  }): Promise<void> {
    const { settings, adminKeys } = o;
    const { layout, log, out } = this;
    if (settings.profiles.length > 0) {
      // Read by each department's TAXII server at its start: made before they start.
      const taxiiSecrets = await ensureDevelopmentTaxiiSecrets(
        layout.home,
        settings.profiles.map((p) => p.id),
      );
      for (const [i, profile] of settings.profiles.entries()) {
        if (this.signal.aborted) break;
        const home = o.homeOf(profile);
        const nc = await this.connect(home.url, profile.id, profile.id);
        const port = settings.httpPort === 0 ? 0 : settings.httpPort + i;
        this.#running.push(
          await startDepartment({
            profile,
            nc,
            keysDir: layout.keys,
            adminKeys,
            dataDir: layout.home,
            port,
            ...(settings.ackWaitMs ? { ackWaitMs: settings.ackWaitMs } : {}),
            ...(home.placement ? { placement: home.placement } : {}),
            logger: log.child({ org: profile.id }),
          }).catch((err: unknown) => {
            throw new CliError(
              `the ${profile.id} service did not start: ${(err as Error).message}`,
              `is port ${port} taken? choose another base with --http-port`,
            );
          }),
        );
      }
      printDepartments(out, this.#running, taxiiSecrets.secretsFile);
      // The notify → receipt → feedback loop, under the tracker's own account.
      const tracker = TRACKER_ORGANIZATION.id;
      const trackerNc = await this.connect(o.trackerServer, tracker, tracker);
      this.#registry = await Registry.open({ nc: trackerNc, adminKeys, member: true });
      this.#tracking = await startTracking({
        nc: trackerNc,
        keys: this.#registry,
        signer: (await ensureSigner(layout.keys, tracker)).signer,
        outboxDir: layout.outbox(tracker),
        policy: `${PROJECT_ROOT}/deploy/tracker/deadlines.json`,
        http: { host: "127.0.0.1", port: settings.trackerPort },
        logger: log.child({ org: tracker }),
      });
      const note = o.trackerNote ? `  ${o.trackerNote}` : "";
      out.log(
        `  tracker     ${TRACKER_ORGANIZATION.nameEn.padEnd(37)}  ${this.#tracking.http?.url ?? "(no HTTP API)"}${note}\n`,
      );
      this.#console = await startBringUpConsole({
        home: layout.home,
        server: o.trackerServer,
        running: this.#running,
        tracking: this.#tracking,
        port: settings.consolePort,
        log,
        out,
      });
      this.#stopNarration = narrate(
        this.#running.map((d) => d.service),
        (line) => out.log(line),
      );
    }
    out.log("Press Ctrl-C to stop.");
    if (this.#running.length > 0 && settings.demo && !this.signal.aborted) {
      const services = new Map<string, DepartmentService>(
        this.#running.map((d) => [d.service.profile.id, d.service]),
      );
      await playDemo({
        services,
        dataDir: layout.home,
        write: (l) => out.log(l),
        signal: this.signal,
      }).catch((err: unknown) => {
        if (!this.signal.aborted) out.error(`The demo stopped: ${(err as Error).message}`);
      });
    }
    await this.#stopped;
  }

  /**
   * In parallel and bounded: a terminal's Ctrl-C also reaches nats-server, and a department
   * whose server is gone must not hold the others up. What an outbox has not sent is on disk
   * already and goes out on the next bring-up. The servers are the caller's to stop after.
   */
  async stop(): Promise<void> {
    this.out.log("\nStopping…");
    this.#stopping.abort();
    this.#stopNarration();
    await bounded(
      Promise.allSettled([
        this.#console?.close(),
        ...this.#running.map((d) => d.stop()),
        this.#tracking?.close(),
        this.#registry?.close(),
      ]),
      STOP_TIMEOUT_MS,
    );
    await bounded(Promise.allSettled(this.#conns.map((nc) => nc.close())), STOP_TIMEOUT_MS);
  }
}
