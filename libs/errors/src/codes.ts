/**
 * Every error code Tongbao raises, with whether retrying can help. This table is the one
 * place that decides what a consumer does with a failed message: a retryable error is
 * nak'ed and redelivered with backoff; any other is quarantined at once and terminated.
 */
export const ERROR_CODES = {
  /** Bytes are not a valid protobuf encoding of the expected message. */
  TB_ERR_DECODE: { retryable: false, summary: "undecodable bytes" },
  /** JSON does not match the message's JSON Schema. */
  TB_ERR_SCHEMA: { retryable: false, summary: "schema violation" },
  /** A contract rule proto3 cannot express is broken (e.g. an incident report without a grade). */
  TB_ERR_CONTRACT: { retryable: false, summary: "contract rule violated" },
  /** The header names a message type the bus does not know. */
  TB_ERR_UNKNOWN_TYPE: { retryable: false, summary: "unknown message type" },
  /** The signature or Merkle inclusion proof does not verify, or the payload digest differs. */
  TB_ERR_SIGNATURE: { retryable: false, summary: "bad signature" },
  /** The signing key is not in the registry. */
  TB_ERR_UNKNOWN_KEY: { retryable: false, summary: "unknown signing key" },
  /** The message was signed with a key after its revocation. */
  TB_ERR_KEY_REVOKED: { retryable: false, summary: "revoked signing key" },
  /** The message was signed outside the key's validity window. */
  TB_ERR_KEY_EXPIRED: { retryable: false, summary: "signing key not valid at signing time" },
  /** The origin in the subject differs from the signed header's source. */
  TB_ERR_ORIGIN_MISMATCH: { retryable: false, summary: "origin differs from signed source" },
  /** The subject does not match the signed header (status, family, sector, recipient). */
  TB_ERR_SUBJECT_MISMATCH: { retryable: false, summary: "subject differs from signed header" },
  /** Drill or test traffic on a live subject, or the reverse. */
  TB_ERR_STATUS_MISMATCH: { retryable: false, summary: "status differs from subject" },
  /** The message expired before it was handled. */
  TB_ERR_EXPIRED: { retryable: false, summary: "expired message" },
  /** The marking forbids this route (e.g. TLP:RED on a broadcast subject). */
  TB_ERR_MARKING: { retryable: false, summary: "marking forbids this route" },
  /** The sender may not do this (e.g. lift another department's warning). */
  TB_ERR_FORBIDDEN: { retryable: false, summary: "not permitted" },
  /** Configuration or a profile is invalid. */
  TB_ERR_CONFIG: { retryable: false, summary: "invalid configuration" },
  /** A request to Tongbao was malformed (bad flag, bad HTTP body). */
  TB_ERR_BAD_REQUEST: { retryable: false, summary: "bad request" },
  /** The thing asked for does not exist. */
  TB_ERR_NOT_FOUND: { retryable: false, summary: "not found" },
  /** The message was delivered more times than allowed. */
  TB_ERR_MAX_DELIVERIES: { retryable: false, summary: "too many delivery attempts" },
  /** The bus cannot be reached now; it will be retried. */
  TB_ERR_UNAVAILABLE: { retryable: true, summary: "bus unavailable" },
  /** An operation took too long; it will be retried. */
  TB_ERR_TIMEOUT: { retryable: true, summary: "timed out" },
  /** A verified message of a family no handler is bound to: kept in quarantine, not acked unseen. */
  TB_ERR_NO_HANDLER: { retryable: false, summary: "no handler for this message type" },
  /** A handler failed in a way that may pass on a later attempt. */
  TB_ERR_HANDLER: { retryable: true, summary: "handler failed" },
  /**
   * The stream refused a published message for good (too large, wrong expected stream, sealed
   * stream, failed expectation): resending cannot help, so the outbox dead-letters it.
   */
  TB_ERR_PUBLISH_REJECTED: { retryable: false, summary: "refused by the stream" },
  /** The local outbox could not store a message: nothing was accepted. */
  TB_ERR_OUTBOX: { retryable: true, summary: "outbox write failed" },
  /** No valid sign-in: the request carries no session, or a wrong name or password. */
  TB_ERR_UNAUTHENTICATED: { retryable: false, summary: "not signed in" },
  /** Too many attempts in a short time (e.g. failed sign-ins): wait, then try again. */
  TB_ERR_RATE_LIMITED: { retryable: true, summary: "too many attempts" },
  /**
   * A checkpoint (a signed tree head over a stream range) does not verify, does not extend the
   * one before it, or no longer matches the messages the stream holds in its range.
   */
  TB_ERR_CHECKPOINT: { retryable: false, summary: "checkpoint does not match" },
  /** A bug: something that should be impossible happened. */
  TB_ERR_INTERNAL: { retryable: false, summary: "internal error" },
} as const satisfies Record<string, { retryable: boolean; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
