/** One verified delivery as the department's systems see it (the SSE `data`). */
export interface InboxEntry {
  /** Position in this department's inbox: the SSE event id, 1, 2, 3... */
  n: number;
  id: string;
  type: string;
  source: string;
  subject: string;
  /** Addressed to this department (receipted) or a broadcast it follows. */
  addressed: boolean;
  stream: string;
  streamSeq: number;
  storedAt: string;
  status: string;
  tlp: string;
  recipients: string[];
  sectors: string[];
  correlationId: string;
  causationId: string;
  keyId: string;
  /** The message's signed digest (base64), which a receipt names. */
  digest?: string;
  /** The header's region code (GB/T 2260), when set. */
  region?: string;
  /** The payload in the proto3 JSON mapping. */
  payload: Record<string, unknown>;
  /**
   * The SignedEnvelope as the stream stored it, base64: the signed header and payload, so the
   * entry can be handed on in other formats (CloudEvents, CAP) with its signature checkable.
   * Not part of the default JSON view (`publicEntry`); entries journalled before it have none.
   */
  envelope?: string;
  /** Set when an operator's replay (POST /replay), not the live consumer, delivered it. */
  replay?: true;
}

/** Journal lines: a delivery, then what was done about it. */
export type JournalLine =
  | ({ kind: "delivered" } & InboxEntry)
  | { kind: "receipted"; id: string; receiptId: string }
  | { kind: "acted"; id: string; behaviour: string; messageId: string }
  | { kind: "handled"; id: string };

/** A message this department published (its own outbox's view). */
export interface SentMessage {
  id: string;
  type: string;
  status: string;
  tlp: string;
  recipients: string[];
  sectors: string[];
  subjects: string[];
  causationId: string;
  publishedAt: string;
  /** Set when a behaviour, not the department's systems, sent it. */
  behaviour?: string;
  /**
   * The SignedEnvelope of its first copy, base64, as the stream will store it: what its
   * views in the field's standards (CloudEvents, CAP, STIX) are made from. Messages sent
   * before envelopes were kept have none.
   */
  envelope?: string;
  /** A TLP:RED payload in clear (proto3 JSON): the envelope holds only its ciphertext. */
  payload?: Record<string, unknown>;
}
