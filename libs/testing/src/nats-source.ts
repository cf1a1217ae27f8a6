import {
  findNatsServerBinary,
  NATS_SERVER_INSTALL_HINT,
  NatsServer,
  type NatsServerOptions,
} from "@tongbao/nats-server";
import { NatsCluster, type NatsClusterOptions } from "./nats-cluster.js";

/**
 * A NATS server a test can connect to, wherever it comes from. Only servers this process
 * started itself (`controllable`) can be stopped, killed, restarted or clustered.
 */
export interface TestNats extends AsyncDisposable {
  readonly url: string;
  readonly controllable: boolean;
  version(): Promise<string>;
}

/** Raised when no NATS server can be had, saying how to get one. */
export class NatsUnavailableError extends Error {
  override name = "NatsUnavailableError";
}

const INSTALL_HINT =
  `${NATS_SERVER_INSTALL_HINT}, or start a Docker engine, or set TONGBAO_TEST_NATS_URL to a ` +
  "JetStream-enabled server you run yourself";

/**
 * A single JetStream server for a test, from the first source that works:
 * `TONGBAO_TEST_NATS_URL` → nats-server on PATH → a Docker container → an error saying what to do.
 */
export async function startNats(opts: NatsServerOptions = {}): Promise<TestNats> {
  const external = process.env["TONGBAO_TEST_NATS_URL"];
  if (external) return externalNats(external);
  const binary = opts.binary ?? (await findNatsServerBinary());
  if (binary) return wrap(await NatsServer.start({ ...opts, binary }));
  const { dockerAvailable, startNatsContainer } = await import("./nats-container.js");
  if (await dockerAvailable()) return startNatsContainer();
  throw new NatsUnavailableError(`no NATS server for the tests: ${INSTALL_HINT}`);
}

/**
 * A started nats-server process with full control (stop, kill, restart). Fault tests need this,
 * so there is no fallback to an external server here.
 */
export async function startNatsServer(opts: NatsServerOptions = {}): Promise<NatsServer> {
  const binary = opts.binary ?? (await findNatsServerBinary());
  if (!binary)
    throw new NatsUnavailableError(
      `this test starts and kills nats-server itself: ${INSTALL_HINT}`,
    );
  return NatsServer.start({ ...opts, binary });
}

/** A JetStream cluster of nats-server processes (3 nodes unless told otherwise). */
export async function startNatsCluster(opts: NatsClusterOptions = {}): Promise<NatsCluster> {
  const binary = opts.binary ?? (await findNatsServerBinary());
  if (!binary)
    throw new NatsUnavailableError(`clusters need the nats-server binary: ${INSTALL_HINT}`);
  return NatsCluster.start({ ...opts, binary });
}

/** True when tests can start their own nats-server processes (clusters, kill, restart). */
export async function canControlServers(): Promise<boolean> {
  return (await findNatsServerBinary()) !== undefined;
}

function wrap(server: NatsServer): TestNats & { server: NatsServer } {
  return {
    server,
    get url() {
      return server.url;
    },
    controllable: true,
    version: () => server.version(),
    [Symbol.asyncDispose]: () => server[Symbol.asyncDispose](),
  };
}

function externalNats(url: string): TestNats {
  return {
    url,
    controllable: false,
    async version() {
      const { connect } = await import("@nats-io/transport-node");
      const nc = await connect({ servers: url });
      try {
        return nc.info?.version ?? "unknown";
      } finally {
        await nc.close();
      }
    },
    // Not ours to stop.
    async [Symbol.asyncDispose]() {},
  };
}
