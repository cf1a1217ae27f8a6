import { parseArgs } from "node:util";
import {
  findNatsServerBinary,
  NATS_SERVER_INSTALL_HINT,
  NatsServer,
  NatsServerBinaryError,
} from "@tongbao/nats-server";
import { DEFAULT_PORTS, OPERATOR, dataLayout } from "@tongbao/organisations";
import { tongbaoHome } from "../home.js";
import { CliError, type Command, type Output } from "../command.js";
import { upNational } from "./up-national.js";
import { parsePort, stopProcess } from "./bring-up-parts.js";
import { BringUpServices, bringUpLog, serviceSettings } from "./bring-up-services.js";
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
    const layout = dataLayout(values["data-dir"]);
    const settings = await serviceSettings(values, layout);
    // A TONGBAO_NATS_SERVER that names no executable is the user's to fix, not a crash.
    const binary = await findNatsServerBinary().catch((err: unknown) => {
      throw err instanceof NatsServerBinaryError ? new CliError(err.message) : err;
    });
    if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);
    const version = await serverVersionOf(binary);
    const { log, file: logFile } = bringUpLog(layout);
    const services = new BringUpServices(layout, log, out);

    const files = await secureBusFiles(layout, settings.profiles, version);
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

    const guard = keepServerUp(server, services.signal, out);
    try {
      const operator = await services.connect(url, OPERATOR);
      const { ackWaitMs } = settings;
      const bus = await provisionBus(operator, layout, settings.profiles, {
        ...(ackWaitMs ? { ackWaitMs } : {}),
      });
      out.log(
        `  streams  ${bus.created.length > 0 ? `created ${bus.created.join(", ")}` : "present"}; ` +
          `durables: ${bus.durables.created.length} created, ${bus.durables.updated.length} updated, ` +
          `${bus.durables.unchanged.length} in place; registry: ${bus.registeredOrgs.length} organisations and ` +
          `${bus.registeredKeys.length} keys registered now (${bus.registeredEncryptionKeys.length} encryption keys), keys in ${layout.keys}`,
      );
      await services.run({
        settings,
        adminKeys: bus.adminKeys,
        homeOf: () => ({ url }),
        trackerServer: url,
      });
    } finally {
      await services.stop();
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
