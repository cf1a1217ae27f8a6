import {
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamPublishOptions,
} from "@nats-io/jetstream";
import { headers } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import type { OutboxRecord, OutboxSender } from "./types.js";

export interface JetStreamSenderOptions {
  /** Stream that must store the message (`Nats-Expected-Stream`); a mismatch is permanent. */
  expectedStream?: string;
  /** How long to wait for each PubAck (5 s). */
  timeoutMs?: number;
}

/*
 * JetStream API error codes for a publish that no resend can fix. Everything else (no
 * responders while the stream's server restarts, timeouts, a full stream with discard-new,
 * "duplicate message id is in process", cluster leader changes) is worth retrying.
 */
const PERMANENT_API_CODES = new Map<number, string>([
  [10054, "message larger than the stream allows"],
  [10060, "expected stream does not match"],
  [10063, "expected stream sequence does not match"],
  [10070, "expected last message id does not match"],
  [10071, "expected last sequence does not match"],
  [10164, "expected last sequence does not match"],
  [10097, "headers larger than the stream allows"],
  [10109, "stream is sealed"],
  [10165, "invalid per-message TTL"],
  [10166, "per-message TTL is disabled on the stream"],
]);

/** Client-side refusals: the message can never be sent as it is. */
const PERMANENT_CLIENT_ERRORS = new Set([
  "InvalidArgumentError",
  "InvalidSubjectError",
  "PermissionViolationError",
]);

/**
 * Turns a failed JetStream publish into a TongbaoError whose `retryable` flag tells the
 * outbox what to do: retry with backoff, or dead-letter the record.
 */
export function classifyPublishError(err: unknown, record: OutboxRecord): TongbaoError {
  const details = { subject: record.subject, msgId: record.msgId };
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof JetStreamApiError) {
    const why = PERMANENT_API_CODES.get(err.code);
    if (why) {
      return new TongbaoError(
        "TB_ERR_PUBLISH_REJECTED",
        `stream refused ${record.msgId} on ${record.subject}: ${why} (${message})`,
        { cause: err, details: { ...details, apiCode: err.code } },
      );
    }
    return new TongbaoError("TB_ERR_UNAVAILABLE", `publish of ${record.msgId} failed: ${message}`, {
      cause: err,
      details: { ...details, apiCode: err.code },
    });
  }
  const name = err instanceof Error ? err.name : "";
  if (PERMANENT_CLIENT_ERRORS.has(name)) {
    return new TongbaoError(
      "TB_ERR_PUBLISH_REJECTED",
      `${record.msgId} on ${record.subject} cannot be published: ${message}`,
      { cause: err, details },
    );
  }
  if (name === "TimeoutError") {
    return new TongbaoError("TB_ERR_TIMEOUT", `no PubAck for ${record.msgId} in time`, {
      cause: err,
      details,
    });
  }
  return new TongbaoError("TB_ERR_UNAVAILABLE", `publish of ${record.msgId} failed: ${message}`, {
    cause: err,
    details,
  });
}

/**
 * The outbox sender for JetStream: an async publish with the record's id as `Nats-Msg-Id`,
 * so a resend after a lost ack or a crash is stored once. A PubAck marked duplicate counts
 * as delivered.
 */
export function jetStreamSender(
  js: JetStreamClient,
  opts: JetStreamSenderOptions = {},
): OutboxSender {
  const timeout = opts.timeoutMs ?? 5_000;
  const expect = opts.expectedStream ? { streamName: opts.expectedStream } : undefined;
  return async (record) => {
    const options: Partial<JetStreamPublishOptions> = { msgID: record.msgId, timeout };
    if (expect) options.expect = expect;
    if (record.headers) {
      const h = headers();
      for (const key in record.headers) h.set(key, record.headers[key] ?? "");
      options.headers = h;
    }
    try {
      const ack = await js.publish(record.subject, record.data, options);
      return { duplicate: ack.duplicate };
    } catch (err) {
      throw classifyPublishError(err, record);
    }
  };
}
