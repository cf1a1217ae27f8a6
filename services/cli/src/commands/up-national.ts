import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  findNatsServerBinary,
  NATS_SERVER_INSTALL_HINT,
  NatsServerBinaryError,
} from "@tongbao/nats-server";
import {
  DEFAULT_PORTS,
  NATIONAL_TOPOLOGY_FILE,
  dataLayout,
  homeOf,
  loadTopology,
  multiFilterConsumers,
} from "@tongbao/organisations";
import { tongbaoHome } from "../home.js";
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
import { stopProcess } from "./bring-up-parts.js";
import {
  BringUpServices,
  bringUpLog,
  serviceSettings,
  type ServiceFlags,
} from "./bring-up-services.js";

interface UpValues extends ServiceFlags {
  topology?: string | undefined;
  port?: string | undefined;
  "data-dir"?: string | undefined;
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
  const settings = await serviceSettings(values, layout);
  const binary = await findNatsServerBinary().catch((err: unknown) => {
    throw err instanceof NatsServerBinaryError ? new CliError(err.message) : err;
  });
  if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);
  const version = await serverVersionOf(binary);
  requireNationalServer(version, binary);
  const { log, file: logFile } = bringUpLog(layout);
  const services = new BringUpServices(layout, log, out);

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
    profiles: settings.profiles,
    ports,
  }).catch((err: unknown) => {
    throw new CliError(
      `the national topology did not start: ${(err as Error).message.split("\n")[0]}`,
      freePorts
        ? undefined
        : "are its ports taken (NATIONAL_PORTS in @tongbao/organisations)? `--port 0` picks free ones",
    );
  });
  try {
    await writeNationalState(layout, servers);
    printNodes(out, servers, version);
    const { ackWaitMs } = settings;
    const bus = await provisionNational(
      servers,
      layout,
      settings.profiles,
      ackWaitMs ? { ackWaitMs } : {},
    );
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
    await services.run({
      settings,
      adminKeys: bus.hub.adminKeys,
      homeOf: (profile) => {
        const home = homeOf(profile, topology);
        return home.on === "hub"
          ? { url: servers.hubUrl }
          : {
              url: servers.leafUrl(home.province.id),
              placement: { hubDomain: topology.hub.domain },
            };
      },
      // The operator's view is the hub's: every stream, the provinces' sourced in.
      trackerServer: servers.hubUrl,
      trackerNote: "(on the hub)",
    });
  } finally {
    await services.stop();
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
