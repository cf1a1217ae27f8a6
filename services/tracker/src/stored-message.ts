/** The message types the tracker reads, and the shared shapes and helpers of its state. */
import { timestampMs, type TimestampLike } from "@tongbao/bus";
import type { Header } from "@tongbao/contracts";

export const TYPES = {
  receipt: "tongbao.receipt.v1.Receipt",
  feedback: "tongbao.feedback.v1.HandlingFeedback",
  warning: "tongbao.warning.v1.EarlyWarning",
  incident: "tongbao.incident.v1.IncidentReport",
  rectification: "tongbao.rectification.v1.RectificationNotice",
} as const;

/** One stored message as the tracker sees it, from the live consumer or a replay alike. */
export interface StoredMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  header: Header;
  /**
   * The payload decoded with its contract; undefined when it is sealed (TLP:RED, encrypted to
   * its named recipients): the tracker then works from the signed header alone.
   */
  payload: object | undefined;
}

/** KV keys of the records (message, incident, warning, refused, cursor). */
export const keys = {
  message: (id: string) => `msg.${id}`,
  incident: (id: string) => `inc.${Buffer.from(id).toString("base64url")}`,
  warning: (id: string) => `warn.${id}`,
  refused: (id: string) => `refused.${id}`,
  cursor: "cursor",
};

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function timeOf(ts: TimestampLike | null | undefined): number | undefined {
  return timestampMs(ts) || undefined;
}
