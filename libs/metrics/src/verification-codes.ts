import type { ErrorCode } from "@tongbao/errors";

/**
 * The error codes that mean a message did not verify: its signature or inclusion proof, its
 * key (unknown, revoked, outside its window), or the subject it came on (origin, status,
 * route) disagreed with what was signed. Any of these is either a forgery or a broken
 * producer, which is why they are counted apart from other quarantines.
 */
export const VERIFICATION_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "TB_ERR_SIGNATURE",
  "TB_ERR_UNKNOWN_KEY",
  "TB_ERR_KEY_REVOKED",
  "TB_ERR_KEY_EXPIRED",
  "TB_ERR_ORIGIN_MISMATCH",
  "TB_ERR_SUBJECT_MISMATCH",
  "TB_ERR_STATUS_MISMATCH",
]);
