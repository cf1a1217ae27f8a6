import { parseArgs } from "node:util";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import {
  loadProfiles,
  narrate,
  playDemo,
  prepareDevelopmentBus,
  ensureSigner,
  startDepartment,
  type DepartmentService,
  type RunningDepartment,
} from "@tongbao/department";
import { Registry } from "@tongbao/bus";
import { findNatsServerBinary, NATS_SERVER_INSTALL_HINT, NatsServer } from "@tongbao/nats-server";
import {
  startTracking,
  TRACKER_DEFAULT_PORT,
  TRACKER_ORGANIZATION,
  type TrackingService,
} from "@tongbao/tracker";
import { PROJECT_ROOT, tongbaoHome } from "../home.js";
import { CliError, type Command, type Output } from "../command.js";

export const up: Command = {
  name: "up",
  summary:
    "bring the development bus up: nats-server with JetStream, streams, registry, keys, every department service, and a demo",
  usage:
    "tongbao up [--port 14222] [--monitor-port 18222] [--http-port 18300] [--tracker-port 18400] [--data-dir DIR] [--profiles DIR] [--no-demo] [--bus-only]",
  example: "tongbao up --no-demo",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: process.env["TONGBAO_PORT"] ?? "14222" },
        "monitor-port": { type: "string", default: "18222" },
        "http-port": { type: "string", default: "18300" },
        "tracker-port": { type: "string", default: String(TRACKER_DEFAULT_PORT) },
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
        "no-demo": { type: "boolean", default: false },
        "bus-only": { type: "boolean", default: false },
      },
    });
    const port = parsePort(values.port, "--port");
    const monitorPort = parsePort(values["monitor-port"], "--monitor-port");
    // 0: any free ports (for tests), otherwise consecutive ports from this one.
    const httpPort =
      values["http-port"] === "0" ? 0 : parsePort(values["http-port"], "--http-port");
    const trackerPort =
      values["tracker-port"] === "0" ? 0 : parsePort(values["tracker-port"], "--tracker-port");
    const dataDir = values["data-dir"];
    const profiles = values["bus-only"]
      ? []
      : await loadProfiles(values.profiles).catch(profileError);
    const binary = await findNatsServerBinary();
    if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);

    const stopping = new AbortController();
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        stopping.abort();
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

    const server = await NatsServer.start({
      binary,
      name: "tongbao-dev",
      dir: join(dataDir, "nats"),
      config: { listen: `127.0.0.1:${port}`, http: `127.0.0.1:${monitorPort}` },
    }).catch((err: unknown) => {
      throw new CliError(
        `the embedded nats-server did not start: ${(err as Error).message.split("\n")[0]}`,
        `is port ${port} or ${monitorPort} taken? choose others with --port and --monitor-port`,
      );
    });
    const health = await server.monitor<{ status: string }>("/healthz");
    out.log(`Tongbao bus is up (nats-server ${await server.version()}, JetStream on)`);
    out.log(`  url      ${server.url}`);
    out.log(`  health   ${server.monitorUrl}/healthz → ${health.status}`);
    out.log(`  data     ${server.dir}`);

    const conns: NatsConnection[] = [];
    const running: RunningDepartment[] = [];
    let tracking: TrackingService | undefined;
    let registry: Registry | undefined;
    let stopNarration = () => {};
    try {
      if (profiles.length > 0) {
        const setup = await connect({ servers: server.url, name: "tongbao-up" });
        conns.push(setup);
        const bus = await prepareDevelopmentBus(setup, {
          keysDir: join(dataDir, "keys"),
          profiles,
          platforms: [TRACKER_ORGANIZATION],
        });
        out.log(
          `  streams  ${bus.created.length > 0 ? `created ${bus.created.join(", ")}` : "present"}; registry: ${
            bus.registeredOrgs.length
          } organisations and ${bus.registeredKeys.length} keys registered now (${
            bus.registeredEncryptionKeys.length
          } encryption keys), keys in ${join(dataDir, "keys")}`,
        );
        for (const [i, profile] of profiles.entries()) {
          if (stopping.signal.aborted) break;
          const nc = await connect({ servers: server.url, name: `tongbao-${profile.id}` });
          conns.push(nc);
          running.push(
            await startDepartment({
              profile,
              nc,
              keysDir: join(dataDir, "keys"),
              adminKeys: bus.adminKeys,
              dataDir,
              port: httpPort === 0 ? 0 : httpPort + i,
            }).catch((err: unknown) => {
              throw new CliError(
                `the ${profile.id} service did not start: ${(err as Error).message}`,
                `is port ${httpPort + i} taken? choose another base with --http-port`,
              );
            }),
          );
        }
        printDepartments(out, running);
        // The notify → receipt → feedback loop, with its own identity and status API.
        const trackerNc = await connect({ servers: server.url, name: TRACKER_ORGANIZATION.id });
        conns.push(trackerNc);
        registry = await Registry.open({ nc: trackerNc, adminKeys: bus.adminKeys });
        tracking = await startTracking({
          nc: trackerNc,
          keys: registry,
          signer: (await ensureSigner(join(dataDir, "keys"), TRACKER_ORGANIZATION.id)).signer,
          outboxDir: join(dataDir, "outbox", TRACKER_ORGANIZATION.id),
          policy: join(PROJECT_ROOT, "deploy", "tracker", "deadlines.json"),
          http: { host: "127.0.0.1", port: trackerPort },
        });
        out.log(
          `  tracker     ${TRACKER_ORGANIZATION.nameEn.padEnd(37)}  ${trackingUrl(tracking)}\n`,
        );
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
          dataDir,
          write: (l) => out.log(l),
          signal: stopping.signal,
        }).catch((err: unknown) => {
          if (!stopping.signal.aborted) out.error(`The demo stopped: ${(err as Error).message}`);
        });
      }
      await stopped;
    } finally {
      out.log("\nStopping…");
      stopNarration();
      // In parallel and bounded: a terminal's Ctrl-C also reaches nats-server, and a department
      // whose server is gone must not hold the others up. What an outbox has not sent is on
      // disk already and goes out on the next bring-up.
      await bounded(
        Promise.allSettled([...running.map((d) => d.stop()), tracking?.close(), registry?.close()]),
        STOP_TIMEOUT_MS,
      );
      await bounded(Promise.allSettled(conns.map((nc) => nc.close())), STOP_TIMEOUT_MS);
      await server.stop();
    }
    out.log("Stopped; data kept for the next `tongbao up`.");
    return 0;
  },
};

const STOP_TIMEOUT_MS = 10_000;

async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function trackingUrl(tracking: TrackingService): string {
  return tracking.http?.url ?? "(no HTTP API)";
}

function printDepartments(out: Output, running: readonly RunningDepartment[]): void {
  out.log("");
  out.log("  department  name                                   HTTP API");
  for (const d of running) {
    const p = d.service.profile;
    out.log(`  ${p.id.padEnd(10)}  ${`${p.nameZh} ${p.nameEn}`.slice(0, 37).padEnd(37)}  ${d.url}`);
  }
  out.log("");
}

function profileError(err: unknown): never {
  throw new CliError(
    (err as Error).message,
    "fix the profile in deploy/departments/ (see profile.schema.json)",
  );
}

function parsePort(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) {
    throw new CliError(`${flag} must be a port number from 1 to 65535, not "${value}"`);
  }
  return n;
}
