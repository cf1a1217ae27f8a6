import { TongbaoError } from "@tongbao/errors";
import { reflectedType, type Protobuf } from "../reflection.js";
import { validateJson } from "./validators.js";
import { durationFromJson, timestampFromJson } from "./well-known.js";

const INT64_TYPES = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

/**
 * Validates JSON against the type's JSON Schema, then converts the proto3 JSON mapping into
 * the properties the generated code takes. Throws TB_ERR_SCHEMA naming the field.
 */
export function messageFromJson(typeName: string, json: unknown): Record<string, unknown> {
  validateJson(typeName, json);
  return readMessage(reflectedType(typeName), json as Record<string, unknown>, "");
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function readMessage(
  type: Protobuf.Type,
  json: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(json)) {
    const field = type.fields[name];
    // The schema has already refused unknown names; this guards the types below.
    if (field === undefined) continue;
    const fieldPath = join(path, name);
    out[name] = field.repeated
      ? (value as unknown[]).map((v, i) => readValue(field, v, `${fieldPath}[${i}]`))
      : readValue(field, value, fieldPath);
  }
  return out;
}

function readValue(field: Protobuf.Field, value: unknown, path: string): unknown {
  const target = field.resolvedType;
  if (target !== null && "fieldsArray" in target) {
    const name = target.fullName;
    if (name === ".google.protobuf.Timestamp") return timestampFromJson(value as string, path);
    if (name === ".google.protobuf.Duration") return durationFromJson(value as string, path);
    return readMessage(target as Protobuf.Type, value as Record<string, unknown>, path);
  }
  if (target !== null) {
    return typeof value === "number" ? value : (target as Protobuf.Enum).values[value as string];
  }
  if (field.type === "bytes") return Buffer.from(value as string, "base64");
  if (INT64_TYPES.has(field.type)) {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) {
      throw new TongbaoError(
        "TB_ERR_SCHEMA",
        `${path} is beyond 2^53, which the bus cannot carry`,
        {
          path,
        },
      );
    }
    return n;
  }
  if (field.type === "double" || field.type === "float") return Number(value);
  return value;
}
