import { readFile } from "node:fs/promises";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { DepartmentProfile } from "./profile.js";

/** The one definition of a profile's shape, next to the profiles themselves. */
export const PROFILE_SCHEMA_URL = new URL(
  "../../../deploy/departments/profile.schema.json",
  import.meta.url,
);

let validator: Promise<ValidateFunction> | undefined;

function profileValidator(): Promise<ValidateFunction> {
  validator ??= readFile(PROFILE_SCHEMA_URL, "utf8").then((text) => {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    return ajv.compile(JSON.parse(text) as object);
  });
  return validator;
}

/**
 * Checks a parsed profile against profile.schema.json. A profile that does not fit stops the
 * service with TB_ERR_CONFIG naming the field (e.g. `subscribe.broadcast[0].sectors[1]`).
 */
export async function validateProfile(
  value: unknown,
  source = "profile",
): Promise<DepartmentProfile> {
  const validate = await profileValidator();
  if (!validate(value)) {
    const err = mostSpecific(validate.errors ?? []);
    const parent = jsonPointerToPath(err?.instancePath ?? "");
    const where = parent === "" ? "the profile" : parent;
    const params = (err?.params ?? {}) as Record<string, unknown>;
    const field =
      err?.keyword === "required"
        ? params["missingProperty"]
        : err?.keyword === "additionalProperties"
          ? params["additionalProperty"]
          : undefined;
    // The path names the field itself, also when it is missing or unknown.
    const path =
      typeof field === "string" ? (parent === "" ? field : `${parent}.${field}`) : parent;
    throw new TongbaoError("TB_ERR_CONFIG", `${source}: ${where} ${describe(err)}`, {
      path,
      details: { source },
    });
  }
  const profile = value as DepartmentProfile;
  for (const [i, b] of (profile.behaviours ?? []).entries()) {
    if (b.kind === "forward-sector-warnings" && b.to.includes(profile.id)) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `${source}: behaviours[${i}].to names the department itself`,
        {
          path: `behaviours[${i}].to`,
        },
      );
    }
  }
  return profile;
}

/** Reads and validates a profile file. */
export async function loadProfile(file: string): Promise<DepartmentProfile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `profile ${file} cannot be read: ${(err as Error).message}`,
      {
        path: "",
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `profile ${file} is not JSON: ${(err as Error).message}`,
      {
        path: "",
      },
    );
  }
  return validateProfile(json, `profile ${file}`);
}

/** oneOf failures report every branch; the deepest path is the one a person can fix. */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  for (const e of errors) {
    if (e.keyword === "oneOf" || e.keyword === "anyOf") continue;
    if (!best || e.instancePath.length > best.instancePath.length) best = e;
  }
  return best ?? errors[0];
}

function describe(err: ErrorObject | undefined): string {
  if (!err) return "is invalid";
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case "required":
      return `needs the field "${String(p["missingProperty"])}"`;
    case "additionalProperties":
      return `has an unknown field "${String(p["additionalProperty"])}"`;
    case "enum":
      return `must be one of ${(p["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p["allowedValue"])}`;
    default:
      return err.message ?? "is invalid";
  }
}

/** "/subscribe/broadcast/0/sectors/1" → "subscribe.broadcast[0].sectors[1]". */
export function jsonPointerToPath(pointer: string): string {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(token) ? `[${token}]` : out === "" ? token : `.${token}`;
  }
  return out;
}
