import type { JetStreamClient } from "@nats-io/jetstream";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { uuidv7 } from "../publisher/message-id.js";
import { auditSubject } from "../subjects.js";
import type { AuditEntry, AuditReceipt, AuditRecord } from "./audit-record.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Appends audit records to TB_AUDIT and waits for the stream's ack: an action that must be
 * audited does not start until its record is stored. Each record carries its id as
 * Nats-Msg-Id, so a retried write is stored once.
 */
export class AuditLog {
  constructor(
    private readonly js: JetStreamClient,
    private readonly opts: { timeout?: number } = {},
  ) {}

  async write(entry: AuditEntry): Promise<AuditReceipt> {
    const { time, ...rest } = entry;
    const record: AuditRecord = {
      v: 1,
      id: uuidv7(),
      time: (time ?? new Date()).toISOString(),
      ...rest,
    };
    const subject = auditSubject(record.action, record.actor);
    try {
      const ack = await this.js.publish(subject, encoder.encode(JSON.stringify(record)), {
        msgID: record.id,
        ...(this.opts.timeout === undefined ? {} : { timeout: this.opts.timeout }),
      });
      return { id: record.id, subject, seq: ack.seq };
    } catch (err) {
      if (isTongbaoError(err)) throw err;
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `audit record ${record.action} by ${record.actor} could not be stored: ${String(err)}`,
        { cause: err },
      );
    }
  }
}

/** Parses an audit record read back from TB_AUDIT. Throws TB_ERR_DECODE on anything else. */
export function decodeAuditRecord(data: Uint8Array): AuditRecord {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch (err) {
    throw new TongbaoError("TB_ERR_DECODE", `audit record is not JSON: ${String(err)}`, {
      cause: err,
    });
  }
  const r = value as Partial<AuditRecord> | null;
  if (
    r === null ||
    typeof r !== "object" ||
    r.v !== 1 ||
    typeof r.id !== "string" ||
    typeof r.action !== "string" ||
    typeof r.actor !== "string" ||
    typeof r.time !== "string"
  ) {
    throw new TongbaoError("TB_ERR_DECODE", "audit record lacks v, id, time, action or actor");
  }
  return r as AuditRecord;
}
