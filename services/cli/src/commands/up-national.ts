import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
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
  NatsServerBinaryError,
} from "@tongbao/nats-server";
import {
  DEFAULT_PORTS,
  NATIONAL_TOPOLOGY_FILE,
  TRACKER_ORGANIZATION,
  busProfiles,
  connectAs,
  dataLayout,
  homeOf,
  loadTopology,
  multiFilterConsumers,
} from "@tongbao/organisations";
import type { RunningConsole } from "@tongbao/console";
import { startTracking, type TrackingService } from "@tongbao/tracker";
import { PROJECT_ROOT, tongbaoHome } from "../home.js";
import { CliError, type Output } from "../command.js";
import {
  nationalPorts,
  provisionNational,
  readNationalState,
  startNationalServers,
  writeNationalState,
  type NationalServers,
} from "../national-bus.js";
import { serverVersionOf } from "../secure-bus.js";
import {
  bounded,
  consolePortOf,
  parsePort,
  printDepartments,
  profileError,
  startBringUpConsole,
  stopProcess,
  STOP_TIMEOUT_MS,
} from "./bring-up-parts.js";

interface UpValues {
  topology?: string | undefined;
  port?: string | undefined;
  "http-port"?: string | undefined;
  "tracker-port"?: string | undefined;
  "console-port"?: string | undefined;
  "data-dir"?: string | undefined;
  profiles?: string | undefined;
  "ack-wait-ms"?: string | undefined;
  "no-demo"?: boolean | undefined;
  "bus-only"?: boolean | undefined;
}

/**
 * Leaf remotes authenticate with an nkey from 2.10 on (2.9 refuses the uplink's `nkey`
 * field), and the leaves' durables take several filters: the whole topology, run or
 * rendered, wants a current server. `what` names where the version came from.
 */
export function requireNationalServer(version: string, what: string): void {
  if (multiFilterConsumers(version)) return;
  throw new CliError(
    `the national topology needs nats-server 2.10 or newer; ${what} is ${version}`,
    "set TONGBAO_NATS_SERVER to a newer nats-server (npm start fetches 2.10.27 and 2.15.1)",
  );
}

/** `--topology national` is the file in deploy/topology; anything else names a file. */
export function topologyFile(value: string): string {
  return value === "national" ? NATIONAL_TOPOLOGY_FILE : resolve(value);
}

/**
 * `tongbao up --topology national`: the hub's nodes and every province's leaf on loopback,
 * provisioned (R3 on the hub, R1 on the leaves, sources, registry mirrors), each department
 * on the server it is homed on under its own credentials (national ones on the hub, the
 * provincial authorities on their leaf, reading their durables of both domains), the tracker
 * on the hub, and the demo. Ctrl-C stops all.
 */
export async function upNational(values: UpValues, out: Output): Promise<number> {
  const topology = await loadTopology(topologyFile(values.topology ?? "national")).catch(
    (err: unknown) => {
      throw new CliError(
        (err as Error).message,
        "fix the file (see deploy/topology/topology.schema.json)",
      );
    },
  );
  const layout = dataLayout(values["data-dir"] ?? tongbaoHome());
  // --port 0: free ports for every server (tests); otherwise the fixed NATIONAL_PORTS.
  const freePorts = values.port === "0";
  if (!freePorts && values.port !== undefined && values.port !== String(DEFAULT_PORTS.nats)) {
    throw new CliError(
      "--port takes only 0 (free ports) with --topology: the topology's ports are fixed (NATIONAL_PORTS)",
    );
  }
  const httpPort =
    values["http-port"] === "0"
      ? 0
      : parsePort(values["http-port"] ?? String(DEFAULT_PORTS.departmentHttp), "--http-port");
  const trackerPort =
    values["tracker-port"] === "0"
      ? 0
      : parsePort(values["tracker-port"] ?? String(DEFAULT_PORTS.tracker), "--tracker-port");
  const consolePort = consolePortOf(values["console-port"], DEFAULT_PORTS.console);
  const ackWaitMs = values["ack-wait-ms"] ? Number(values["ack-wait-ms"]) : undefined;
  if (ackWaitMs !== undefined && !(Number.isInteger(ackWaitMs) && ackWaitMs >= 100)) {
    throw new CliError(
      `--ack-wait-ms must be a whole number of ms ≥ 100, not "${values["ack-wait-ms"]}"`,
    );
  }
  const profiles = values["bus-only"]
    ? []
    : await busProfiles(layout.profiles, values.profiles).catch(profileError);
  const binary = await findNatsServerBinary().catch((err: unknown) => {
    throw err instanceof NatsServerBinaryError ? new CliError(err.message) : err;
  });
  if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);
  const version = await serverVersionOf(binary);
  requireNationalServer(version, binary);
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

  // Servers a killed bring-up left on this data directory hold its ports and stores.
  for (const n of (await readNationalState(layout))?.nodes ?? []) {
    if (await isNatsServer(n.pid)) {
      out.log(`  a nats-server (pid ${n.pid}, ${n.name}) left by an earlier bring-up: stopping it`);
      await stopProcess(n.pid);
    }
  }
  const ports = await nationalPorts(topology, freePorts);
  const servers = await startNationalServers({
    layout,
    binary,
    serverVersion: version,
    topology,
    profiles,
    ports,
  }).catch((err: unknown) => {
    throw new CliError(
      `the national topology did not start: ${(err as Error).message.split("\n")[0]}`,
      freePorts
        ? undefined
        : "are its ports taken (NATIONAL_PORTS in @tongbao/organisations)? `--port 0` picks free ones",
    );
  });
  const conns: NatsConnection[] = [];
  const running: RunningDepartment[] = [];
  let tracking: TrackingService | undefined;
  let registry: Registry | undefined;
  let webConsole: RunningConsole | undefined;
  let stopNarration = () => {};
  try {
    await writeNationalState(layout, servers);
    printNodes(out, servers, version);
    const bus = await provisionNational(servers, layout, profiles, ackWaitMs ? { ackWaitMs } : {});
    out.log(
      `  hub      streams ${bus.hub.created.length > 0 ? `created ${bus.hub.created.join(", ")}` : "present"} (R${topology.hub.replicas}); ` +
        `durables: ${bus.hub.durables.created.length} created, ${bus.hub.durables.unchanged.length + bus.hub.durables.updated.length} in place; ` +
        `sources from ${topology.provinces.map((p) => p.domain).join(", ")}`,
    );
    for (const l of bus.leaves) {
      out.log(
        `  ${l.province.padEnd(8)} streams ${l.created.length > 0 ? `created ${l.created.join(", ")}` : "present"} (R1, registry mirrored); ` +
          `durables: ${l.durables.created.length} created, ${l.durables.unchanged.length + l.durables.updated.length} in place`,
      );
    }
    out.log(`  data     ${layout.home}  (credentials in ${layout.nkeys}, mode 0600)`);
    out.log(`  logs     ${logFile}`);
    const as = async (orgId: string, url: string) => {
      const nc = await connectAs({
        url,
        nkey: layout.nkeyFile(orgId),
        tlsCa: layout.caFile,
        name: `tongbao-${orgId}`,
        orgId,
      });
      conns.push(nc);
      return nc;
    };
    if (profiles.length > 0) {
      // Read by each department's TAXII server at its start: made before they start.
      const taxiiSecrets = await ensureDevelopmentTaxiiSecrets(
        layout.home,
        profiles.map((p) => p.id),
      );
      for (const [i, profile] of profiles.entries()) {
        if (stopping.signal.aborted) break;
        const home = homeOf(profile, topology);
        const url = home.on === "hub" ? servers.hubUrl : servers.leafUrl(home.province.id);
        const nc = await as(profile.id, url);
        running.push(
          await startDepartment({
            profile,
            nc,
            keysDir: layout.keys,
            adminKeys: bus.hub.adminKeys,
            dataDir: layout.home,
            port: httpPort === 0 ? 0 : httpPort + i,
            ...(ackWaitMs ? { ackWaitMs } : {}),
            ...(home.on === "leaf" ? { placement: { hubDomain: topology.hub.domain } } : {}),
            logger: log.child({ org: profile.id }),
          }).catch((err: unknown) => {
            throw new CliError(
              `the ${profile.id} service did not start: ${(err as Error).message}`,
            );
          }),
        );
      }
      printDepartments(out, running, taxiiSecrets.secretsFile);
      const trackerNc = await as(TRACKER_ORGANIZATION.id, servers.hubUrl);
      registry = await Registry.open({ nc: trackerNc, adminKeys: bus.hub.adminKeys, member: true });
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
        `  tracker     ${TRACKER_ORGANIZATION.nameEn.padEnd(37)}  ${tracking.http?.url ?? "(no HTTP API)"}  (on the hub)\n`,
      );
      // The operator's view is the hub's: every stream, the provinces' sourced in.
      webConsole = await startBringUpConsole({
        home: layout.home,
        server: servers.hubUrl,
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
    await servers.stop();
  }
  out.log("Stopped; data kept for the next `tongbao up --topology`.");
  return 0;
}

function printNodes(out: Output, servers: NationalServers, version: string): void {
  out.log(
    `Tongbao national bus is up (nats-server ${version}): hub cluster ${servers.topology.hub.cluster} in JetStream domain ${servers.topology.hub.domain}, ` +
      `${servers.leaves.size} provincial leaf node(s), TLS, an account per organisation`,
  );
  for (const n of servers.nodes()) {
    out.log(
      `  ${n.name.padEnd(8)} ${n.role.padEnd(4)} domain ${n.domain.padEnd(8)} ${n.url}  monitor ${n.monitorUrl}`,
    );
  }
  out.log(`  CA       ${servers.files.tls.caFile}`);
}

async function isNatsServer(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmd.includes("nats-server");
}
