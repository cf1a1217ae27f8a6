import { createRequire } from "node:module";
import type * as Protobuf from "protobufjs";
import { descriptor } from "../../src/generated/descriptor.js";

// The tests' own reflection, from the generated descriptor: enough to print what protoc
// prints, so protoc's reading of our bytes can be compared with ours, value by value.
const protobuf = createRequire(import.meta.url)("protobufjs/light.js") as typeof Protobuf;
const root = protobuf.Root.fromJSON(descriptor);
root.resolveAll();

function protoName(field: Protobuf.Field): string {
  return field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** protoc's CEscape: printable ASCII as is, the usual escapes, other bytes as octal. */
function escape(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) {
    if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x22) out += '\\"';
    else if (b === 0x27) out += "\\'";
    else if (b === 0x5c) out += "\\\\";
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(b);
  }
  return `"${out}"`;
}

function scalar(field: Protobuf.Field, value: unknown): string {
  const target = field.resolvedType;
  if (target !== null) {
    const name = (target as Protobuf.Enum).valuesById[value as number];
    return name ?? String(value);
  }
  if (field.type === "string") return escape(Buffer.from(value as string, "utf8"));
  if (field.type === "bytes") return escape(value as Uint8Array);
  return String(value);
}

function isDefault(value: unknown): boolean {
  return (
    value === 0 ||
    value === "" ||
    value === false ||
    (value instanceof Uint8Array && value.length === 0)
  );
}

function print(type: Protobuf.Type, message: Record<string, unknown>, indent: string): string {
  let out = "";
  const fields = [...type.fieldsArray].sort((a, b) => a.id - b.id);
  for (const field of fields) {
    const value = message[field.name];
    if (value === undefined || value === null) continue;
    const values = field.repeated ? (value as unknown[]) : [value];
    const isMessage = field.resolvedType !== null && "fieldsArray" in field.resolvedType;
    for (const v of values) {
      if (!field.repeated && !isMessage && field.partOf === null && isDefault(v)) continue;
      if (isMessage) {
        const inner = print(
          field.resolvedType as Protobuf.Type,
          v as Record<string, unknown>,
          `${indent}  `,
        );
        out += `${indent}${protoName(field)} {\n${inner}${indent}}\n`;
      } else {
        out += `${indent}${protoName(field)}: ${scalar(field, v)}\n`;
      }
    }
  }
  return out;
}

/** A decoded message in protobuf text format, exactly as `protoc --decode` writes it. */
export function textFormat(typeName: string, message: unknown): string {
  return print(root.lookupType(typeName), message as Record<string, unknown>, "");
}
