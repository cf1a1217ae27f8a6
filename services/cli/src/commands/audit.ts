import { parseArgs } from "node:util";
import { STREAMS } from "@tongbao/bus";
import { AuditCheck, type CheckedRecord } from "../audit-check.js";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { countOf, timeOf } from "../filters.js";
import { readStream } from "../stream-reader.js";
import { TRUST_OPTIONS, TRUST_USAGE, adminKeys } from "../trust.js";

export const audit: Command = {
  usage:
    "tongbao audit [--action ACTION] [--by ACTOR] [--from-seq N | --since TIME] [--limit N] " +
    `${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example: "tongbao audit --action replay --since 2025-06-01T00:00:00Z",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        action: { type: "string" },
        by: { type: "string" },
        "from-seq": { type: "string" },
        since: { type: "string" },
        limit: { type: "string" },
      },
    });
    if (values["from-seq"] !== undefined && values.since !== undefined) {
      throw new CliError("give --from-seq or --since, not both", undefined, EXIT.usage);
    }
    const fromSeq =
      values["from-seq"] === undefined ? undefined : countOf("--from-seq", values["from-seq"]);
    const since = values.since === undefined ? undefined : timeOf("--since", values.since);
    const limit = values.limit === undefined ? undefined : countOf("--limit", values.limit);
    const filtered = values.action !== undefined || values.by !== undefined;
    const subject = filtered ? `tba.${values.action ?? "*"}.${values.by ?? "*"}` : undefined;
    // Registry changes are checked when the admin keys are at hand; otherwise counted unchecked.
    const keys = await adminKeys(values).catch((err: unknown) => {
      if (err instanceof CliError) return undefined;
      throw err;
    });

    const nc = await connectBus(values);
    try {
      let check: AuditCheck | undefined;
      let shown = 0;
      for await (const m of readStream(nc, STREAMS.AUDIT, { subject, fromSeq, since })) {
        // Holes can only be judged on the unfiltered sequence, from where reading began.
        check ??= new AuditCheck(keys, filtered ? undefined : since ? m.seq : (fromSeq ?? 1));
        const checked = await check.check(m.seq, m.subject, m.data);
        show(checked, values.json, out);
        if (limit !== undefined && ++shown >= limit) break;
      }
      const summary = (check ?? new AuditCheck(undefined, undefined)).finish();
      if (values.json) out.log(JSON.stringify({ summary }));
      else {
        const gapCount = summary.gaps.reduce((n, g) => n + g.missing, 0);
        out.log(
          `\n${summary.records} records: ${summary.verified} verified, ${summary.failed} failed, ` +
            `${gapCount} missing` +
            (summary.unchecked
              ? `, ${summary.unchecked} registry events unchecked (no admin key)`
              : "") +
            (summary.openReplays.length
              ? `, ${summary.openReplays.length} replays without an end record`
              : ""),
        );
        for (const g of summary.gaps) out.log(`  ${g.missing} records missing after #${g.after}`);
      }
      return summary.failed > 0 || summary.gaps.length > 0 ? EXIT.verification : EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

function show(c: CheckedRecord, json: boolean, out: Output): void {
  if (json) {
    out.log(
      JSON.stringify({
        seq: c.seq,
        subject: c.subject,
        ...(c.record ? { record: c.record } : {}),
        ...(c.problem ? { problem: c.problem } : {}),
      }),
    );
    return;
  }
  const r = c.record;
  const line = r
    ? `#${c.seq} ${r.time} ${r.action} by ${r.actor}${r.reason ? ` — ${r.reason}` : ""}`
    : `#${c.seq} ${c.subject}`;
  out.log(c.problem ? `${line}\n  FAILED: ${c.problem}` : line);
}
