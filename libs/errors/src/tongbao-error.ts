import { ERROR_CODES, type ErrorCode } from "./codes.js";

export interface TongbaoErrorOptions {
  /** Dotted path of the offending field, e.g. "payload.grade" or "recipients[2]". */
  path?: string;
  /** Overrides the code's default retryability (e.g. a handler that knows it is permanent). */
  retryable?: boolean;
  cause?: unknown;
  /** Extra facts for logs and quarantine records (never secrets). */
  details?: Record<string, unknown>;
}

/**
 * The one error type Tongbao raises. `code` says what failed, `retryable` what to do about
 * it, `path` which field is at fault. Its JSON form is what HTTP APIs and quarantine
 * records carry.
 */
export class TongbaoError extends Error {
  override name = "TongbaoError";
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly path: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, opts: TongbaoErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.retryable = opts.retryable ?? ERROR_CODES[code].retryable;
    this.path = opts.path;
    this.details = opts.details;
  }

  toJSON(): { code: ErrorCode; message: string; path?: string; retryable: boolean } {
    return {
      code: this.code,
      message: this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      retryable: this.retryable,
    };
  }
}

/** True for any TongbaoError, or one with the given code. */
export function isTongbaoError(err: unknown, code?: ErrorCode): err is TongbaoError {
  return err instanceof TongbaoError && (code === undefined || err.code === code);
}

/**
 * Turns anything thrown into a TongbaoError. Unknown errors from handlers are retryable:
 * a transient failure must not send a valid message to quarantine.
 */
export function toTongbaoError(err: unknown, fallback: ErrorCode = "TB_ERR_HANDLER"): TongbaoError {
  if (err instanceof TongbaoError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new TongbaoError(fallback, message, { cause: err });
}
