import { ALL_SECTORS, SECTOR_TOKENS, sectorValue, type PublishInput } from "@tongbao/bus";
import { CONTRACTS, tongbao, type Contract } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { jsonPointerToPath } from "@tongbao/organisations";

const { Status } = tongbao.envelope.v1;
const { Tlp } = tongbao.common.v1;

/** The body of POST /messages: a payload in the contract's JSON form and its envelope options. */
export interface PublishRequest {
  type: string;
  payload: Record<string, unknown>;
  status?: "live" | "exercise" | "test";
  marking: { tlp: string };
  recipients?: string[];
  sectors?: string[];
  region?: string;
  correlationId?: string;
  causationId?: string;
  expires?: string;
}

const ORG_ID = "^[a-z][a-z0-9-]{0,62}[a-z0-9]$";
export const TLP_NAMES = [
  "CLEAR",
  "GREEN",
  "AMBER",
  "AMBER_STRICT",
  "AMBER+STRICT",
  "RED",
] as const;

/** Envelope options; the payload itself is checked by its contract. */
const REQUEST_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["type", "payload", "marking"],
  properties: {
    type: { type: "string", minLength: 1, maxLength: 128 },
    payload: { type: "object" },
    status: { enum: ["live", "exercise", "test"] },
    marking: {
      type: "object",
      additionalProperties: false,
      required: ["tlp"],
      properties: { tlp: { enum: [...TLP_NAMES] } },
    },
    recipients: {
      type: "array",
      maxItems: 1000,
      uniqueItems: true,
      items: { type: "string", pattern: ORG_ID },
    },
    sectors: {
      type: "array",
      uniqueItems: true,
      items: { enum: [...SECTOR_TOKENS.filter((s) => s !== ALL_SECTORS)] },
    },
    region: { type: "string", pattern: "^[0-9]{6}$" },
    correlationId: { type: "string", maxLength: 128 },
    causationId: { type: "string", maxLength: 128 },
    expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T" },
  },
} as const;

const ajv = new Ajv2020({ allErrors: false, strict: false });
const validateRequest = ajv.compile(REQUEST_SCHEMA);

/** The contract of "ThreatBulletin" or "tongbao.bulletin.v1.ThreatBulletin". */
export function contractNamed(type: string): Contract | undefined {
  return CONTRACTS.find((c) => c.typeName === type || c.typeName.endsWith(`.${type}`));
}

export function tlpValue(name: string): number {
  const key = `TLP_${name.replace("+", "_")}` as keyof typeof Tlp;
  return Tlp[key];
}

export function tlpName(value: number): string {
  return (Tlp[value] ?? "TLP_UNSPECIFIED").replace(/^TLP_/, "");
}

export function statusValue(name: string): number {
  return Status[`STATUS_${name.toUpperCase()}` as keyof typeof Status];
}

/**
 * Checks a publish body and converts it to a PublishInput: TB_ERR_BAD_REQUEST naming the
 * field for the envelope options, TB_ERR_SCHEMA / TB_ERR_CONTRACT from the contract for the
 * payload (its path prefixed with `payload.`), TB_ERR_UNKNOWN_TYPE for a type no contract has.
 */
export function parsePublishRequest(body: unknown): { input: PublishInput; contract: Contract } {
  if (!validateRequest(body)) throw bodyError(validateRequest.errors?.[0]);
  const req = body as PublishRequest;
  const contract = contractNamed(req.type);
  if (!contract) {
    throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `no message type "${req.type}"`, {
      path: "type",
    });
  }
  let payload: object;
  try {
    payload = contract.fromJson(req.payload) as object;
  } catch (err) {
    if (err instanceof TongbaoError) {
      const path = join("payload", err.path ?? "");
      throw new TongbaoError(err.code, err.message, { path, cause: err });
    }
    throw err;
  }
  const input: PublishInput = {
    type: contract.typeName,
    payload,
    status: statusValue(req.status ?? "live"),
    marking: { tlp: tlpValue(req.marking.tlp) },
    ...(req.recipients ? { recipients: req.recipients } : {}),
    ...(req.sectors ? { sectors: req.sectors.map((s) => sectorValue(s)!) } : {}),
    ...(req.region ? { region: req.region } : {}),
    ...(req.correlationId ? { correlationId: req.correlationId } : {}),
    ...(req.causationId ? { causationId: req.causationId } : {}),
    ...(req.expires ? { expires: new Date(req.expires) } : {}),
  };
  return { input, contract };
}

/** TB_ERR_BAD_REQUEST for the first ajv error of a request body, naming the field at fault. */
export function bodyError(err: ErrorObject | undefined): TongbaoError {
  const p = (err?.params ?? {}) as Record<string, unknown>;
  let path = jsonPointerToPath(err?.instancePath ?? "");
  if (err?.keyword === "required") path = join(path, String(p["missingProperty"]));
  if (err?.keyword === "additionalProperties") path = join(path, String(p["additionalProperty"]));
  const what =
    err?.keyword === "required"
      ? "is required"
      : err?.keyword === "additionalProperties"
        ? "is not a known field"
        : err?.keyword === "enum"
          ? `must be one of ${(p["allowedValues"] as unknown[]).join(", ")}`
          : (err?.message ?? "is invalid");
  return new TongbaoError("TB_ERR_BAD_REQUEST", `${path === "" ? "the body" : path} ${what}`, {
    path,
  });
}

function join(base: string, field: string): string {
  if (field === "") return base;
  if (base === "") return field;
  return field.startsWith("[") ? `${base}${field}` : `${base}.${field}`;
}
