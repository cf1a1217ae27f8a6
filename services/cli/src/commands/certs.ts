import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findNatsServerBinary, toConf } from "@tongbao/nats-server";
import { DEFAULT_PORTS, dataLayout, loadProfiles } from "@tongbao/organisations";
import { CliError, EXIT, type Command } from "../command.js";
import { tongbaoHome } from "../home.js";
import { tlsClusterConfig, tlsServerConfig } from "@tongbao/security";
import { secureBusFiles, secureServerConfig, serverVersionOf } from "../secure-bus.js";

/**
 * `tongbao certs`: the broker security of a bus under a data directory (development TLS
 * material, an nkey user and an account per organisation, the operator's user) and a server
 * configuration that uses it, for a bus started by hand or by a process manager.
 */
export const certs: Command = {
  usage:
    "tongbao certs [--data-dir DIR] [--profiles DIR] [--host NAME]... [--listen HOST] [--port N] [--monitor-port N] [--server-version V]",
  example: "tongbao certs --data-dir /srv/tongbao --host bus.example.gov.cn --listen 0.0.0.0",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
        host: { type: "string", multiple: true },
        listen: { type: "string", default: "127.0.0.1" },
        port: { type: "string", default: String(DEFAULT_PORTS.nats) },
        "monitor-port": { type: "string", default: String(DEFAULT_PORTS.monitor) },
        "server-version": { type: "string" },
      },
    });
    const layout = dataLayout(resolve(values["data-dir"]));
    const profiles = await loadProfiles(values.profiles);
    let version = values["server-version"];
    if (!version) {
      const binary = await findNatsServerBinary();
      if (!binary) {
        throw new CliError(
          "no nats-server here to read the version from",
          "pass the version the bus will run with --server-version (e.g. 2.10.27)",
          EXIT.usage,
        );
      }
      version = await serverVersionOf(binary);
    }
    const files = await secureBusFiles(layout, profiles, version);
    const conf = secureServerConfig(layout, files, {
      host: values.listen,
      port: Number(values.port),
      monitorPort: Number(values["monitor-port"]),
    });
    // The TLS blocks on their own too, for configurations that include them (cluster-node.conf).
    await writeFile(join(layout.security, "tls.conf"), toConf(tlsServerConfig(files.tls)) + "\n");
    await writeFile(
      join(layout.security, "cluster-tls.conf"),
      toConf(tlsClusterConfig(files.tls)) + "\n",
    );
    const serverConf = join(layout.nats, "server.conf");
    await mkdir(layout.nats, { recursive: true });
    await writeFile(
      serverConf,
      toConf({ ...conf, jetstream: { store_dir: join(layout.nats, "store") } }) + "\n",
    );
    out.log(`CA            ${layout.caFile} (give it to every organisation)`);
    out.log(
      `accounts      ${files.accountsFile} (${files.accounts.length} organisations, server ${version})`,
    );
    out.log(
      `credentials   ${layout.nkeys}/<org>.nk (mode 0600; hand each to its organisation only)`,
    );
    out.log(`server        ${serverConf}`);
    out.log("");
    out.log(`next: nats-server -c ${serverConf}`);
    out.log(`      tongbao provision --data-dir ${layout.home}`);
    return EXIT.ok;
  },
};
