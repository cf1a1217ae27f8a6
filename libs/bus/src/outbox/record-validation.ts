import { TongbaoError } from "@tongbao/errors";
import type { OutboxRecord } from "./types.js";

/** Subject, msgId and map keys are stored with a 16-bit length. */
const MAX_SHORT_STRING = 0xffff;

function bad(path: string, why: string): TongbaoError {
  return new TongbaoError("TB_ERR_BAD_REQUEST", `outbox record ${path} ${why}`, { path });
}

function checkShortString(value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") throw bad(path, "must be a non-empty string");
  if (Buffer.byteLength(value) > MAX_SHORT_STRING) {
    throw bad(path, `is longer than ${MAX_SHORT_STRING} bytes`);
  }
}

function checkMap(map: unknown, path: string): void {
  if (map === undefined) return;
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    throw bad(path, "must be an object of strings");
  }
  for (const [key, value] of Object.entries(map)) {
    checkShortString(key, `${path} key`);
    if (typeof value !== "string") throw bad(`${path}.${key}`, "must be a string");
  }
}

/**
 * Checks records before anything is written, so a bad record is refused up front with the
 * field at fault instead of failing later inside the journal or on the wire.
 */
export function validateRecords(records: readonly OutboxRecord[]): void {
  if (!Array.isArray(records)) throw bad("records", "must be an array");
  for (const [i, record] of records.entries()) {
    const at = `records[${i}]`;
    if (typeof record !== "object" || record === null) throw bad(at, "must be an object");
    checkShortString(record.subject, `${at}.subject`);
    if (/[\s*>]/.test(record.subject)) {
      throw bad(`${at}.subject`, `"${record.subject}" is not a publishable subject`);
    }
    checkShortString(record.msgId, `${at}.msgId`);
    if (!(record.data instanceof Uint8Array)) throw bad(`${at}.data`, "must be a Uint8Array");
    checkMap(record.headers, `${at}.headers`);
    checkMap(record.meta, `${at}.meta`);
  }
}
