import { TongbaoError } from "@tongbao/errors";
import { Reader, reflectedType, type Protobuf } from "./reflection.js";

/** Where and why bytes fail to decode as a message type. */
export interface DecodeFault {
  /** Field path in JSON names, e.g. "indicators[2].value"; "" for the message itself. */
  path: string;
  reason: string;
  /** Byte offset at which the fault was found. */
  offset: number;
}

/** Wire type each scalar protobuf type is written with. */
const WIRE_TYPES: Readonly<Record<string, number>> = {
  double: 1,
  float: 5,
  int32: 0,
  uint32: 0,
  sint32: 0,
  int64: 0,
  uint64: 0,
  sint64: 0,
  bool: 0,
  fixed32: 5,
  sfixed32: 5,
  fixed64: 1,
  sfixed64: 1,
  string: 2,
  bytes: 2,
};

const MAX_DEPTH = 100;

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns an error the generated decoder threw into TB_ERR_DECODE naming the field. The
 * generated code only says "index out of range"; this walks the bytes a second time with
 * reflection to find the field. It runs only for bytes that already failed, never on the
 * hot path.
 */
export function decodeError(typeName: string, bytes: Uint8Array, cause: unknown): TongbaoError {
  const fault = locateDecodeFault(typeName, bytes) ?? {
    path: "",
    reason: cause instanceof Error ? cause.message : String(cause),
    offset: -1,
  };
  const where = fault.path === "" ? "" : ` at ${fault.path}`;
  return new TongbaoError("TB_ERR_DECODE", `cannot decode ${typeName}${where}: ${fault.reason}`, {
    path: fault.path,
    cause,
    details: { type: typeName, offset: fault.offset },
  });
}

/** Finds the first fault in bytes that should hold a message of typeName, if any. */
export function locateDecodeFault(typeName: string, bytes: Uint8Array): DecodeFault | undefined {
  const reader = Reader.create(bytes);
  return walk(reflectedType(typeName), reader, bytes.length, "", 0);
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function walk(
  type: Protobuf.Type,
  reader: Protobuf.Reader,
  end: number,
  path: string,
  depth: number,
): DecodeFault | undefined {
  if (depth > MAX_DEPTH)
    return { path, reason: "nesting deeper than 100 levels", offset: reader.pos };
  const seen = new Map<number, number>();
  while (reader.pos < end) {
    const start = reader.pos;
    const tag = attempt(() => reader.uint32());
    if (tag === undefined || reader.pos > end) {
      return { path, reason: "truncated field tag", offset: start };
    }
    const id = tag >>> 3;
    const wireType = tag & 7;
    if (id === 0) return { path, reason: "field number 0 is not allowed", offset: start };
    const field = type.fieldsById[id];
    if (field === undefined) {
      const skipped = attempt(() => reader.skipType(wireType, depth, id));
      if (skipped === undefined || reader.pos > end) {
        return { path, reason: `truncated or malformed unknown field ${id}`, offset: start };
      }
      continue;
    }
    const index = seen.get(id) ?? 0;
    seen.set(id, index + 1);
    const fieldPath = field.repeated
      ? `${join(path, field.name)}[${index}]`
      : join(path, field.name);
    const fault = walkField(field, wireType, reader, end, fieldPath, depth);
    if (fault !== undefined) return fault;
  }
  if (reader.pos > end)
    return { path, reason: "length runs past the end of the bytes", offset: end };
  return undefined;
}

function walkField(
  field: Protobuf.Field,
  wireType: number,
  reader: Protobuf.Reader,
  end: number,
  path: string,
  depth: number,
): DecodeFault | undefined {
  const start = reader.pos;
  const resolved = field.resolvedType;
  const isMessage = resolved !== null && "fieldsById" in resolved;
  const expected = isMessage ? 2 : (WIRE_TYPES[field.type] ?? 0);
  const packable = field.repeated && !isMessage && expected !== 2;
  if (wireType !== expected && !(packable && wireType === 2)) {
    return { path, reason: `wire type ${wireType} where ${expected} is expected`, offset: start };
  }
  if (wireType !== 2) {
    const skipped = attempt(() => reader.skipType(wireType, depth));
    return skipped === undefined || reader.pos > end
      ? { path, reason: "truncated value", offset: start }
      : undefined;
  }
  const length = attempt(() => reader.uint32());
  if (length === undefined || reader.pos + length > end) {
    return { path, reason: "length runs past the end of the bytes", offset: start };
  }
  const valueEnd = reader.pos + length;
  if (isMessage) {
    return walk(resolved as Protobuf.Type, reader, valueEnd, path, depth + 1);
  }
  if (field.type === "string") {
    const text = attempt(() => STRICT_UTF8.decode(reader.buf.subarray(reader.pos, valueEnd)));
    if (text === undefined) return { path, reason: "string is not valid UTF-8", offset: start };
  }
  reader.pos = valueEnd;
  return undefined;
}

function attempt<R>(read: () => R): R | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
