import type { NatsConnection } from "@nats-io/transport-node";
import type { tongbao } from "@tongbao/contracts";
import type { Logger } from "pino";
import type { Signer } from "../crypto/types.js";
import type { PayloadProtection } from "../envelope/payload-protection.js";
import type { OutboxOptions, OutboxStats } from "../outbox/mod.js";

type Status = tongbao.envelope.v1.Status;
type MarkingInit = tongbao.envelope.v1.Marking.$Properties;
type ReferenceInit = tongbao.envelope.v1.Reference.$Properties;
type Sector = tongbao.common.v1.Sector;

/** One message to publish: its payload and the header facts only the caller knows. */
export interface PublishInput {
  /** Full type name, e.g. "tongbao.incident.v1.IncidentReport". */
  type: string;
  /**
   * The payload. A plain object is the proto3 JSON mapping of the message (enum names,
   * RFC 3339 times, int64 as strings) and is checked against the JSON Schema; an instance of
   * the generated class (`tongbao.x.v1.Y.create(...)`) is encoded as it is; bytes must decode
   * as the type. Contract rules are checked in every case.
   */
  payload: object | Uint8Array;
  status: Status;
  marking: MarkingInit;
  recipients?: readonly string[];
  sectors?: readonly Sector[];
  region?: string;
  correlationId?: string;
  causationId?: string;
  references?: readonly ReferenceInit[];
  expires?: Date;
  /**
   * NATS headers sent with every copy, beside the envelope and outside its signature: the
   * trace context (`traceHeaders()`). Kept in the outbox with the copy, so a resend carries
   * them too. Names beginning "Nats-" belong to the bus and are refused.
   */
  headers?: Readonly<Record<string, string>>;
}

export interface PublishResult {
  /** Header.id, shared by every copy. */
  id: string;
  /** The subjects it went to: one per recipient or per sector. */
  subjects: string[];
  /**
   * The SignedEnvelope of each copy, in the order of `subjects`: the exact bytes the stream
   * will store, so the sender can show what it sent in other formats with the signature on.
   */
  envelopes: Uint8Array[];
}

export interface PublisherOptions {
  nc: NatsConnection;
  signer: Signer;
  /**
   * Id of this producing service instance (letters, digits, ".", "-", "_"). Its chains continue
   * across restarts through the outbox, so one producer id belongs to one outbox directory.
   */
  producerId: string;
  /** Directory of the durable outbox. */
  outboxDir: string;
  /** Most message copies sealed under one signature (256). */
  maxBatch?: number;
  /** Passed on to the outbox (retry delays, in-flight limits...). */
  outbox?: Omit<OutboxOptions, "dir" | "send" | "connection" | "logger">;
  /** PubAck wait per send (5 s). */
  ackTimeoutMs?: number;
  logger?: Logger;
  /** Clock for Header.time. */
  now?: () => Date;
  /** Encrypts payloads whose marking requires it (TLP:RED), before signing. */
  protection?: PayloadProtection;
}

/** The backlog and what the publisher has done since it opened. */
export interface PublisherStats extends OutboxStats {
  /** Messages accepted by publish(). */
  published: number;
  /** Envelopes (copies) sealed. */
  copies: number;
  /** Signatures made: one per group commit. */
  signatures: number;
}
