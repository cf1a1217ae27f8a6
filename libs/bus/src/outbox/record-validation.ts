import { TongbaoError } from "@tongbao/errors";
import type { OutboxRecord } from "./types.js";

/** Subject, msgId and map keys are stored with a 16-bit length. */
const MAX_SHORT_STRING = 0xffff;
/** UTF-8 takes at most 3 bytes per UTF-16 unit: shorter strings need no byte count. */
const SURELY_SHORT = Math.floor(MAX_SHORT_STRING / 3);
const NOT_PUBLISHABLE = /[\s*>]/;

function bad(path: string, why: string): TongbaoError {
  return new TongbaoError("TB_ERR_BAD_REQUEST", `outbox record ${path} ${why}`, { path });
}

// Paths are built only for the error: this runs for every record the publisher stores.
function shortStringFault(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return "must be a non-empty string";
  if (value.length > SURELY_SHORT && Buffer.byteLength(value) > MAX_SHORT_STRING) {
    return `is longer than ${MAX_SHORT_STRING} bytes`;
  }
  return undefined;
}

function checkMap(map: unknown, i: number, field: string): void {
  if (map === undefined) return;
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    throw bad(`records[${i}].${field}`, "must be an object of strings");
  }
  for (const key in map) {
    if (!Object.hasOwn(map, key)) continue;
    const fault = shortStringFault(key);
    if (fault) throw bad(`records[${i}].${field} key`, fault);
    if (typeof (map as Record<string, unknown>)[key] !== "string") {
      throw bad(`records[${i}].${field}.${key}`, "must be a string");
    }
  }
}

/**
 * Checks records before anything is written, so a bad record is refused up front with the
 * field at fault instead of failing later inside the journal or on the wire.
 */
export function validateRecords(records: readonly OutboxRecord[]): void {
  if (!Array.isArray(records)) throw bad("records", "must be an array");
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as OutboxRecord;
    if (typeof record !== "object" || record === null)
      throw bad(`records[${i}]`, "must be an object");
    let fault = shortStringFault(record.subject);
    if (fault) throw bad(`records[${i}].subject`, fault);
    if (NOT_PUBLISHABLE.test(record.subject)) {
      throw bad(`records[${i}].subject`, `"${record.subject}" is not a publishable subject`);
    }
    fault = shortStringFault(record.msgId);
    if (fault) throw bad(`records[${i}].msgId`, fault);
    if (!(record.data instanceof Uint8Array))
      throw bad(`records[${i}].data`, "must be a Uint8Array");
    checkMap(record.headers, i, "headers");
    checkMap(record.meta, i, "meta");
  }
}
