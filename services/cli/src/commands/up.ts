import { join } from "node:path";
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  ensureDevelopmentTaxiiSecrets,
  narrate,
  playDemo,
  ensureSigner,
  startDepartment,
  type DepartmentService,
  type RunningDepartment,
} from "@tongbao/department";
import { Registry, createLogger } from "@tongbao/bus";
import {
  findNatsServerBinary,
  NATS_SERVER_INSTALL_HINT,
  NatsServer,
  NatsServerBinaryError,
} from "@tongbao/nats-server";
import {
  DEFAULT_PORTS,
  OPERATOR,
  TRACKER_ORGANIZATION,
  connectAs,
  dataLayout,
  busProfiles,
} from "@tongbao/organisations";
import { startTracking, type TrackingService } from "@tongbao/tracker";
import type { RunningConsole } from "@tongbao/console";
import { PROJECT_ROOT, tongbaoHome } from "../home.js";
import { CliError, type Command, type Output } from "../command.js";
import { upNational } from "./up-national.js";
import {
  STOP_TIMEOUT_MS,
  bounded,
  consolePortOf,
  parsePort,
  printDepartments,
  profileError,
  startBringUpConsole,
  stopProcess,
} from "./bring-up-parts.js";
import {
  runningServer,
  provisionBus,
  secureBusFiles,
  secureServerConfig,
  serverVersionOf,
} from "../secure-bus.js";

export const up: Command = {
  usage:
    "tongbao up [--topology national|FILE] [--port 14222] [--monitor-port 18222] [--http-port 18300] [--tracker-port 18400] [--console-port 18500] [--data-dir DIR] [--profiles DIR] [--ack-wait-ms MS] [--no-demo] [--bus-only]",
  example: "tongbao up --no-demo",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: String(DEFAULT_PORTS.nats) },
        "monitor-port": { type: "string", default: String(DEFAULT_PORTS.monitor) },
        "http-port": { type: "string", default: String(DEFAULT_PORTS.departmentHttp) },
        "tracker-port": { type: "string", default: String(DEFAULT_PORTS.tracker) },
        "console-port": { type: "string", default: String(DEFAULT_PORTS.console) },
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
        "ack-wait-ms": { type: "string" },
        "no-demo": { type: "boolean", default: false },
        "bus-only": { type: "boolean", default: false },
        topology: { type: "string" },
      },
    });
    // The national hub cluster and provincial leaves instead of the single node.
    if (values.topology !== undefined) return upNational(values, out);
    const port = parsePort(values.port, "--port");
    const monitorPort = parsePort(values["monitor-port"], "--monitor-port");
    // 0: any free ports (for tests), otherwise consecutive ports from this one.
    const httpPort =
      values["http-port"] === "0" ? 0 : parsePort(values["http-port"], "--http-port");
    const trackerPort =
      values["tracker-port"] === "0" ? 0 : parsePort(values["tracker-port"], "--tracker-port");
    const consolePort = consolePortOf(values["console-port"], DEFAULT_PORTS.console);
    const ackWaitMs = values["ack-wait-ms"] ? Number(values["ack-wait-ms"]) : undefined;
    if (ackWaitMs !== undefined && !(Number.isInteger(ackWaitMs) && ackWaitMs >= 100)) {
      throw new CliError(
        `--ack-wait-ms must be a whole number of ms ≥ 100, not "${values["ack-wait-ms"]}"`,
      );
    }
    const layout = dataLayout(values["data-dir"]);
    const profiles = values["bus-only"]
      ? []
      : await busProfiles(layout.profiles, values.profiles).catch(profileError);
    // A TONGBAO_NATS_SERVER that names no executable is the user's to fix, not a crash.
    const binary = await findNatsServerBinary().catch((err: unknown) => {
      throw err instanceof NatsServerBinaryError ? new CliError(err.message) : err;
    });
    if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);
    const version = await serverVersionOf(binary);
    // The services' JSON logs (connection changes, outbox backlog, quarantine) go to a file;
    // the terminal keeps the narrated story.
    const logFile = join(layout.home, "tongbao.log");
    const log = createLogger({
      name: "tongbao-up",
      destination: pino.destination({ dest: logFile, mkdir: true, sync: false }),
    });

    const stopping = new AbortController();
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        stopping.abort();
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

    const files = await secureBusFiles(layout, profiles, version);
    const stale = await runningServer(layout);
    if (stale) {
      out.log(
        `  a nats-server (pid ${stale}) left by an earlier bring-up holds ${layout.nats}: stopping it`,
      );
      await stopProcess(stale);
    }
    const server = await NatsServer.start({
      binary,
      name: "tongbao-dev",
      dir: layout.nats,
      config: secureServerConfig(layout, files, { host: "127.0.0.1", port, monitorPort }),
    }).catch((err: unknown) => {
      throw new CliError(
        `the embedded nats-server did not start: ${(err as Error).message.split("\n")[0]}`,
        `is port ${port} or ${monitorPort} taken? choose others with --port and --monitor-port`,
      );
    });
    const url = `tls://127.0.0.1:${server.port}`;
    const health = await server.monitor<{ status: string }>("/healthz");
    out.log(
      `Tongbao bus is up (nats-server ${version}, JetStream on, TLS, an account per organisation)`,
    );
    out.log(`  url      ${url}  (CA ${layout.caFile})`);
    out.log(`  health   ${server.monitorUrl}/healthz → ${health.status}`);
    out.log(`  data     ${layout.home}  (credentials in ${layout.nkeys}, mode 0600)`);
    out.log(`  logs     ${logFile}`);

    const conns: NatsConnection[] = [];
    const running: RunningDepartment[] = [];
    let tracking: TrackingService | undefined;
    let registry: Registry | undefined;
    let webConsole: RunningConsole | undefined;
    let stopNarration = () => {};
    const guard = keepServerUp(server, stopping.signal, out);
    const as = (name: string, orgId?: string) =>
      connectAs({
        url,
        nkey: layout.nkeyFile(orgId ?? name),
        tlsCa: layout.caFile,
        name: `tongbao-${name}`,
        ...(orgId ? { orgId } : {}),
      }).then((nc) => {
        conns.push(nc);
        return nc;
      });
    try {
      const operator = await as(OPERATOR);
      const bus = await provisionBus(operator, layout, profiles, {
        ...(ackWaitMs ? { ackWaitMs } : {}),
      });
      out.log(
        `  streams  ${bus.created.length > 0 ? `created ${bus.created.join(", ")}` : "present"}; ` +
          `durables: ${bus.durables.created.length} created, ${bus.durables.updated.length} updated, ` +
          `${bus.durables.unchanged.length} in place; registry: ${bus.registeredOrgs.length} organisations and ` +
          `${bus.registeredKeys.length} keys registered now (${bus.registeredEncryptionKeys.length} encryption keys), keys in ${layout.keys}`,
      );
      if (profiles.length > 0) {
        // Read by each department's TAXII server at its start: made before they start.
        const taxiiSecrets = await ensureDevelopmentTaxiiSecrets(
          layout.home,
          profiles.map((p) => p.id),
        );
        for (const [i, profile] of profiles.entries()) {
          if (stopping.signal.aborted) break;
          const nc = await as(profile.id, profile.id);
          running.push(
            await startDepartment({
              profile,
              nc,
              keysDir: layout.keys,
              adminKeys: bus.adminKeys,
              dataDir: layout.home,
              port: httpPort === 0 ? 0 : httpPort + i,
              ...(ackWaitMs ? { ackWaitMs } : {}),
              logger: log.child({ org: profile.id }),
            }).catch((err: unknown) => {
              throw new CliError(
                `the ${profile.id} service did not start: ${(err as Error).message}`,
                `is port ${httpPort + i} taken? choose another base with --http-port`,
              );
            }),
          );
        }
        printDepartments(out, running, taxiiSecrets.secretsFile);
        // The notify → receipt → feedback loop, under the tracker's own account.
        const trackerNc = await as(TRACKER_ORGANIZATION.id, TRACKER_ORGANIZATION.id);
        registry = await Registry.open({ nc: trackerNc, adminKeys: bus.adminKeys, member: true });
        tracking = await startTracking({
          nc: trackerNc,
          keys: registry,
          signer: (await ensureSigner(layout.keys, TRACKER_ORGANIZATION.id)).signer,
          outboxDir: layout.outbox(TRACKER_ORGANIZATION.id),
          policy: `${PROJECT_ROOT}/deploy/tracker/deadlines.json`,
          http: { host: "127.0.0.1", port: trackerPort },
          logger: log.child({ org: TRACKER_ORGANIZATION.id }),
        });
        out.log(
          `  tracker     ${TRACKER_ORGANIZATION.nameEn.padEnd(37)}  ${tracking.http?.url ?? "(no HTTP API)"}\n`,
        );
        webConsole = await startBringUpConsole({
          home: layout.home,
          server: url,
          running,
          tracking,
          port: consolePort,
          log,
          out,
        });
        stopNarration = narrate(
          running.map((d) => d.service),
          (line) => out.log(line),
        );
      }
      out.log("Press Ctrl-C to stop.");

      if (running.length > 0 && !values["no-demo"] && !stopping.signal.aborted) {
        const services = new Map<string, DepartmentService>(
          running.map((d) => [d.service.profile.id, d.service]),
        );
        await playDemo({
          services,
          dataDir: layout.home,
          write: (l) => out.log(l),
          signal: stopping.signal,
        }).catch((err: unknown) => {
          if (!stopping.signal.aborted) out.error(`The demo stopped: ${(err as Error).message}`);
        });
      }
      await stopped;
    } finally {
      out.log("\nStopping…");
      stopping.abort();
      stopNarration();
      // In parallel and bounded: a terminal's Ctrl-C also reaches nats-server, and a department
      // whose server is gone must not hold the others up. What an outbox has not sent is on
      // disk already and goes out on the next bring-up.
      await bounded(
        Promise.allSettled([
          webConsole?.close(),
          ...running.map((d) => d.stop()),
          tracking?.close(),
          registry?.close(),
        ]),
        STOP_TIMEOUT_MS,
      );
      await bounded(Promise.allSettled(conns.map((nc) => nc.close())), STOP_TIMEOUT_MS);
      await guard;
      await server.stop();
    }
    out.log("Stopped; data kept for the next `tongbao up`.");
    return 0;
  },
};

/**
 * Restarts the embedded server on the same store and ports if it dies while the bus is up:
 * the services reconnect by themselves and their outboxes send what waited.
 */
async function keepServerUp(server: NatsServer, signal: AbortSignal, out: Output): Promise<void> {
  while (!signal.aborted) {
    await Promise.race([
      server.exited,
      new Promise<void>((resolve) =>
        signal.addEventListener("abort", () => resolve(), { once: true }),
      ),
    ]);
    // Ctrl-C reaches the whole process group: a server told to stop is not a crash.
    if (signal.aborted || server.stoppedOnRequest) return;
    out.error("nats-server stopped unexpectedly; restarting it on the same store");
    try {
      await server.restart();
      out.log("nats-server is back; the services reconnect and their outboxes catch up");
    } catch (err) {
      out.error(`nats-server did not come back: ${(err as Error).message.split("\n")[0]}`);
      return;
    }
  }
}
