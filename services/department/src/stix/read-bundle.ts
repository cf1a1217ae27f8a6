import { TongbaoError } from "@tongbao/errors";
import { STIX_ID } from "./ids.js";
import { unknownTongbaoProperty } from "./incident-properties.js";
import type { StixBundle, StixObject } from "./types.js";

/** Cyber-observable types: spec_version, created and modified are optional for them. */
const SCO_TYPES = new Set([
  "artifact",
  "autonomous-system",
  "directory",
  "domain-name",
  "email-addr",
  "email-message",
  "file",
  "ipv4-addr",
  "ipv6-addr",
  "mac-addr",
  "mutex",
  "network-traffic",
  "process",
  "software",
  "url",
  "user-account",
  "windows-registry-key",
  "x509-certificate",
]);

/** Properties STIX 2.1 requires per type, beyond the common ones (sections 4–7). */
const REQUIRED: Record<string, string[]> = {
  indicator: ["pattern", "pattern_type", "valid_from"],
  report: ["name", "published", "object_refs"],
  vulnerability: ["name"],
  identity: ["name"],
  malware: ["is_family"],
  "course-of-action": ["name"],
  incident: ["name"],
  sighting: ["sighting_of_ref"],
  relationship: ["relationship_type", "source_ref", "target_ref"],
  note: ["content", "object_refs"],
  grouping: ["context", "object_refs"],
  software: ["name"],
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const TIMESTAMP_PROPERTIES = [
  "created",
  "modified",
  "valid_from",
  "valid_until",
  "published",
  "first_seen",
  "last_seen",
];

/**
 * Checks a posted bundle's shape as STIX 2.1 defines it, before anything is read from it:
 * TB_ERR_SCHEMA naming the object (its id) and the property at fault, with the path
 * `objects[i].<property>`.
 */
export function readBundle(body: unknown): StixBundle {
  const fail = (path: string, message: string) =>
    new TongbaoError("TB_ERR_SCHEMA", message, { path });
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw fail("", "a STIX bundle must be a JSON object");
  }
  const b = body as Record<string, unknown>;
  if (b["type"] !== "bundle")
    throw fail("type", `type must be "bundle", not ${JSON.stringify(b["type"])}`);
  if (typeof b["id"] !== "string" || !STIX_ID.test(b["id"]) || !b["id"].startsWith("bundle--")) {
    throw fail("id", `id must be bundle--<UUID>, not ${JSON.stringify(b["id"])}`);
  }
  if (!Array.isArray(b["objects"]) || b["objects"].length === 0) {
    throw fail("objects", "objects must be a non-empty array of STIX objects");
  }
  const seen = new Map<string, number>();
  (b["objects"] as unknown[]).forEach((o, i) => checkObject(o, i, fail, seen));
  return b as unknown as StixBundle;
}

/** The same checks for the objects of a TAXII envelope, object by object. */
export function objectProblem(o: unknown, i: number): TongbaoError | undefined {
  try {
    checkObject(
      o,
      i,
      (path, message) => new TongbaoError("TB_ERR_SCHEMA", message, { path }),
      new Map(),
    );
    return undefined;
  } catch (err) {
    if (err instanceof TongbaoError) return err;
    throw err;
  }
}

function checkObject(
  o: unknown,
  i: number,
  fail: (path: string, message: string) => TongbaoError,
  seen: Map<string, number>,
): void {
  const at = `objects[${i}]`;
  if (typeof o !== "object" || o === null || Array.isArray(o)) {
    throw fail(at, `${at} must be a STIX object`);
  }
  const obj = o as StixObject;
  if (typeof obj.type !== "string" || !/^[a-z][a-z0-9-]{1,248}[a-z0-9]$/.test(obj.type)) {
    throw fail(
      `${at}.type`,
      `${at}: type must be a STIX type name, not ${JSON.stringify(obj.type)}`,
    );
  }
  if (typeof obj.id !== "string" || !STIX_ID.test(obj.id) || !obj.id.startsWith(`${obj.type}--`)) {
    throw fail(
      `${at}.id`,
      `${at} (${obj.type}): id must be ${obj.type}--<UUID>, not ${JSON.stringify(obj.id)}`,
    );
  }
  const name = `${obj.id}`;
  const version = `${obj.id}@${String(obj.modified ?? "")}`;
  if (seen.has(version)) {
    throw fail(`${at}.id`, `${name}: the same version is also objects[${seen.get(version)}]`);
  }
  seen.set(version, i);
  const sco = SCO_TYPES.has(obj.type);
  const required = [
    ...(sco ? [] : ["spec_version"]),
    ...(sco || obj.type === "marking-definition" ? [] : ["created", "modified"]),
    ...(obj.type === "marking-definition" ? ["created"] : []),
    ...(REQUIRED[obj.type] ?? []),
  ];
  for (const p of required) {
    if (obj[p] === undefined || obj[p] === null || obj[p] === "") {
      throw fail(`${at}.${p}`, `${name}: ${p} is required for a ${obj.type}`);
    }
  }
  if (obj.spec_version !== undefined && obj.spec_version !== "2.1") {
    throw fail(
      `${at}.spec_version`,
      `${name}: spec_version must be "2.1", not ${JSON.stringify(obj.spec_version)}`,
    );
  }
  for (const p of TIMESTAMP_PROPERTIES) {
    const v = obj[p];
    if (
      v !== undefined &&
      (typeof v !== "string" || !TIMESTAMP.test(v) || Number.isNaN(Date.parse(v)))
    ) {
      throw fail(
        `${at}.${p}`,
        `${name}: ${p} must be an RFC 3339 UTC timestamp such as 2026-01-01T00:00:00.000Z, not ${JSON.stringify(v)}`,
      );
    }
  }
  if (
    typeof obj.created === "string" &&
    typeof obj.modified === "string" &&
    obj.modified < obj.created
  ) {
    throw fail(`${at}.modified`, `${name}: modified must not be earlier than created`);
  }
  for (const p of ["object_refs", "object_marking_refs", "where_sighted_refs"]) {
    const v = obj[p];
    if (v === undefined) continue;
    const bad =
      !Array.isArray(v) || (p === "object_refs" && v.length === 0)
        ? -1
        : (v as unknown[]).findIndex((r) => typeof r !== "string" || !STIX_ID.test(r));
    if (bad !== -1 || !Array.isArray(v)) {
      throw fail(
        `${at}.${p}${bad >= 0 ? `[${bad}]` : ""}`,
        `${name}: ${p} must be a non-empty list of STIX ids`,
      );
    }
  }
  const custom = unknownTongbaoProperty(obj);
  if (custom) {
    throw fail(
      `${at}.${custom}`,
      `${name}: ${custom} is not a property Tongbao reads on a ${obj.type} (its x_tongbao_ properties are an incident's fields STIX lacks)`,
    );
  }
  for (const p of ["created_by_ref", "sighting_of_ref", "source_ref", "target_ref"]) {
    const v = obj[p];
    if (v !== undefined && (typeof v !== "string" || !STIX_ID.test(v))) {
      throw fail(`${at}.${p}`, `${name}: ${p} must be a STIX id, not ${JSON.stringify(v)}`);
    }
  }
}
