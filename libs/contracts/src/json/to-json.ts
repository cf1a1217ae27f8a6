import { TongbaoError } from "@tongbao/errors";
import { reflectedType, type Protobuf } from "../reflection.js";
import { durationToJson, timestampToJson, type SecondsNanos } from "./well-known.js";

type Fields = Readonly<Record<string, unknown>>;

const INT64_TYPES = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

/**
 * The proto3 JSON mapping of a message: lowerCamelCase names, fields at their default value
 * left out (unless they track presence), enums as names (unknown numbers as numbers),
 * 64-bit integers as decimal strings, bytes as base64, Timestamp and Duration as strings.
 */
export function messageToJson(typeName: string, message: unknown): Record<string, unknown> {
  return writeMessage(reflectedType(typeName), message, "");
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function writeMessage(
  type: Protobuf.Type,
  message: unknown,
  path: string,
): Record<string, unknown> {
  if (typeof message !== "object" || message === null) {
    throw new TongbaoError("TB_ERR_SCHEMA", `${path || type.name} must be an object`, { path });
  }
  const fields = message as Fields;
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const value = fields[field.name];
    if (value === undefined || value === null) continue;
    if (field.repeated) {
      if (!Array.isArray(value)) {
        const fieldPath = join(path, field.name);
        throw new TongbaoError("TB_ERR_SCHEMA", `${fieldPath} must be an array`, {
          path: fieldPath,
        });
      }
      if (value.length > 0) {
        out[field.name] = value.map((v: unknown, i) =>
          writeValue(field, v, path, `${field.name}[${i}]`),
        );
      }
      continue;
    }
    // Message fields, oneof members and proto3 `optional` fields track presence; other
    // fields at their default value are not written.
    if (!isMessage(field) && field.partOf === null && isDefault(value)) continue;
    out[field.name] = writeValue(field, value, path, field.name);
  }
  return out;
}

function isMessage(field: Protobuf.Field): boolean {
  return field.resolvedType !== null && "fieldsArray" in field.resolvedType;
}

/** proto3 defaults, which the JSON mapping leaves out (shared with the compiled mapping). */
export function isDefault(value: unknown): boolean {
  return (
    value === 0 ||
    value === "" ||
    value === false ||
    (value instanceof Uint8Array && value.length === 0)
  );
}

/**
 * One field's value; its path (`parent` and `name` joined) is made only where it is needed —
 * a nested message's fields and errors — since making it for every field of every message
 * was a good part of what a JSON Lines replay spends here.
 */
function writeValue(field: Protobuf.Field, value: unknown, parent: string, name: string): unknown {
  const target = field.resolvedType;
  if (target !== null && "fieldsArray" in target) {
    const path = join(parent, name);
    const full = target.fullName;
    if (full === ".google.protobuf.Timestamp") return timestampToJson(value as SecondsNanos, path);
    if (full === ".google.protobuf.Duration") return durationToJson(value as SecondsNanos, path);
    return writeMessage(target as Protobuf.Type, value, path);
  }
  if (target !== null) {
    const names = (target as Protobuf.Enum).valuesById;
    return typeof value === "number" ? (names[value] ?? value) : value;
  }
  if (field.type === "bytes") {
    if (!(value instanceof Uint8Array)) {
      const path = join(parent, name);
      throw new TongbaoError("TB_ERR_SCHEMA", `${path} must be bytes`, { path });
    }
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  }
  if (INT64_TYPES.has(field.type)) return String(value);
  if (field.type === "double" || field.type === "float") {
    const n = Number(value);
    return Number.isFinite(n) ? n : String(n);
  }
  return value;
}
