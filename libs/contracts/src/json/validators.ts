import { createRequire } from "node:module";
import { TongbaoError } from "@tongbao/errors";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { jsonSchemas } from "../codegen.js";

// One Ajv instance for every schema; each validator is compiled on first use and kept, so
// a type nobody receives as JSON costs nothing. String lengths count Unicode characters,
// as the binary-side limit check does. Union types express "decimal string or number".
// strictRequired is off because a oneof is checked as "not (required a and b)".
// Ajv itself is loaded with the first validator, not at import: loading it takes about
// 200 ms, which every command and service paid before its first output, JSON or not.
let ajv: Ajv2020 | undefined;
function ajvInstance(): Ajv2020 {
  if (ajv === undefined) {
    const { Ajv2020: Ajv } = createRequire(import.meta.url)("ajv/dist/2020.js") as {
      Ajv2020: typeof Ajv2020;
    };
    ajv = new Ajv({ strict: true, strictRequired: false, allErrors: false, allowUnionTypes: true });
  }
  return ajv;
}
const compiled = new Map<string, ValidateFunction>();

function validatorFor(typeName: string): ValidateFunction {
  let validate = compiled.get(typeName);
  if (validate === undefined) {
    const schema = jsonSchemas[typeName];
    if (schema === undefined) {
      throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `no JSON Schema for ${typeName}`, {
        path: "",
      });
    }
    validate = ajvInstance().compile(schema);
    compiled.set(typeName, validate);
  }
  return validate;
}

/** "/indicators/0/value" → "indicators[0].value". */
export function fieldPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), "");
}

function explain(error: ErrorObject): { path: string; rule: string } {
  const base = fieldPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      return { path: base ? `${base}.${name}` : name, rule: "is not a field of this message" };
    }
    case "enum":
      return {
        path: base,
        rule: `must be one of ${(params["allowedValues"] as string[]).join(", ")}`,
      };
    case "not":
    case "dependentSchemas":
      return { path: base, rule: "sets more than one member of a oneof" };
    case "maxLength":
      return { path: base, rule: `is longer than ${String(params["limit"])} characters` };
    case "maxItems":
      return { path: base, rule: `has more than ${String(params["limit"])} entries` };
    default:
      return { path: base, rule: error.message ?? error.keyword };
  }
}

/** Validates JSON against the type's schema; throws TB_ERR_SCHEMA naming the field. */
export function validateJson(typeName: string, json: unknown): void {
  const validate = validatorFor(typeName);
  if (validate(json)) return;
  const error = validate.errors?.[0];
  const { path, rule } = error === undefined ? { path: "", rule: "is invalid" } : explain(error);
  throw new TongbaoError("TB_ERR_SCHEMA", `${typeName}: ${path || "message"} ${rule}`, {
    path,
    details: { type: typeName, rule, keyword: error?.keyword },
  });
}
