/**
 * An operator action recorded in TB_AUDIT: replays, key changes, consumer resets. Records are
 * JSON (UTF-8, one object per message) so any operator tool can read them without the
 * contracts; the subject `tba.<action>.<actor>` lets a reader filter by action and actor.
 */
export interface AuditRecord {
  /** Format version of this record. */
  v: 1;
  /** UUIDv7 of the record, also its Nats-Msg-Id. */
  id: string;
  /** When the action was recorded (ISO 8601, UTC). */
  time: string;
  /** What was done, a subject token: "replay", "replay-end", "key-revoke"... */
  action: string;
  /** Who did it, a subject token: an operator or service id. */
  actor: string;
  /** Why, in the operator's words; required for replays. */
  reason?: string;
  /** Action-specific facts: the range and filters of a replay, its summary... */
  detail?: Record<string, unknown>;
}

/** What a caller supplies; id and time are filled in when the record is written. */
export type AuditEntry = Omit<AuditRecord, "v" | "id" | "time"> & { time?: Date };

/** A written record and where the stream put it. */
export interface AuditReceipt {
  id: string;
  subject: string;
  /** TB_AUDIT stream sequence of the record. */
  seq: number;
}
