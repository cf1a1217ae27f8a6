import type { NatsConnection } from "@nats-io/transport-node";
import type { Header } from "@tongbao/contracts";
import type { ErrorCode } from "@tongbao/errors";
import type { Logger } from "pino";
import type { MessageVerifier, PayloadProtection } from "../envelope/mod.js";
import type { Acceptance } from "./acceptance.js";
import type { ChainBreak } from "./chain-tracker.js";
import type { Quarantine } from "./quarantine.js";
import type { SeenIds } from "./seen-ids.js";
import type { TraceCarrier } from "../trace/trace-context.js";

/** A verified, decoded message handed to a consumer's handler. */
export interface DeliveredMessage<T = unknown> {
  /** Header.id: the message id, the same for every fan-out copy. */
  id: string;
  /** Header.type, e.g. "tongbao.bulletin.v1.ThreatBulletin". */
  type: string;
  /** Header.source: the organisation that signed it. */
  source: string;
  /** The signed header, decoded. */
  header: Header;
  /**
   * The payload decoded with its contract (rules checked). Undefined when `sealed`: only a
   * consumer whose protection leaves payloads sealed gets such messages.
   */
  payload: T;
  /** The payload stayed encrypted (TLP:RED read by a consumer that is no recipient). */
  sealed?: true;
  /** The exact signed payload bytes. */
  payloadBytes: Uint8Array;
  /**
   * The SignedEnvelope exactly as the stream stored it, for tools that hand the message on
   * and must keep its signature checkable (e.g. a CloudEvent carrying it as an extension).
   */
  envelope?: Uint8Array;
  /** Signed digest of this copy (what the next message in its chain links to). */
  digest: Uint8Array;
  /** Key that signed it. */
  keyId: string;
  subject: string;
  stream: string;
  streamSeq: number;
  /** When the stream stored it. */
  storedAt: Date;
  /** 1 on first delivery. */
  deliveryCount: number;
  /** The trace context the copy carried as NATS headers (not signed: see traceHeaders). */
  trace?: TraceCarrier;
}

export type MessageHandler<T = unknown> = (msg: DeliveredMessage<T>) => Promise<void>;

export interface ConsumerOptions {
  nc: NatsConnection;
  /** Verifies each envelope against the registry; needed unless `acceptance` is given. */
  verifier?: MessageVerifier;
  /**
   * The acceptance step to take every message through, shared with other readers of the same
   * organisation (its re-delivery path): its verifier, producer chains, payload protection,
   * handled ids and clock are used, and `verifier`, `protection`, `seen` and `now` are not.
   */
  acceptance?: Acceptance;
  /**
   * Durable name of this consumer (letters, digits, "-" and "_"). Each filter subject gets
   * its own JetStream durable, `<durable>-<8 hex of the filter's SHA-256>`, because servers
   * before 2.10 allow one filter per consumer; the names are stable for a given filter, so
   * broker permissions can pin them.
   */
  durable?: string;
  /** Subjects to receive, e.g. from `filterSubjects(profile)`; all of one status. */
  filterSubjects?: readonly string[];
  /**
   * Durables the operator created, read as they are (never created or changed): an
   * organisation's, from `durablesOf()` in @tongbao/organisations. Instead of `durable`.
   * One with `replicas: 1` lives on one node, and is away while that node is down: if it does
   * not answer at start, its lane attaches once it does (the others must answer at start).
   */
  durables?: readonly {
    name: string;
    filters: readonly string[];
    domain?: string | undefined;
    replicas?: number | undefined;
  }[];
  handler: MessageHandler;
  /** Stream to read; by default the status stream of the filters (TB_LIVE, TB_EXERCISE, TB_TEST). */
  stream?: string;
  /** Deliveries before a message that keeps failing goes to QUARANTINE (5). */
  maxDeliver?: number;
  /** Redelivery delays in ms after the 1st, 2nd, ... failure; the last repeats. */
  backoff?: readonly number[];
  /** How long the server waits for an ack before redelivering (30 s); extended while a handler runs. */
  ackWaitMs?: number;
  /**
   * Pulled messages per durable whose verification may run ahead of the handler (32).
   */
  verifyAhead?: number;
  /**
   * Handlers per durable at work at once (32; 1 handles one message at a time). They are
   * started in delivery order; each message is acked once its own handler has succeeded.
   */
  inFlight?: number;
  /** Unacknowledged messages per durable at most (256). */
  maxAckPending?: number;
  /** Where rejected messages go; by default TB_QUARANTINE through this connection. */
  quarantine?: Quarantine;
  /** Ids already handled; by default the last 100,000 in memory. */
  seen?: SeenIds;
  /**
   * Called for every gap or fork found in a producer's chain, and when a reported gap closes
   * (kind "gap-closed"); delivery goes on.
   */
  onChainBreak?: (brk: ChainBreak) => void;
  /**
   * How long positions missing from a producer's chain may stay missing before the gap is
   * reported, in ms: after a leader failover, resends can be stored out of order (20 s), and
   * a delivery lost on its way comes again only after the ack wait. By default 20 s more than
   * `ackWaitMs` (50 s); given, it stays as given.
   */
  gapWindowMs?: number;
  /** Messages of one chain seen beyond missing positions before the gap is reported (1,000). */
  gapWindowMessages?: number;
  logger?: Logger;
  /** Clock for expiry checks. */
  now?: () => Date;
  /**
   * Opens payloads sealed for this organisation (TLP:RED) after verification, or leaves them
   * sealed (see PayloadProtection.open). Without one, a TLP:RED message is quarantined with
   * TB_ERR_CONFIG: it can be neither read nor decoded.
   */
  protection?: PayloadProtection;
}

/** Counters since start. */
export interface ConsumerStats {
  received: number;
  handled: number;
  duplicates: number;
  /** Naks after retryable failures. */
  retried: number;
  quarantined: number;
  quarantinedByCode: Partial<Record<ErrorCode, number>>;
  chainBreaks: number;
  /**
   * Messages each durable still had for this consumer after the last one it delivered
   * (the server's num_pending, from the pulls): the consumer lag.
   */
  pendingByDurable: Record<string, number>;
}
