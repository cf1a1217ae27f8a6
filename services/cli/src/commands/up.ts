import { parseArgs } from "node:util";
import { join } from "node:path";
import { findNatsServerBinary, NATS_SERVER_INSTALL_HINT, NatsServer } from "@tongbao/nats-server";
import { tongbaoHome } from "../home.js";
import { CliError, type Command } from "../command.js";

export const up: Command = {
  name: "up",
  summary: "bring the development bus up: an embedded nats-server with JetStream",
  usage: "tongbao up [--port 14222] [--monitor-port 18222] [--data-dir DIR]",
  example: "tongbao up --port 14222",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: process.env["TONGBAO_PORT"] ?? "14222" },
        "monitor-port": { type: "string", default: "18222" },
        "data-dir": { type: "string", default: tongbaoHome() },
      },
    });
    const port = parsePort(values.port, "--port");
    const monitorPort = parsePort(values["monitor-port"], "--monitor-port");
    const binary = await findNatsServerBinary();
    if (!binary) throw new CliError("nats-server is not installed", NATS_SERVER_INSTALL_HINT);

    const server = await NatsServer.start({
      binary,
      name: "tongbao-dev",
      dir: join(values["data-dir"], "nats"),
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
    out.log("Press Ctrl-C to stop.");

    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    out.log("\nStopping…");
    await server.stop();
    out.log("Stopped; data kept for the next `tongbao up`.");
    return 0;
  },
};

function parsePort(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) {
    throw new CliError(`${flag} must be a port number from 1 to 65535, not "${value}"`);
  }
  return n;
}
