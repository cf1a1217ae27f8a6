import type { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";

/** One message handed to the outbox: where it goes, its dedup id, its bytes. */
export interface OutboxRecord {
  /** NATS subject it is published on. */
  subject: string;
  /** Deterministic id sent as `Nats-Msg-Id`, so a resend is deduplicated by the stream. */
  msgId: string;
  /** The exact bytes to publish (a serialised SignedEnvelope). */
  data: Uint8Array;
  /** Extra NATS headers (small). */
  headers?: Record<string, string>;
  /**
   * Small state the producer wants to survive restarts with this record, e.g. the producer
   * chain position on this subject. The latest meta per subject is returned by
   * {@link Outbox.chainState} after a reopen. Never sent on the wire.
   */
  meta?: Record<string, string>;
}

/** What the stream answered for one record. */
export interface SendResult {
  /** True when the stream already held this msgId: the record is delivered all the same. */
  duplicate: boolean;
}

/**
 * Publishes one record and resolves on the stream's ack. Throws on failure: a TongbaoError
 * with `retryable === false` is permanent (the record goes to the dead-letter file); any
 * other error is retried with backoff.
 */
export type OutboxSender = (record: OutboxRecord) => Promise<SendResult>;

/** The part of a NATS connection the outbox watches to pause while it is down. */
export interface ConnectionStatusSource {
  status(): AsyncIterable<{ type: string }>;
}

export interface OutboxOptions {
  /** Directory holding the journal segments, `chains.json` and `dead-letter.jsonl`. */
  dir: string;
  /** How records reach the stream; usually {@link jetStreamSender}. */
  send: OutboxSender;
  /** Size at which the active journal segment is closed and a new one begun (64 MiB). */
  segmentBytes?: number;
  /** Most records awaiting a PubAck at once (1024). */
  maxInFlight?: number;
  /** Most payload bytes awaiting a PubAck at once (16 MiB). */
  maxInFlightBytes?: number;
  /**
   * Payload bytes of pending records kept in memory (64 MiB); the rest stay on disk only and
   * are read back when their turn to be sent comes, so a long outage cannot exhaust memory.
   */
  maxResidentBytes?: number;
  /** First retry delay after a failed send, doubled per attempt with jitter (100 ms). */
  retryInitialMs?: number;
  /** Longest retry delay (5 s). */
  retryMaxMs?: number;
  /**
   * The NATS connection the sender uses. When given, sending pauses on `disconnect` and
   * resumes at once on `reconnect` instead of waiting out a backoff.
   */
  connection?: ConnectionStatusSource;
  logger?: Logger;
}

/** The backlog as the outbox sees it now. */
export interface OutboxStats {
  /** Records durable in the outbox and not yet acknowledged by the stream (incl. in flight). */
  pending: number;
  /** Records sent and awaiting their PubAck. */
  inFlight: number;
  /** Payload bytes of the pending records. */
  bytes: number;
  /** Age of the oldest pending record, 0 when there is none. */
  oldestAgeMs: number;
  /** Records acknowledged by the stream since this outbox was opened. */
  sent: number;
  /** Of `sent`, those the stream reported as duplicates (an earlier send had landed). */
  duplicates: number;
  /** Failed send attempts that will be retried, since open. */
  retries: number;
  /** Records moved to the dead-letter file since open. */
  failedPermanently: number;
  /** False while the bus looks unreachable (connection down or sends failing). */
  connected: boolean;
}

/** A record the stream refused for good, as written to `dead-letter.jsonl`. */
export interface DeadLetter {
  seq: number;
  subject: string;
  msgId: string;
  headers?: Record<string, string>;
  meta?: Record<string, string>;
  /** The payload, base64. */
  data: string;
  enqueuedAt: string;
  failedAt: string;
  reason: ReturnType<TongbaoError["toJSON"]>;
}

/** Latest `meta` written per subject, with the outbox sequence of the record that carried it. */
export interface ChainEntry {
  seq: number;
  meta: Record<string, string>;
}

export type ChainState = ReadonlyMap<string, ChainEntry>;

/** Events an outbox emits. `stats` is throttled; the others fire once per occurrence. */
export interface OutboxEvents {
  stats: (stats: OutboxStats) => void;
  "dead-letter": (letter: DeadLetter) => void;
}
