import { JetStreamApiError, type ApiError } from "@nats-io/jetstream";
import {
  createInbox,
  headers,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { inboxPrefixOf } from "../connection-inbox.js";
import { classifyPublishError } from "./jetstream-sender.js";
import { MsgIdHeaders } from "./msg-id-headers.js";
import type { OutboxRecord, OutboxSender, SendResult } from "./types.js";

export interface JetStreamPipelineSenderOptions {
  /** Stream that must store the message (`Nats-Expected-Stream`); a mismatch is permanent. */
  expectedStream?: string;
  /** How long to wait for each PubAck (5 s). */
  timeoutMs?: number;
  /**
   * Prefix of the reply subjects; by default the connection's `inboxPrefix` option, so a
   * user whose permissions allow replies only under its own prefix gets its PubAcks.
   */
  inboxPrefix?: string;
}

interface Waiting {
  record: OutboxRecord;
  sentAt: number;
  resolve: (result: SendResult) => void;
  reject: (err: TongbaoError) => void;
}

/** An outbox sender that also has to be stopped (it holds a subscription and a timer). */
export interface PipelineSender extends OutboxSender {
  /** Unsubscribes; sends still waiting fail as retryable (the outbox keeps their records). */
  stop(): void;
}

/**
 * A JetStream publisher built for pipelining: every message is a plain publish with a reply
 * subject under one wildcard subscription, PubAcks are matched by reply token, and one sweep
 * timer expires the late ones. It speaks the same protocol as `js.publish` (same headers,
 * same PubAck, same errors) without the per-request timer, subscription bookkeeping and error
 * objects the request path allocates, which dominate the client's CPU at high rates.
 */
export function jetStreamPipelineSender(
  nc: NatsConnection,
  opts: JetStreamPipelineSenderOptions = {},
): PipelineSender {
  const timeoutMs = opts.timeoutMs ?? 5_000;
  const inbox = createInbox(opts.inboxPrefix ?? inboxPrefixOf(nc));
  const tokenStart = inbox.length + 1;
  const waiting = new Map<string, Waiting>();
  let nextToken = 0;
  let sweep: NodeJS.Timeout | undefined;

  const settle = (msg: Msg) => {
    const token = msg.subject.slice(tokenStart);
    const w = waiting.get(token);
    if (!w) return; // already timed out: the resend is deduplicated by the stream
    waiting.delete(token);
    if (msg.headers?.hasError) {
      const why = msg.headers.code === 503 ? "no responders" : msg.headers.description;
      w.reject(
        new TongbaoError("TB_ERR_UNAVAILABLE", `publish of ${w.record.msgId} failed: ${why}`, {
          details: { subject: w.record.subject, msgId: w.record.msgId, status: msg.headers.code },
        }),
      );
      return;
    }
    let ack: { stream?: string; duplicate?: boolean; error?: ApiError };
    try {
      ack = msg.json();
    } catch (err) {
      w.reject(classifyPublishError(err, w.record));
      return;
    }
    if (ack.error) w.reject(classifyPublishError(new JetStreamApiError(ack.error), w.record));
    else if (!ack.stream) w.reject(classifyPublishError(new Error("invalid PubAck"), w.record));
    else w.resolve({ duplicate: ack.duplicate === true });
  };

  const subscription: Subscription = nc.subscribe(`${inbox}.*`, {
    callback: (err, msg) => {
      if (!err) settle(msg);
    },
  });

  const expire = () => {
    const now = Date.now();
    // Insertion order is send order: stop at the first one still within its time.
    for (const [token, w] of waiting) {
      if (now - w.sentAt < timeoutMs) break;
      waiting.delete(token);
      w.reject(
        new TongbaoError("TB_ERR_TIMEOUT", `no PubAck for ${w.record.msgId} in time`, {
          details: { subject: w.record.subject, msgId: w.record.msgId },
        }),
      );
    }
    if (waiting.size === 0) {
      clearInterval(sweep);
      sweep = undefined;
    }
  };

  const send = ((record: OutboxRecord) =>
    new Promise<SendResult>((resolve, reject) => {
      const h = headersFor(record, opts.expectedStream);
      const token = (nextToken++).toString(36);
      try {
        nc.publish(record.subject, record.data, { reply: `${inbox}.${token}`, headers: h });
      } catch (err) {
        reject(classifyPublishError(err, record));
        return;
      }
      waiting.set(token, { record, sentAt: Date.now(), resolve, reject });
      sweep ??= setInterval(expire, Math.max(10, timeoutMs / 4));
    })) as PipelineSender;

  send.stop = () => {
    subscription.unsubscribe();
    clearInterval(sweep);
    sweep = undefined;
    for (const w of waiting.values()) {
      w.reject(new TongbaoError("TB_ERR_UNAVAILABLE", "the sender was stopped"));
    }
    waiting.clear();
  };
  return send;
}

/** The NATS headers of one record: its id, the expected stream, its own extra headers. */
function headersFor(record: OutboxRecord, expectedStream: string | undefined): MsgHdrs {
  const plain = expectedStream || record.headers ? undefined : MsgIdHeaders.for(record.msgId);
  if (plain) return plain;
  const h = headers();
  h.set("Nats-Msg-Id", record.msgId);
  if (expectedStream) h.set("Nats-Expected-Stream", expectedStream);
  if (record.headers) for (const key in record.headers) h.set(key, record.headers[key] ?? "");
  return h;
}
