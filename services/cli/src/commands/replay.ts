import { parseArgs } from "node:util";
import { replay as busReplay, type ReplayPoint, type ReplaySummary } from "@tongbao/bus/read";
import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import {
  CONNECTION_OPTIONS,
  CONNECTION_USAGE,
  actorOf,
  closeQuietly,
  connectBus,
} from "../connection.js";
import { DataSink } from "../data-sink.js";
import { FILTER_OPTIONS, FILTER_USAGE, countOf, filterOf, streamOf, timeOf } from "../filters.js";
import { loadSealedReader, messageJsonLine, needsSealedReader } from "../message-json.js";
import { openCheckpointLog } from "../checkpoint-log.js";
import { ProgressReport } from "../progress.js";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

export const replay: Command = {
  usage:
    "tongbao replay --reason TEXT (--from-seq N [--to-seq N] | --since TIME [--until TIME]) " +
    `([--format jsonl|protobuf] [--output FILE|-] [--no-verify | --full] [--quiet] ${FILTER_USAGE} ` +
    `${TRUST_USAGE} ${CONNECTION_USAGE} | --deliver-to DEPARTMENT-URL ` +
    "[--status live|exercise|test | --stream NAME] [--actor ID] [--json])",
  example:
    'tongbao replay --from-seq 1 --family bulletin --origin miit --reason "incident 2025-0042 review" --output bulletins.jsonl\n' +
    '  tongbao replay --since 2026-11-24T00:00:00Z --deliver-to http://127.0.0.1:18304 --reason "MEM inbox restored from backup"',
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        ...FILTER_OPTIONS,
        reason: { type: "string" },
        "from-seq": { type: "string" },
        "to-seq": { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        format: { type: "string" },
        "deliver-to": { type: "string" },
        output: { type: "string", short: "o" },
        "no-verify": { type: "boolean", default: false },
        full: { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
      },
    });
    const reason = values.reason?.trim();
    if (!reason) {
      throw new CliError(
        "--reason is required: every replay is recorded in the audit trail with who and why",
        'say why, e.g. --reason "incident 2025-0042 review"',
        EXIT.usage,
      );
    }
    const { from, to } = rangeOf(values);
    const stream = streamOf(values);
    if (values["deliver-to"] !== undefined) {
      checkDeliveryOptions(values);
      // Re-delivery speaks the department's API (@tongbao/department): loaded only for it.
      const { redeliverTo, reportRedelivery } = await import("../redelivery.js");
      const nc = await connectBus(values);
      try {
        const { registry, verifier } = await openVerifier(nc, values);
        try {
          const summary = await redeliverTo({
            nc,
            verifier,
            url: values["deliver-to"],
            stream,
            from,
            ...(to ? { to } : {}),
            reason,
            actor: actorOf(values.actor),
          });
          return reportRedelivery(summary, values.json, out);
        } finally {
          await registry.close();
        }
      } finally {
        await closeQuietly(nc);
      }
    }
    const format = values.format ?? "jsonl";
    if (format !== "jsonl" && format !== "protobuf") {
      throw new CliError(`--format "${format}" is not known`, "use jsonl or protobuf", EXIT.usage);
    }
    const filter = filterOf(values);
    const actor = actorOf(values.actor);
    const verify = !values["no-verify"];
    if (!verify && values.full) {
      throw new CliError(
        "--full and --no-verify contradict each other",
        "--full checks every signature; --no-verify checks none",
        EXIT.usage,
      );
    }
    const toStdout = values.output === undefined || values.output === "-";

    const nc = await connectBus(values);
    try {
      // Sealed ranges verify by their checkpoint; --full checks every originator's signature.
      // The registry and the log are read at once: each is a few round trips before output.
      const [opened, log] = await Promise.allSettled([
        openVerifier(nc, values),
        verify && !values.full ? openCheckpointLog(nc, stream, values) : undefined,
      ]);
      if (opened.status === "rejected") throw opened.reason;
      const { registry, verifier } = opened.value;
      if (log.status === "rejected") {
        await registry.close();
        throw log.reason;
      }
      const checkpoints = log.value;
      const sink = await DataSink.open(values.output);
      // Data printed on the terminal would be torn by a bar redrawn on the same screen.
      const dataOnTerminal = toStdout && process.stdout.isTTY === true;
      const progress = new ProgressReport({ quiet: values.quiet || dataOnTerminal });
      const run = busReplay({
        nc,
        verifier,
        stream,
        from,
        ...(to ? { to } : {}),
        filter,
        verify,
        ...(checkpoints ? { checkpoints } : {}),
        full: values.full,
        audit: { actor, reason },
        onProgress: (p) => progress.update(p),
      });
      let summary: ReplaySummary;
      // Ctrl-C ends the iteration, so the bus still writes the closing audit record.
      let interrupted = false;
      const interrupt = () => {
        interrupted = true;
      };
      process.once("SIGINT", interrupt);
      try {
        for await (const m of run) {
          if (interrupted) break;
          // A write returns a promise only when it handed a chunk to the output.
          if (format === "jsonl") {
            if (needsSealedReader(m)) await loadSealedReader();
            const wrote = sink.writeText(`${messageJsonLine(m)}\n`);
            if (wrote) await wrote;
          } else {
            const wrote = sink.writeDelimited(m.data);
            if (wrote) await wrote;
          }
        }
        await sink.close();
        summary = await run.summary;
      } catch (err) {
        if (isTongbaoError(err)) {
          throw new CliError(
            `the replay of ${stream} stopped: ${err.message}`,
            err.code === "TB_ERR_NOT_FOUND"
              ? "check the stream name (--stream, --status); `tongbao status` lists them"
              : "the audit trail holds what was read; run `tongbao replay` again",
          );
        }
        throw err;
      } finally {
        process.off("SIGINT", interrupt);
        progress.end();
        await registry.close();
      }
      report(summary, { json: values.json, toStdout, verify }, out);
      if (interrupted) {
        out.error(
          `interrupted at #${summary.lastSeq}; resume with --from-seq ${summary.lastSeq + 1}`,
        );
        return EXIT.failure;
      }
      return summary.failed > 0 ? EXIT.verification : EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

/**
 * A re-delivery is decided by the department (its own subjects, verified, what it already
 * handled): output and message filters belong to reading a range, not to re-delivering it.
 */
function checkDeliveryOptions(values: Record<string, unknown>): void {
  const apart = [
    "format",
    "output",
    "subject",
    "family",
    "type",
    "origin",
    "recipient",
    "marking",
  ].filter((o) => values[o] !== undefined);
  if (values["no-verify"] === true) apart.push("no-verify");
  if (apart.length > 0) {
    throw new CliError(
      `--deliver-to does not take ${apart.map((o) => `--${o}`).join(", ")}`,
      "the department re-delivers, verified, what of the range is on its own subjects",
      EXIT.usage,
    );
  }
}

function rangeOf(values: {
  "from-seq"?: string | undefined;
  "to-seq"?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}): { from: ReplayPoint; to?: ReplayPoint } {
  const bySeq = values["from-seq"] !== undefined || values["to-seq"] !== undefined;
  const byTime = values.since !== undefined || values.until !== undefined;
  if (bySeq && byTime) {
    throw new CliError(
      "give either a sequence range or a time range, not both",
      "use --from-seq/--to-seq, or --since/--until",
      EXIT.usage,
    );
  }
  if (!bySeq && !byTime) {
    throw new CliError(
      "a replay needs a range",
      "add --from-seq N (and --to-seq N), or --since TIME (and --until TIME)",
      EXIT.usage,
    );
  }
  if (bySeq) {
    const from = countOf("--from-seq", values["from-seq"] ?? "1");
    const to = values["to-seq"] === undefined ? undefined : countOf("--to-seq", values["to-seq"]);
    if (to !== undefined && to < from) {
      throw new CliError(`--to-seq ${to} is before --from-seq ${from}`, undefined, EXIT.usage);
    }
    return { from: { seq: from }, ...(to === undefined ? {} : { to: { seq: to } }) };
  }
  const from = values.since === undefined ? new Date(0) : timeOf("--since", values.since);
  const to = values.until === undefined ? undefined : timeOf("--until", values.until);
  if (to && to < from) {
    throw new CliError("--until is before --since", undefined, EXIT.usage);
  }
  return { from: { time: from }, ...(to ? { to: { time: to } } : {}) };
}

/** The closing summary: on stderr when the data went to stdout, else on stdout. */
function report(
  s: ReplaySummary,
  opts: { json: boolean; toStdout: boolean; verify: boolean },
  out: Output,
): void {
  const say = (line: string) => (opts.toStdout ? out.error(line) : out.log(line));
  if (opts.json) {
    say(
      JSON.stringify({
        stream: s.stream,
        firstSeq: s.firstSeq,
        lastSeq: s.lastSeq,
        scanned: s.scanned,
        matched: s.matched,
        verified: s.verified,
        failed: s.failed,
        gaps: s.gapCount,
        checkpoints: s.checkpoints,
        checkpointed: s.checkpointed,
        complete: s.complete,
        auditSeq: s.auditSeq,
        elapsedMs: s.elapsedMs,
        // Peak resident memory of this process: evidence that memory stayed bounded.
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        failures: s.failures,
        gapList: s.gaps,
      }),
    );
    return;
  }
  const range = s.firstSeq === 0 ? "nothing" : `#${s.firstSeq}–#${s.lastSeq}`;
  say(
    `replayed ${s.stream} ${range}: ${s.scanned} read, ${s.matched} matched, ` +
      (opts.verify
        ? `${s.verified} verified${s.checkpoints > 0 ? ` (${s.checkpointed} by ${s.checkpoints} checkpoints)` : ""}, ${s.failed} failed, `
        : "not verified, ") +
      `${s.gapCount} gaps (audit record #${s.auditSeq})`,
  );
  for (const f of s.failures) say(`  failed #${f.seq} ${f.subject}: ${f.code} ${f.message}`);
  if (s.failed > s.failures.length) say(`  … and ${s.failed - s.failures.length} more failures`);
  for (const g of s.gaps) {
    say(
      `  ${g.kind} in producer ${g.producerId} on ${g.subject}: position ${g.seq} after ${g.lastSeq}` +
        (g.kind === "gap" ? ` (${g.missing} missing)` : ""),
    );
  }
}
