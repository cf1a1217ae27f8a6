import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { toConf } from "@tongbao/nats-server";
import {
  generateDevCertificates,
  tlsClusterConfig,
  tlsServerConfig,
  writeSecurityFiles,
} from "@tongbao/security";
import { EXIT, type Command } from "../command.js";
import { PROJECT_ROOT, tongbaoHome } from "../home.js";

/**
 * `tongbao certs`: development TLS material (a CA, a server certificate for the loopback
 * names, client certificates on request) and, with --nats-auth, the broker's nkey users and
 * permissions generated from the organisation profiles.
 */
export const certs: Command = {
  name: "certs",
  summary: "development TLS certificates and, with --nats-auth, nkey credentials and permissions",
  usage:
    "tongbao certs [--out DIR] [--host NAME]... [--client NAME]... [--days N] " +
    "[--nats-auth] [--profiles DIR]",
  example: "tongbao certs --out .tongbao/security --client miit --nats-auth",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        host: { type: "string", multiple: true },
        client: { type: "string", multiple: true },
        days: { type: "string" },
        "nats-auth": { type: "boolean" },
        profiles: { type: "string" },
      },
    });
    const dir = resolve(values.out ?? join(tongbaoHome(), "security"));
    const days = values.days === undefined ? undefined : Number(values.days);
    if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
      out.error(`tongbao certs: --days must be a whole number of days, not "${values.days}"`);
      return EXIT.usage;
    }
    const tls = await generateDevCertificates({
      dir: join(dir, "tls"),
      ...(values.host ? { hosts: values.host } : {}),
      ...(values.client ? { clients: values.client } : {}),
      ...(days ? { days } : {}),
    });
    const tlsConf = join(dir, "tls.conf");
    await writeFile(tlsConf, toConf(tlsServerConfig(tls)) + "\n");
    const clusterConf = join(dir, "cluster-tls.conf");
    await writeFile(clusterConf, toConf(tlsClusterConfig(tls)) + "\n");
    out.log(`CA            ${tls.caFile}`);
    out.log(`server        ${tls.certFile} (key ${tls.keyFile})`);
    for (const [name, c] of tls.clients) out.log(`client ${name.padEnd(6)} ${c.certFile}`);
    out.log(`tls block     ${tlsConf} (include it at the top level of a server configuration)`);
    out.log(`cluster tls   ${clusterConf} (include it inside the cluster block)`);
    if (values["nats-auth"]) {
      const profiles = resolve(values.profiles ?? join(PROJECT_ROOT, "deploy", "departments"));
      const files = await writeSecurityFiles(profiles, dir);
      out.log(`authorization ${files.authFile} (${files.plan.users.length} nkey users)`);
      out.log(
        `durables      ${files.durablesFile} (${files.plan.durables.length}, create them as operator)`,
      );
      out.log(
        `seeds         ${join(dir, "nkeys")}/<org>.nk (mode 0600; hand each to its organisation only)`,
      );
    }
    return EXIT.ok;
  },
};
