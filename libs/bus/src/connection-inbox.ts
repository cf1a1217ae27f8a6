import type { NatsConnection } from "@nats-io/transport-node";

/**
 * The `inboxPrefix` a connection was opened with (nats.js keeps its options on the object).
 * Replies must go under it: a user whose permissions allow replies only under its own prefix
 * gets nothing on a default `_INBOX`.
 */
export function inboxPrefixOf(nc: NatsConnection): string | undefined {
  const options = (nc as { options?: { inboxPrefix?: unknown } }).options;
  return typeof options?.inboxPrefix === "string" ? options.inboxPrefix : undefined;
}
