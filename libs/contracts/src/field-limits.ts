import { TongbaoError } from "@tongbao/errors";
import { jsonSchemas } from "./codegen.js";
import { reflectedType } from "./reflection.js";

/** What one field may hold, read from the generated JSON Schema. */
interface FieldLimit {
  name: string;
  repeated: boolean;
  maxItems: number;
  maxLength: number | undefined;
  /** Full name of the nested message type, if the field holds one. */
  nested: string | undefined;
}

const TIME_TYPES = new Set(["google.protobuf.Timestamp", "google.protobuf.Duration"]);
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

const plans = new Map<string, readonly FieldLimit[]>();

/**
 * The JSON Schema limits, applied to decoded binary too, so both ways in refuse the same
 * oversized fields. Plans are built once per type from the schema and the reflection.
 */
function planFor(typeName: string): readonly FieldLimit[] {
  let plan = plans.get(typeName);
  if (plan !== undefined) return plan;
  const properties = (jsonSchemas[typeName]?.["properties"] ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  plan = reflectedType(typeName).fieldsArray.map((field): FieldLimit => {
    const schema = properties[field.name] ?? {};
    const value = (field.repeated ? schema["items"] : schema) as
      Record<string, unknown> | undefined;
    const target = field.resolvedType;
    const nested =
      target !== null && "fieldsArray" in target ? target.fullName.replace(/^\./, "") : undefined;
    return {
      name: field.name,
      repeated: field.repeated,
      maxItems: Number(schema["maxItems"] ?? Infinity),
      maxLength: field.type === "string" ? (value?.["maxLength"] as number | undefined) : undefined,
      nested,
    };
  });
  // A field with no list, length or nested limit has nothing to check: it is left out, as
  // the check runs on every message published.
  plan = plan.filter((f) => f.repeated || f.maxLength !== undefined || f.nested !== undefined);
  plans.set(typeName, plan);
  return plan;
}

function tooLarge(typeName: string, path: string, rule: string): TongbaoError {
  return new TongbaoError("TB_ERR_SCHEMA", `${typeName}: ${path} ${rule}`, {
    path,
    details: { type: typeName, rule },
  });
}

/**
 * False for a string with unpaired UTF-16 surrogates: it has no UTF-8 form, so protobuf
 * cannot carry it. String.prototype.isWellFormed (ES2024, in Node 20) answers at once for
 * Latin-1 strings and scans others natively, about ten times faster than a look-around
 * regular expression over Chinese text; the ES2023 lib does not declare it yet.
 */
function wellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

export interface LimitOptions {
  /**
   * Also refuse strings that are not well-formed Unicode. Decoded strings always are (the
   * decoder verifies UTF-8), so only messages about to be encoded need the check.
   */
  unicode?: boolean;
}

/**
 * Throws TB_ERR_SCHEMA for the first string or list over its limit, or a time out of range.
 */
export function checkFieldLimits(
  typeName: string,
  message: unknown,
  options: LimitOptions = {},
): void {
  checkMessage(typeName, message, options.unicode === true, typeName, "");
}

function checkMessage(
  typeName: string,
  message: unknown,
  unicode: boolean,
  rootType: string,
  at: string,
): void {
  const fields = message as Record<string, unknown>;
  if (typeof message !== "object" || message === null) {
    throw tooLarge(rootType, at, "must be a message object");
  }
  for (const limit of planFor(typeName)) {
    const value = fields[limit.name];
    if (value === undefined || value === null) continue;
    if (limit.repeated) {
      if (!Array.isArray(value)) throw tooLarge(rootType, pathOf(at, limit, -1), "must be a list");
      const list = value as readonly unknown[];
      if (list.length > limit.maxItems) {
        throw tooLarge(rootType, pathOf(at, limit, -1), `has more than ${limit.maxItems} entries`);
      }
      for (let i = 0; i < list.length; i++) {
        checkValue(limit, list[i], unicode, rootType, at, i);
      }
    } else {
      checkValue(limit, value, unicode, rootType, at, -1);
    }
  }
}

/** The path of a field (or of entry `index` of a list), made only when it is needed. */
function pathOf(at: string, limit: FieldLimit, index: number): string {
  const path = at === "" ? limit.name : `${at}.${limit.name}`;
  return index < 0 ? path : `${path}[${index}]`;
}

function checkValue(
  limit: FieldLimit,
  value: unknown,
  unicode: boolean,
  rootType: string,
  at: string,
  index: number,
): void {
  if (limit.maxLength !== undefined) {
    if (typeof value !== "string") {
      throw tooLarge(rootType, pathOf(at, limit, index), "must be a string");
    }
    if (characters(value, limit.maxLength) > limit.maxLength) {
      throw tooLarge(
        rootType,
        pathOf(at, limit, index),
        `is longer than ${limit.maxLength} characters`,
      );
    }
    if (unicode && !wellFormed(value)) {
      throw tooLarge(
        rootType,
        pathOf(at, limit, index),
        "is not well-formed Unicode (unpaired surrogate)",
      );
    }
    return;
  }
  if (limit.nested === undefined || value === null) return;
  if (TIME_TYPES.has(limit.nested)) {
    checkTime(limit, value as { seconds?: number; nanos?: number }, rootType, at, index);
    return;
  }
  checkMessage(limit.nested, value, unicode, rootType, pathOf(at, limit, index));
}

/**
 * Length in Unicode characters, as JSON Schema counts it. UTF-16 length is an upper bound,
 * so the exact count is only taken for the rare string that might be too long.
 */
function characters(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function checkTime(
  limit: FieldLimit,
  t: { seconds?: number; nanos?: number },
  rootType: string,
  at: string,
  index: number,
): void {
  const seconds = Number(t.seconds ?? 0);
  const nanos = Number(t.nanos ?? 0);
  if (limit.nested === "google.protobuf.Timestamp") {
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS || nanos < 0 || nanos > 999_999_999) {
      throw tooLarge(
        rootType,
        pathOf(at, limit, index),
        "is a timestamp outside 0001-01-01 to 9999-12-31",
      );
    }
  } else if (Math.abs(seconds) > 315_576_000_000 || Math.abs(nanos) > 999_999_999) {
    throw tooLarge(rootType, pathOf(at, limit, index), "is a duration beyond ±10000 years");
  }
}
