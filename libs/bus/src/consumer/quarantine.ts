import { randomBytes } from "node:crypto";
import type { JetStreamClient } from "@nats-io/jetstream";
import { headers as natsHeaders, type MsgHdrs } from "@nats-io/transport-node";
import { TongbaoError, isTongbaoError, type ErrorCode } from "@tongbao/errors";
import { parseSubject, quarantineSubject } from "../subjects.js";

/**
 * NATS headers of a quarantine record. The record's data is the original message's bytes,
 * untouched; everything about why and where it came from travels in these headers.
 */
export const QuarantineHeaders = {
  Code: "Tb-Quarantine-Code",
  Reason: "Tb-Quarantine-Reason",
  Path: "Tb-Quarantine-Path",
  Subject: "Tb-Original-Subject",
  Stream: "Tb-Original-Stream",
  StreamSeq: "Tb-Original-Seq",
  StoredAt: "Tb-Original-Time",
  Deliveries: "Tb-Delivery-Count",
  Consumer: "Tb-Consumer",
  QuarantinedAt: "Tb-Quarantined-At",
  /** Prefix under which every header of the original message is kept. */
  OriginalHeaderPrefix: "Tb-Original-Header-",
} as const;

/** One message to set aside, with the reason. */
export interface QuarantineEntry {
  reason: TongbaoError;
  subject: string;
  stream: string;
  streamSeq: number;
  storedAt?: Date;
  deliveryCount: number;
  consumer: string;
  data: Uint8Array;
  headers?: MsgHdrs | undefined;
}

/** A quarantine record read back from TB_QUARANTINE. */
export interface QuarantineRecord {
  code: ErrorCode | string;
  reason: string;
  path?: string;
  originalSubject: string;
  stream: string;
  streamSeq: number;
  deliveryCount: number;
  consumer: string;
  quarantinedAt: string;
  /** Headers of the original message, by name. */
  originalHeaders: Record<string, string>;
  /** The original bytes, exactly as stored. */
  data: Uint8Array;
}

/**
 * Writes rejected messages to TB_QUARANTINE on `tbq.<origin>.<code>`. The origin is the
 * subject's (which broker permissions vouch for), not the header's (which may be forged).
 *
 * The record's Nats-Msg-Id is `q:<stream>:<seq>:<consumer>:<nonce>`, the nonce drawn once per
 * Quarantine: a retry of the same record from this process is stored once, while every
 * consumer that refuses a message keeps its own record. The stream's duplicate window is
 * shared by every writer of TB_QUARANTINE, and every organisation may write there, so an id
 * anybody could compute (`q:<stream>:<seq>` alone) let one organisation write a record under
 * the id of a message another was about to refuse, and the stream dropped the real record
 * as a duplicate. After a crash between the write and the term, the redelivered message gets
 * a second record (same stream, sequence and consumer): readers may take them as one.
 */
export class Quarantine {
  readonly #nonce = randomBytes(12).toString("base64url");

  constructor(
    private readonly js: JetStreamClient,
    private readonly opts: { timeout?: number } = {},
  ) {}

  /** Stores the record and resolves on the stream's ack; throws TB_ERR_UNAVAILABLE if it cannot. */
  async put(entry: QuarantineEntry, now: Date = new Date()): Promise<{ subject: string }> {
    const code = entry.reason.code;
    const subject = quarantineSubject(originOf(entry.subject), code);
    const h = natsHeaders();
    h.set(QuarantineHeaders.Code, code);
    h.set(QuarantineHeaders.Reason, headerValue(entry.reason.message));
    if (entry.reason.path) h.set(QuarantineHeaders.Path, headerValue(entry.reason.path));
    h.set(QuarantineHeaders.Subject, headerValue(entry.subject));
    h.set(QuarantineHeaders.Stream, entry.stream);
    h.set(QuarantineHeaders.StreamSeq, String(entry.streamSeq));
    if (entry.storedAt) h.set(QuarantineHeaders.StoredAt, entry.storedAt.toISOString());
    h.set(QuarantineHeaders.Deliveries, String(entry.deliveryCount));
    h.set(QuarantineHeaders.Consumer, entry.consumer);
    h.set(QuarantineHeaders.QuarantinedAt, now.toISOString());
    if (entry.headers) {
      for (const [name, values] of entry.headers) {
        for (const v of values) h.append(QuarantineHeaders.OriginalHeaderPrefix + name, v);
      }
    }
    try {
      await this.js.publish(subject, entry.data, {
        headers: h,
        msgID: `q:${entry.stream}:${entry.streamSeq}:${entry.consumer}:${this.#nonce}`,
        ...(this.opts.timeout === undefined ? {} : { timeout: this.opts.timeout }),
      });
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `cannot quarantine ${entry.stream} #${entry.streamSeq}: ${String(err)}`,
        { cause: err },
      );
    }
    return { subject };
  }
}

/** Reads a quarantine record (as delivered from TB_QUARANTINE). */
export function readQuarantineRecord(msg: {
  data: Uint8Array;
  headers?: MsgHdrs | undefined;
}): QuarantineRecord {
  const h = msg.headers;
  const code = h?.get(QuarantineHeaders.Code);
  if (!h || !code) {
    throw new TongbaoError("TB_ERR_DECODE", "message is not a quarantine record", {
      path: `headers.${QuarantineHeaders.Code}`,
    });
  }
  const originalHeaders: Record<string, string> = {};
  for (const [name, values] of h) {
    if (name.startsWith(QuarantineHeaders.OriginalHeaderPrefix) && values[0] !== undefined) {
      originalHeaders[name.slice(QuarantineHeaders.OriginalHeaderPrefix.length)] = values[0];
    }
  }
  const path = h.get(QuarantineHeaders.Path);
  return {
    code,
    reason: h.get(QuarantineHeaders.Reason),
    ...(path ? { path } : {}),
    originalSubject: h.get(QuarantineHeaders.Subject),
    stream: h.get(QuarantineHeaders.Stream),
    streamSeq: Number(h.get(QuarantineHeaders.StreamSeq)),
    deliveryCount: Number(h.get(QuarantineHeaders.Deliveries)),
    consumer: h.get(QuarantineHeaders.Consumer),
    quarantinedAt: h.get(QuarantineHeaders.QuarantinedAt),
    originalHeaders,
    data: msg.data,
  };
}

function originOf(subject: string): string | undefined {
  try {
    return parseSubject(subject).origin;
  } catch (err) {
    if (isTongbaoError(err)) return undefined;
    throw err;
  }
}

/** Header values are one line of printable text; reasons can quote anything. */
function headerValue(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, " ").replace(/[^\x20-\x7e\u00a0-\uffff]/g, "?");
  return flat.length > 1024 ? `${flat.slice(0, 1021)}...` : flat;
}
