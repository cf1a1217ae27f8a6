import { TongbaoError } from "@tongbao/errors";
import type { DepartmentService } from "../service/department-service.js";
import { fromStixBundle, type StixMessage } from "./from-stix.js";
import { readBundle } from "./read-bundle.js";

/** Where the messages read from a bundle go: as POST /messages would send them. */
export interface BundleRouting {
  status?: "live" | "exercise" | "test";
  sectors?: string[];
  recipients?: string[];
}

export interface PublishedFromStix {
  /** The signed messages now in the outbox, each with the STIX objects it was read from. */
  published: { id: string; type: string; objects: string[]; subjects: string[] }[];
  /** Objects not published, each with the reason (a contract rule, the profile, STIX). */
  failures: { id: string; code: string; message: string; path: string }[];
  /** Objects read only as context of others. */
  context: string[];
}

/**
 * A department's STIX bundle as signed Tongbao messages through its outbox (POST
 * /stix/bundles, TAXII POST objects). The bundle's shape is checked first and a bad one
 * refused whole (TB_ERR_SCHEMA, path `objects[i].<property>`); then each message read from
 * it is checked by its contract and the profile, and published or reported with its reason.
 * The signer is always this department, whatever created_by_ref says.
 */
export async function publishStixBundle(
  dept: DepartmentService,
  body: unknown,
  routing: BundleRouting = {},
): Promise<PublishedFromStix> {
  const reading = fromStixBundle(readBundle(body));
  const result: PublishedFromStix = { published: [], failures: [], context: reading.context };
  for (const s of reading.skipped) {
    result.failures.push({ id: s.id, code: "TB_ERR_SCHEMA", message: s.reason, path: "" });
  }
  for (const message of reading.messages) {
    try {
      const sent = await publishOne(dept, message, routing);
      result.published.push({
        id: sent.id,
        type: message.type,
        objects: message.objectIds,
        subjects: sent.subjects,
      });
    } catch (err) {
      if (!(err instanceof TongbaoError) || err.retryable) throw err;
      for (const id of message.objectIds) {
        result.failures.push({
          id,
          code: err.code,
          message: `${message.type.split(".").pop()} read from ${message.objectIds[0]}: ${err.path ? `${err.path} ` : ""}${err.message}`,
          path: err.path ?? "",
        });
      }
    }
  }
  return result;
}

export function publishOne(dept: DepartmentService, m: StixMessage, routing: BundleRouting) {
  return dept.publishRequest({
    type: m.type,
    payload: m.payload,
    marking: { tlp: m.tlp },
    ...(routing.status ? { status: routing.status } : {}),
    ...(routing.sectors?.length ? { sectors: routing.sectors } : {}),
    ...(routing.recipients?.length ? { recipients: routing.recipients } : {}),
  });
}
