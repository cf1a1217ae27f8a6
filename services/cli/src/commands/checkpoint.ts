import { parseArgs } from "node:util";
import { AdminKeys, CheckpointLog, sealCheckpoints, type Checkpoint } from "@tongbao/bus";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import {
  CONNECTION_OPTIONS,
  CONNECTION_USAGE,
  actorOf,
  closeQuietly,
  connectBus,
} from "../connection.js";
import { countOf, streamOf } from "../filters.js";
import {
  TRUST_OPTIONS,
  TRUST_USAGE,
  adminKeyPath,
  adminKeys,
  loadAdminSigner,
  openVerifier,
} from "../trust.js";

export const checkpoint: Command = {
  usage:
    "tongbao checkpoint [--status live|exercise|test | --stream NAME] [--to-seq N] " +
    `[--max-messages N] [--reason TEXT] [--list] ${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example:
    "tongbao checkpoint --status live\n" + "  tongbao checkpoint --status live --list --json",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        status: { type: "string" },
        stream: { type: "string" },
        "to-seq": { type: "string" },
        "max-messages": { type: "string" },
        reason: { type: "string" },
        list: { type: "boolean", default: false },
      },
    });
    const stream = streamOf(values);
    const toSeq =
      values["to-seq"] === undefined ? undefined : countOf("--to-seq", values["to-seq"]);
    const maxMessages =
      values["max-messages"] === undefined
        ? undefined
        : countOf("--max-messages", values["max-messages"]);
    const nc = await connectBus(values);
    try {
      if (values.list) {
        const log = await CheckpointLog.open({
          nc,
          stream,
          admins: new AdminKeys(await adminKeys(values)),
        }).catch(stopped(stream));
        for (const c of log.checkpoints) say(out, values.json, c);
        if (!values.json) {
          out.log(
            `${log.checkpoints.length} checkpoints of ${stream}, every signature and consistency proof checked`,
          );
        }
        return EXIT.ok;
      }
      // The signer is the registry admin, who alone may write the checkpoint bucket's key.
      const signer = await loadAdminSigner(adminKeyPath(values));
      const { registry, verifier } = await openVerifier(nc, values);
      try {
        const report = await sealCheckpoints({
          nc,
          verifier,
          signer,
          admins: new AdminKeys(await adminKeys(values)),
          stream,
          ...(toSeq === undefined ? {} : { toSeq }),
          ...(maxMessages === undefined ? {} : { maxMessages }),
          audit: {
            actor: actorOf(values.actor),
            reason: values.reason?.trim() || `seal checkpoints of ${stream}`,
          },
        }).catch(stopped(stream));
        for (const c of report.sealed) say(out, values.json, c);
        if (!values.json) {
          out.log(
            report.sealed.length === 0
              ? `nothing to seal: ${stream} has no message after #${report.lastSeq}`
              : `sealed ${report.sealed.length} checkpoints of ${stream} through #${report.lastSeq} (${report.total} in all)` +
                  (report.excluded > 0
                    ? `; ${report.excluded} messages failed verification and were left out`
                    : ""),
          );
        }
        return report.excluded > 0 ? EXIT.verification : EXIT.ok;
      } finally {
        await registry.close();
      }
    } finally {
      await closeQuietly(nc);
    }
  },
};

function say(out: Output, json: boolean, c: Checkpoint): void {
  if (json) {
    out.log(
      JSON.stringify({
        stream: c.stream,
        index: c.index,
        firstSeq: c.firstSeq,
        lastSeq: c.lastSeq,
        size: c.size,
        rangeRoot: c.rangeRoot.toString("hex"),
        treeSize: c.treeSize,
        treeRoot: c.treeRoot.toString("hex"),
        excluded: c.excluded,
        time: c.time.toISOString(),
        keyId: c.keyId,
      }),
    );
    return;
  }
  out.log(
    `checkpoint ${c.index}: #${c.firstSeq}–#${c.lastSeq}, ${c.size} messages, tree ${c.treeSize} ` +
      `root ${c.treeRoot.toString("hex").slice(0, 16)}…, signed by ${c.keyId} at ${c.time.toISOString()}` +
      (c.excluded.length > 0 ? `, left out ${c.excluded.map((s) => `#${s}`).join(" ")}` : ""),
  );
}

function stopped(stream: string) {
  return (err: unknown): never => {
    if (
      isTongbaoError(err) &&
      (err.code === "TB_ERR_CHECKPOINT" || err.code === "TB_ERR_NOT_FOUND")
    ) {
      throw new CliError(
        `the checkpoints of ${stream}: ${err.message}`,
        err.code === "TB_ERR_NOT_FOUND"
          ? "provision the bus (`tongbao provision`) so that the checkpoint bucket exists"
          : "the stored log does not verify: do not seal on top of it; tell the operator",
        err.code === "TB_ERR_CHECKPOINT" ? EXIT.verification : EXIT.failure,
      );
    }
    throw err;
  };
}
