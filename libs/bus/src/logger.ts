import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";

/**
 * JSON logs (pino) with key material and secrets redacted wherever they appear in a log
 * object: any field whose name says it holds a secret, and any string carrying a PEM private
 * key, becomes "[REDACTED]". Redaction walks the logged object (a bounded depth) rather than
 * a fixed list of paths, because a private key can turn up nested anywhere in a config or an
 * error's details.
 */

export const REDACTED = "[REDACTED]";

// Field names that hold secrets: private keys, seeds, passwords, tokens, credentials.
const SECRET_NAME =
  /^(private_?key|privatekey|secret|secrets|client_?secret|password|passwd|pass|pwd|token|auth_?token|access_?token|seed|nkey|nkey_?seed|jwt|creds|credentials|authorization|api_?key|key_?material|pem)$/i;
const PEM_PRIVATE = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const MAX_DEPTH = 8;

export interface CreateLoggerOptions {
  /** Service or component name, as the `name` field of every line. */
  name?: string;
  /** Lowest level written (default "info", or TONGBAO_LOG_LEVEL). */
  level?: LoggerOptions["level"];
  /** Fields on every line, e.g. { org: "miit" }. */
  base?: Record<string, unknown>;
  /** Where lines go (default stdout). Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

export function createLogger(opts: CreateLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? process.env["TONGBAO_LOG_LEVEL"] ?? "info",
    base: { ...(opts.name === undefined ? {} : { name: opts.name }), ...opts.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redact(object, 0) as Record<string, unknown>,
      bindings: (bindings) => redact(bindings, 0) as Record<string, unknown>,
    },
  };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

/** A copy of a value with secrets replaced; the input is not changed. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return PEM_PRIVATE.test(value) ? REDACTED : value;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[...]";
  if (value instanceof Error) return redactError(value, depth);
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (isKeyObject(value)) return REDACTED;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_NAME.test(k) ? REDACTED : redact(v, depth + 1);
  }
  return out;
}

function redactError(err: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: err.name,
    message: redact(err.message, depth + 1),
    stack: redact(err.stack, depth + 1),
  };
  for (const [k, v] of Object.entries(err))
    out[k] = SECRET_NAME.test(k) ? REDACTED : redact(v, depth + 1);
  return out;
}

function isKeyObject(v: object): boolean {
  const type = (v as { type?: unknown }).type;
  return (
    v.constructor?.name?.endsWith("KeyObject") === true &&
    (type === "private" || type === "secret" || type === "public")
  );
}
