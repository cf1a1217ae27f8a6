// JSON Schemas (2020-12) for the proto3 JSON mapping of every message, derived from the
// parsed .proto files, so the schemas are never written twice by hand. Each message gets
// one self-contained schema whose $defs hold the messages and enums it reaches.
//
// Mapping (see schemas/README.md): lowerCamelCase names, unknown properties rejected,
// enums as names, 64-bit integers as decimal strings (numbers accepted), bytes as base64,
// Timestamp as RFC 3339, Duration as "<seconds>s", NaN/Infinity as strings. Proto3 has no
// required fields: what a message must contain is a contract rule (src/rules), not schema.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** String limits by field, in UTF-16 code units; the payload limit bounds everything else. */
const LIMITS = {
  /** Identifiers: registry ids, message ids (UUIDs), key ids. */
  idLength: 128,
  /** Free text written by people: bodies, descriptions, analyses. */
  textLength: 65_536,
  /** Every other string: titles, names, codes, URLs, indicator values. */
  stringLength: 4_096,
  /** Any repeated field. */
  items: 10_000,
  /** Any bytes field, in base64 characters: a whole payload (960 KiB) encoded. */
  base64Length: Math.ceil((960 * 1024) / 3) * 4,
};

/** Fields holding free text, by JSON name. */
const TEXT_FIELDS = new Set([
  "accountability",
  "affectedObject",
  "alertItems",
  "body",
  "cannotComplyReason",
  "causeAnalysis",
  "conditions",
  "description",
  "followUp",
  "harm",
  "measuresTaken",
  "mitigation",
  "reason",
  "recommendations",
  "recommendedMeasures",
  "rejectionDetail",
  "request",
  "requirements",
  "residualRisk",
  "riskDescription",
  "scope",
  "situation",
  "summary",
]);

const INT32 = { type: "integer", minimum: -2147483648, maximum: 2147483647 };
const UINT32 = { type: "integer", minimum: 0, maximum: 4294967295 };
// Decimal strings (the canonical form) or JSON numbers; values beyond 2^53 are refused
// when converting, since the bus carries them as JS numbers.
const INT64 = {
  type: ["string", "integer"],
  pattern: "^-?(0|[1-9][0-9]{0,18})$",
  minimum: -9007199254740991,
  maximum: 9007199254740991,
};
const UINT64 = {
  type: ["string", "integer"],
  pattern: "^(0|[1-9][0-9]{0,19})$",
  minimum: 0,
  maximum: 9007199254740991,
};
const FLOAT = { type: ["number", "string"], pattern: "^(NaN|-?Infinity)$" };

const SCALARS = {
  double: FLOAT,
  float: FLOAT,
  int32: INT32,
  sint32: INT32,
  sfixed32: INT32,
  uint32: UINT32,
  fixed32: UINT32,
  int64: INT64,
  sint64: INT64,
  sfixed64: INT64,
  uint64: UINT64,
  fixed64: UINT64,
  bool: { type: "boolean" },
};

/** Well-known types with a JSON form of their own. */
const WELL_KNOWN = {
  "google.protobuf.Timestamp": {
    type: "string",
    description: "RFC 3339 date-time with a time zone offset, e.g. 2025-03-01T08:30:00Z",
    pattern:
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$",
    maxLength: 40,
  },
  "google.protobuf.Duration": {
    type: "string",
    description: 'Seconds with up to nine decimals and the suffix "s", e.g. "86400s"',
    pattern: "^-?[0-9]{1,12}(\\.[0-9]{1,9})?s$",
    maxLength: 24,
  },
};

const BASE64 = "^[A-Za-z0-9+/_-]*={0,2}$";

function fullName(reflected) {
  return reflected.fullName.replace(/^\./, "");
}

function describe(reflected, schema) {
  const comment = reflected.comment?.trim().replace(/\s+/g, " ");
  if (!comment) return schema;
  const form = schema.description ?? schema.items?.description;
  return { ...schema, description: form ? `${comment} JSON form: ${form}` : comment };
}

function stringLimit(name) {
  if (name === "id" || /Ids?$/.test(name)) return LIMITS.idLength;
  return TEXT_FIELDS.has(name) ? LIMITS.textLength : LIMITS.stringLength;
}

function isEnum(reflected) {
  return reflected !== null && "values" in reflected && !("fields" in reflected);
}

function valueSchema(field, refs) {
  const target = field.resolvedType;
  if (target !== null) {
    const name = fullName(target);
    if (WELL_KNOWN[name]) return { ...WELL_KNOWN[name] };
    refs.push(target);
    return { $ref: `#/$defs/${name}` };
  }
  if (field.type === "string") return { type: "string", maxLength: stringLimit(field.name) };
  if (field.type === "bytes") {
    return {
      type: "string",
      contentEncoding: "base64",
      pattern: BASE64,
      maxLength: LIMITS.base64Length,
    };
  }
  const scalar = SCALARS[field.type];
  if (!scalar) throw new Error(`${field.fullName}: no JSON Schema for type ${field.type}`);
  return { ...scalar };
}

function messageSchema(type, refs) {
  const properties = {};
  for (const field of type.fieldsArray) {
    if (field.map) throw new Error(`${field.fullName}: map fields are not supported yet`);
    const value = valueSchema(field, refs);
    properties[field.name] = describe(
      field,
      field.repeated ? { type: "array", items: value, maxItems: LIMITS.items } : value,
    );
  }
  const schema = { type: "object", properties, additionalProperties: false };
  // A real oneof (not the synthetic one of a proto3 `optional`) admits one member at most.
  const exclusive = {};
  for (const oneof of type.oneofsArray) {
    const members = oneof.fieldsArray.map((f) => f.name);
    if (members.length < 2) continue;
    for (const member of members) {
      exclusive[member] = {
        not: { anyOf: members.filter((m) => m !== member).map((m) => ({ required: [m] })) },
      };
    }
  }
  if (Object.keys(exclusive).length > 0) schema.dependentSchemas = exclusive;
  return describe(type, schema);
}

// Names are the canonical form; numbers are accepted as proto3 JSON allows, so a value
// from a newer schema that toJson wrote as a number can come back in.
function enumSchema(enumType) {
  return describe(enumType, {
    anyOf: [{ type: "string", enum: Object.keys(enumType.values) }, INT32],
  });
}

/** The self-contained schema of one message type. */
export function schemaFor(type) {
  const rootName = fullName(type);
  const defs = {};
  const refs = [];
  const body = messageSchema(type, refs);
  while (refs.length > 0) {
    const next = refs.pop();
    const name = fullName(next);
    if (name === rootName || defs[name]) continue;
    defs[name] = isEnum(next) ? enumSchema(next) : messageSchema(next, refs);
  }
  for (const prop of Object.values(body.properties)) rewriteSelfRef(prop, rootName);
  const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:tongbao:jsonschema:${rootName}`,
    title: rootName,
    ...body,
    ...(Object.keys(sorted).length > 0 ? { $defs: sorted } : {}),
  };
}

function rewriteSelfRef(schema, rootName) {
  const target = `#/$defs/${rootName}`;
  if (schema.$ref === target) schema.$ref = "#";
  if (schema.items?.$ref === target) schema.items.$ref = "#";
}

/** Every message type under the tongbao package, in a stable order. */
export function messageTypes(root) {
  const types = [];
  const visit = (ns) => {
    for (const nested of ns.nestedArray) {
      if ("fieldsArray" in nested) types.push(nested);
      if (nested.nestedArray) visit(nested);
    }
  };
  visit(root.lookup("tongbao"));
  return types.sort((a, b) => fullName(a).localeCompare(fullName(b)));
}

/**
 * Writes schemas/jsonschema/<type>.schema.json for every message, and the same schemas as
 * src/generated/json-schemas.js for the validators.
 */
export function writeJsonSchemas(root, { outDir, jsonSchemaDir, header }) {
  const schemas = Object.fromEntries(messageTypes(root).map((t) => [fullName(t), schemaFor(t)]));
  rmSync(jsonSchemaDir, { recursive: true, force: true });
  mkdirSync(jsonSchemaDir, { recursive: true });
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(
      join(jsonSchemaDir, `${name}.schema.json`),
      `${JSON.stringify(schema, null, 2)}\n`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "json-schemas.js"),
    `${header}export const jsonSchemas = ${JSON.stringify(schemas, null, 1)};\n`,
  );
  writeFileSync(
    join(outDir, "json-schemas.d.ts"),
    `${header}export declare const jsonSchemas: Readonly<Record<string, Readonly<Record<string, unknown>>>>;\n`,
  );
}
