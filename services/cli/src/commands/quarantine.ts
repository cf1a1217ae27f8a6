import { parseArgs } from "node:util";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { headers as natsHeaders, type NatsConnection } from "@nats-io/transport-node";
import {
  AuditLog,
  STREAMS,
  QuarantineHeaders,
  readQuarantineRecord,
  readUnverified,
  type QuarantineRecord,
} from "@tongbao/bus";
import { contractFor, tongbao } from "@tongbao/contracts";
import { readSealedPayload } from "@tongbao/security";
import { CliError, EXIT, type Command, type Output } from "../command.js";
import {
  CONNECTION_OPTIONS,
  CONNECTION_USAGE,
  actorOf,
  closeQuietly,
  connectBus,
} from "../connection.js";
import { countOf, timeOf } from "../filters.js";
import { loadSealedReader, messageJson } from "../message-json.js";
import { readStream } from "../stream-reader.js";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

/** Header on a released copy naming the quarantine record it came from. */
export const RELEASED_FROM = "Tb-Released-From";

export const quarantine: Command = {
  usage:
    "tongbao quarantine list [--origin ORG] [--code CODE] [--since TIME] [--limit N] | " +
    "show SEQ | release SEQ --reason TEXT " +
    `${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example: 'tongbao quarantine release 42 --reason "key registered late; message is genuine"',
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        origin: { type: "string" },
        code: { type: "string" },
        since: { type: "string" },
        limit: { type: "string" },
        reason: { type: "string" },
      },
    });
    const [action, seqText] = positionals;
    if (action !== "list" && action !== "show" && action !== "release") {
      throw new CliError(
        `quarantine needs list, show or release${action ? `, not "${action}"` : ""}`,
        "e.g. `tongbao quarantine list`",
        EXIT.usage,
      );
    }
    const seq = action === "list" ? 0 : countOf("SEQ", seqText ?? "");
    const reason = values.reason?.trim();
    if (action === "release" && !reason) {
      throw new CliError(
        "--reason is required: every release is recorded in the audit trail",
        'e.g. --reason "producer key registered late"',
        EXIT.usage,
      );
    }
    const actor = action === "release" ? actorOf(values.actor) : "";
    const nc = await connectBus(values);
    try {
      if (action === "list") {
        const subject =
          values.origin || values.code
            ? `tbq.${values.origin ?? "*"}.${values.code?.toLowerCase() ?? "*"}`
            : undefined;
        const since = values.since === undefined ? undefined : timeOf("--since", values.since);
        const limit = values.limit === undefined ? 100 : countOf("--limit", values.limit);
        let n = 0;
        for await (const m of readStream(nc, STREAMS.QUARANTINE, { subject, since })) {
          const r = readQuarantineRecord(m);
          if (values.json) out.log(JSON.stringify({ seq: m.seq, ...summaryOf(r) }));
          else
            out.log(
              `#${m.seq} ${r.quarantinedAt} ${r.code} ${r.originalSubject} (${r.stream} #${r.streamSeq}, ` +
                `${r.consumer}): ${r.reason}`,
            );
          if (++n >= limit) break;
        }
        if (!values.json && n === 0) out.log("quarantine is empty for this selection");
        return EXIT.ok;
      }
      const record = await fetchRecord(nc, seq);
      if (action === "show") {
        await loadSealedReader();
        out.log(JSON.stringify(showable(seq, record), null, values.json ? undefined : 2));
        return EXIT.ok;
      }
      return await release(nc, seq, record, { actor, reason: reason ?? "", values }, out);
    } finally {
      await closeQuietly(nc);
    }
  },
};

/**
 * A quarantine record with the storage time of the original message, and the record's own
 * storage time as the stream gave it (RFC 3339, nanoseconds): something only a reader of
 * TB_QUARANTINE knows.
 */
type StoredRecord = QuarantineRecord & { storedAt?: Date; recordTimestamp: string };

async function fetchRecord(nc: NatsConnection, seq: number): Promise<StoredRecord> {
  const jsm = await jetstreamManager(nc);
  const m = await jsm.streams.getMessage(STREAMS.QUARANTINE, { seq }).catch(() => null);
  if (!m) {
    throw new CliError(
      `no quarantine record #${seq}`,
      "`tongbao quarantine list` shows the records and their numbers",
    );
  }
  const record: StoredRecord = {
    ...readQuarantineRecord({ data: m.data, headers: m.header }),
    recordTimestamp: m.timestamp,
  };
  const storedAt = m.header.get(QuarantineHeaders.StoredAt);
  if (storedAt) record.storedAt = new Date(storedAt);
  return record;
}

function summaryOf(
  r: QuarantineRecord & { storedAt?: Date; recordTimestamp?: string },
): Record<string, unknown> {
  const { data: _data, originalHeaders: _headers, storedAt, recordTimestamp: _t, ...rest } = r;
  return { ...rest, ...(storedAt ? { storedAt: storedAt.toISOString() } : {}) };
}

/** The record with what arrived decoded for reading (unverified: it was quarantined). */
function showable(seq: number, r: StoredRecord): Record<string, unknown> {
  const shown: Record<string, unknown> = {
    seq,
    ...summaryOf(r),
    originalHeaders: r.originalHeaders,
  };
  try {
    const { envelope, header } = readUnverified(r.data);
    shown["message"] = messageJson({
      seq: r.streamSeq,
      subject: r.originalSubject,
      storedAt: r.storedAt ?? new Date(r.quarantinedAt),
      header,
      payloadBytes: envelope.payload,
      verified: false,
    });
  } catch (err) {
    shown["undecodable"] = (err as Error).message;
    shown["dataBase64"] = Buffer.from(r.data).toString("base64");
  }
  return shown;
}

/**
 * Re-validates a quarantined message exactly as a consumer would (signature, key window at
 * the original storage time, subject, payload contract) and, if it now passes, publishes the
 * original bytes again to the original subject. The copy carries its origin in a header and
 * a message id derived from the record, so releasing twice stores it once (within the
 * stream's duplicate window), and the release is recorded in TB_AUDIT first. The id includes
 * the record's storage time to the nanosecond: every organisation publishes into the traffic
 * streams, and an id made of the record's number alone could be written first by any of
 * them, so that the stream dropped the release as a duplicate.
 */
async function release(
  nc: NatsConnection,
  seq: number,
  r: StoredRecord,
  opts: { actor: string; reason: string; values: Record<string, unknown> },
  out: Output,
): Promise<number> {
  const { registry, verifier } = await openVerifier(nc, opts.values);
  try {
    const storedAt = r.storedAt;
    let problem: string | undefined;
    try {
      const v = await verifier.verify(r.data, {
        subject: r.originalSubject,
        ...(storedAt ? { storedAt } : {}),
      });
      const contract = contractFor(v.header.type);
      if (!contract) throw new Error(`no contract for type ${v.header.type}`);
      // A TLP:RED payload opens only for its recipients: here its sealed form is checked, and
      // the recipient's consumer opens it once released.
      if (v.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED)
        readSealedPayload(v.payloadBytes);
      else contract.decode(v.payloadBytes);
    } catch (err) {
      problem = (err as Error).message;
    }
    if (problem) {
      out.error(`quarantine #${seq} still fails validation: ${problem}`);
      out.error("  → it stays in quarantine; fix the cause (a key, a contract) and release again");
      return EXIT.verification;
    }
    const js = jetstream(nc);
    const receipt = await new AuditLog(js).write({
      action: "quarantine-release",
      actor: opts.actor,
      reason: opts.reason,
      detail: {
        quarantineSeq: seq,
        subject: r.originalSubject,
        stream: r.stream,
        streamSeq: r.streamSeq,
        code: r.code,
      },
    });
    const h = natsHeaders();
    h.set(RELEASED_FROM, `${STREAMS.QUARANTINE}#${seq}`);
    const ack = await js.publish(r.originalSubject, r.data, {
      headers: h,
      msgID: `release:${STREAMS.QUARANTINE}:${seq}:${r.recordTimestamp}`,
    });
    const result = {
      released: seq,
      subject: r.originalSubject,
      stream: ack.stream,
      seq: ack.seq,
      duplicate: ack.duplicate,
      auditSeq: receipt.seq,
    };
    if (opts.values["json"]) out.log(JSON.stringify(result));
    else
      out.log(
        `released quarantine #${seq} to ${r.originalSubject} as ${ack.stream} #${ack.seq}` +
          `${ack.duplicate ? " (already released)" : ""}; audit record #${receipt.seq}`,
      );
    return EXIT.ok;
  } finally {
    await registry.close();
  }
}
