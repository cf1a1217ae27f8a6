import { reflectedType, type Protobuf } from "../reflection.js";
import { isDefault, messageToJson } from "./to-json.js";
import { durationToJson, fraction, type SecondsNanos } from "./well-known.js";

/**
 * The fast path of the proto3 JSON mapping: `JSON.stringify(messageToJson(type, message))`,
 * byte for byte, written as text by a writer compiled once per message type from its
 * reflection. A JSON Lines replay spent about a quarter of its time walking the reflected
 * fields for every message and then stringifying the objects it built; this does both in
 * one pass over precomputed field writers.
 *
 * It writes only what it recognises — the values decode gives — and gives up on anything
 * else (a value of an unexpected JS type, a timestamp out of range, a type with map
 * fields): then the reflected mapping runs, so its result and its errors stay the only
 * definition of the mapping. `to-json-text.test.ts` holds the two equal.
 */
export function messageToJsonText(typeName: string, message: unknown): string {
  return compiledJsonText(typeName, message) ?? JSON.stringify(messageToJson(typeName, message));
}

/** The compiled writer alone: the text, or undefined where it leaves the message to reflection. */
export function compiledJsonText(typeName: string, message: unknown): string | undefined {
  return writerFor(typeName)?.(message);
}

/** Writes one value as JSON text, or undefined when it is not what the writer expects. */
type ValueWriter = (value: unknown) => string | undefined;

/** A field of a compiled type: its key (`"name":`), where to read it and how to write it. */
interface FieldWriter {
  readonly name: string;
  readonly key: string;
  readonly repeated: boolean;
  /** Message fields, oneof members and proto3 `optional` fields are written even at default. */
  readonly tracksPresence: boolean;
  readonly write: ValueWriter;
}

/** A writer, or null for a type only the reflected mapping writes. */
const writers = new Map<string, ((message: unknown) => string | undefined) | null>();

function writerFor(typeName: string): ((message: unknown) => string | undefined) | undefined {
  let write = writers.get(typeName);
  if (write === undefined) {
    write = compileType(reflectedType(typeName), new Map());
    writers.set(typeName, write);
  }
  return write ?? undefined;
}

/** Gives up on a nested value; caught at the top so the reflected mapping takes over. */
const GIVE_UP = Symbol("give up");

function compileType(
  type: Protobuf.Type,
  compiling: Map<string, (message: unknown) => string | undefined>,
): ((message: unknown) => string | undefined) | null {
  const fields = compileFields(type, compiling);
  if (fields === null) return null;
  return (message) => {
    try {
      return writeMessage(fields, message);
    } catch (err) {
      if (err === GIVE_UP) return undefined;
      throw err;
    }
  };
}

/** Field writers in declaration order (the order the reflected mapping writes them). */
function compileFields(
  type: Protobuf.Type,
  compiling: Map<string, (message: unknown) => string | undefined>,
): FieldWriter[] | null {
  const fields: FieldWriter[] = [];
  // A recursive type refers to itself through this entry while its fields are compiled.
  const self = (message: unknown): string => writeMessage(fields, message);
  compiling.set(type.fullName, self);
  for (const field of type.fieldsArray) {
    // Map fields: no schema has one; the reflected mapping is their definition.
    if ((field as { map?: boolean }).map === true) return null;
    const write = compileValue(field, compiling);
    if (write === null) return null;
    const target = field.resolvedType;
    fields.push({
      name: field.name,
      key: `${JSON.stringify(field.name)}:`,
      repeated: field.repeated,
      tracksPresence: (target !== null && "fieldsArray" in target) || field.partOf !== null,
      write,
    });
  }
  return fields;
}

function writeMessage(fields: readonly FieldWriter[], message: unknown): string {
  if (typeof message !== "object" || message === null) throw GIVE_UP;
  const values = message as Readonly<Record<string, unknown>>;
  let out = "{";
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    let text: string | undefined;
    if (field.repeated) {
      if (!Array.isArray(value)) throw GIVE_UP;
      if (value.length === 0) continue;
      text = "[";
      for (let j = 0; j < value.length; j++) {
        const item = field.write(value[j]);
        if (item === undefined) throw GIVE_UP;
        text += j === 0 ? item : `,${item}`;
      }
      text += "]";
    } else {
      if (!field.tracksPresence && isDefault(value)) continue;
      text = field.write(value);
      if (text === undefined) throw GIVE_UP;
    }
    out += out.length === 1 ? field.key + text : `,${field.key}${text}`;
  }
  return `${out}}`;
}

const INT64_TYPES = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);
const INT32_TYPES = new Set(["int32", "uint32", "sint32", "fixed32", "sfixed32"]);

function compileValue(
  field: Protobuf.Field,
  compiling: Map<string, (message: unknown) => string | undefined>,
): ValueWriter | null {
  const target = field.resolvedType;
  if (target !== null && "fieldsArray" in target) {
    const full = target.fullName;
    if (full === ".google.protobuf.Timestamp") return timestampText;
    if (full === ".google.protobuf.Duration") return wellKnown(durationToJson);
    const known = compiling.get(full);
    if (known !== undefined) return known;
    const fields = compileFields(target as Protobuf.Type, compiling);
    if (fields === null) return null;
    return (value) => writeMessage(fields, value);
  }
  if (target !== null) {
    const names = (target as Protobuf.Enum).valuesById;
    const quoted = new Map<number, string>();
    for (const [id, name] of Object.entries(names)) quoted.set(Number(id), JSON.stringify(name));
    return (value) => {
      if (typeof value !== "number") return undefined;
      return quoted.get(value) ?? finiteNumber(value);
    };
  }
  switch (field.type) {
    case "string":
      return (value) => (typeof value === "string" ? jsonString(value) : undefined);
    case "bool":
      return (value) => (typeof value === "boolean" ? String(value) : undefined);
    case "bytes":
      // Base64 has no character JSON escapes.
      return (value) =>
        value instanceof Uint8Array
          ? `"${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64")}"`
          : undefined;
    case "double":
    case "float":
      // Non-finite values are the strings "NaN", "Infinity" and "-Infinity".
      return (value) =>
        typeof value !== "number"
          ? undefined
          : Number.isFinite(value)
            ? String(value)
            : `"${String(value)}"`;
  }
  if (INT64_TYPES.has(field.type)) {
    // A decimal string; a number's digits need no escape.
    return (value) => (typeof value === "number" ? `"${String(value)}"` : undefined);
  }
  if (INT32_TYPES.has(field.type)) return (value) => finiteNumber(value);
  return null;
}

/**
 * What JSON.stringify may escape in a string: `"`, `\\`, control characters (U+0000–U+001F;
 * \p{Cc} also holds U+007F–U+009F, sent to JSON.stringify too) and lone surrogates (\p{Cs} in
 * a `u` expression matches only unpaired ones; a pair is written as it is by both).
 */
const NEEDS_ESCAPE = /["\\\p{Cc}\p{Cs}]/u;

/**
 * A string as JSON.stringify writes it. Most text on the bus (Chinese prose included) has
 * nothing to escape and is only quoted, which is cheaper than JSON.stringify's copy; any
 * other string goes to JSON.stringify, which alone decides its escapes.
 */
function jsonString(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range proto3 JSON allows. */
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

/**
 * A Timestamp as timestampToJson writes it, the date worked out by arithmetic (days to the
 * civil calendar, proleptic Gregorian as Date is) instead of a Date and toISOString per value,
 * which was a fifth of this writer's time. Anything timestampToJson would refuse, or reads
 * other than as plain integers, is left to it.
 */
function timestampText(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { seconds: s, nanos: n } = value as SecondsNanos;
  const seconds = s ?? 0;
  const nanos = n ?? 0;
  if (typeof seconds !== "number" || typeof nanos !== "number") return undefined;
  if (!Number.isSafeInteger(seconds) || !Number.isInteger(nanos)) return undefined;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS || nanos < 0 || nanos > 999_999_999) {
    return undefined;
  }
  const days = Math.floor(seconds / 86_400);
  const ofDay = seconds - days * 86_400;
  // Howard Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(ofDay / 3600);
  const minute = Math.floor((ofDay % 3600) / 60);
  const second = ofDay % 60;
  return `"${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction(nanos)}Z"`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A number as JSON.stringify writes it (non-finite ones are left to the reflected mapping). */
function finiteNumber(value: unknown): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

/**
 * Duration through the reflected mapping's own function; its text is digits, a sign, `.`
 * and `s`, nothing JSON escapes. Out of range, it throws:
 * the reflected mapping then throws the same error with the field's path.
 */
function wellKnown(toText: (value: SecondsNanos, path: string) => string): ValueWriter {
  return (value) => {
    if (typeof value !== "object" || value === null) return undefined;
    try {
      return `"${toText(value as SecondsNanos, "")}"`;
    } catch {
      return undefined;
    }
  };
}
