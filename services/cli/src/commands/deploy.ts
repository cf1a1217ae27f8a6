import { parseArgs } from "node:util";
import { findNatsServerBinary } from "@tongbao/nats-server";
import { busProfiles, dataLayout, loadTopology } from "@tongbao/organisations";
import { CliError, EXIT, type Command } from "../command.js";
import { renderDeployment } from "../deploy-render.js";
import { tongbaoHome } from "../home.js";
import { serverVersionOf } from "../secure-bus.js";
import { requireNationalServer, topologyFile } from "./up-national.js";

export const deploy: Command = {
  usage: "tongbao deploy render --out DIR [--topology national|FILE] [--server-version X.Y.Z]",
  example: "tongbao deploy render --out deploy/rendered",
  async run(argv, out) {
    const [sub, ...rest] = argv;
    if (sub !== "render")
      throw new CliError(
        `unknown deploy command "${sub ?? ""}"`,
        "use `tongbao deploy render --out DIR`",
        EXIT.usage,
      );
    const { values } = parseArgs({
      args: rest,
      options: {
        out: { type: "string" },
        topology: { type: "string", default: "national" },
        "server-version": { type: "string" },
      },
    });
    if (!values.out) throw new CliError("--out DIR is required", undefined, EXIT.usage);
    const topology = await loadTopology(topologyFile(values.topology)).catch((err: unknown) => {
      throw new CliError((err as Error).message);
    });
    // Durable names (and so the grants) depend on the server release they will run on.
    const binary = values["server-version"] ? undefined : await findNatsServerBinary();
    const serverVersion =
      values["server-version"] ?? (binary ? await serverVersionOf(binary) : "2.10.27");
    requireNationalServer(
      serverVersion,
      values["server-version"] ? "--server-version" : (binary ?? "the server"),
    );
    const profiles = await busProfiles(dataLayout(tongbaoHome()).profiles);
    const r = await renderDeployment({ out: values.out, topology, profiles, serverVersion });
    out.log(`rendered for nats-server ${serverVersion} into ${values.out}:`);
    for (const f of r.files) out.log(`  ${f}`);
    out.log(
      "compose: `docker compose up` in that directory; Kubernetes: see deploy/nats/README.md",
    );
    return EXIT.ok;
  },
};
