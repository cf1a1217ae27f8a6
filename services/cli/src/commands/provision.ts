import { parseArgs } from "node:util";
import { busProfiles, dataLayout } from "@tongbao/organisations";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { EXIT, type Command } from "../command.js";
import { tongbaoHome } from "../home.js";
import { provisionBus } from "../secure-bus.js";

/**
 * `tongbao provision`: as the operator, everything the bus needs on the server — streams and
 * buckets (with their replicas), the registry's organisations and signing keys, and every
 * organisation's durables with their filters pinned — and a report of what differed.
 */
export const provisionCommand: Command = {
  usage: `tongbao provision [--data-dir DIR] [--profiles DIR] [--replicas N] [--ack-wait-ms MS] [--keep-stale] ${CONNECTION_USAGE}`,
  example: "tongbao provision --replicas 3",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
        replicas: { type: "string", default: "1" },
        "ack-wait-ms": { type: "string" },
        "keep-stale": { type: "boolean", default: false },
      },
    });
    const layout = dataLayout(values["data-dir"]);
    const profiles = await busProfiles(layout.profiles, values.profiles);
    const nc = await connectBus(values, layout.home);
    try {
      const version = nc.info?.version ?? "";
      const r = await provisionBus(nc, layout, profiles, {
        replicas: Number(values.replicas),
        prune: !values["keep-stale"],
        ...(values["ack-wait-ms"] ? { ackWaitMs: Number(values["ack-wait-ms"]) } : {}),
      });
      const report = {
        server: version,
        streams: {
          created: r.topology.created,
          updated: r.topology.updated,
          unchanged: r.topology.unchanged,
        },
        drift: r.topology.drift,
        registry: { organisations: r.registeredOrgs, keys: r.registeredKeys },
        durables: r.durables,
      };
      if (values.json) {
        out.log(JSON.stringify(report, null, 2));
        return EXIT.ok;
      }
      out.log(`server ${version}`);
      out.log(
        `streams   created ${list(report.streams.created)}; updated ${list(report.streams.updated)}; unchanged ${report.streams.unchanged.length}`,
      );
      for (const d of r.topology.drift) {
        out.log(
          `  drift ${d.stream}.${d.field}: wanted ${JSON.stringify(d.wanted)}, is ${JSON.stringify(d.actual)}${d.fixed ? " (fixed)" : ` (left: ${d.reason ?? "not changeable"})`}`,
        );
      }
      out.log(
        `registry  ${r.registeredOrgs.length} organisations and ${r.registeredKeys.length} keys registered now`,
      );
      out.log(
        `durables  ${r.durables.created.length} created, ${r.durables.updated.length} updated, ${r.durables.unchanged.length} unchanged` +
          (r.durables.stale.length
            ? `; stale ${r.durables.stale.join(", ")}${r.durables.deleted.length ? " (deleted)" : " (kept)"}`
            : ""),
      );
      return EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

function list(xs: readonly string[]): string {
  return xs.length ? xs.join(", ") : "none";
}
