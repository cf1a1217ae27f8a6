import { createHash } from "node:crypto";

/**
 * The namespace of every STIX id Tongbao derives (UUIDv5, RFC 9562). Fixed for ever: changing
 * it would give every message already shared new STIX ids, and the platforms that imported
 * them would hold each object twice.
 */
export const TONGBAO_STIX_NAMESPACE = "5b4f6b0e-7c1d-4e8a-9f2b-3d6c8a1e0f47";

/** UUIDv5 of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The STIX id of the object playing `role` (e.g. "report", "indicator/2") in the message
 * `messageId`: the same message always gives the same ids, so a platform re-importing it
 * updates what it has instead of adding copies.
 */
export function stixId(type: string, messageId: string, role: string): string {
  return `${type}--${uuidV5(TONGBAO_STIX_NAMESPACE, `${messageId}/${role}`)}`;
}

/** The identity of a Tongbao organisation: one id per organisation, whatever the message. */
export function organisationIdentityId(orgId: string): string {
  return `identity--${uuidV5(TONGBAO_STIX_NAMESPACE, `organisation/${orgId}`)}`;
}

export const STIX_ID =
  /^([a-z][a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
