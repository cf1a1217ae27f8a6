import type { DepartmentProfile } from "@tongbao/organisations";
import { TONGBAO_STIX_NAMESPACE, uuidV5 } from "../stix/ids.js";
import { BULLETIN, EXPOSURE, INCIDENT, VULNERABILITY } from "../stix/types.js";

/** The families STIX carries, by the family token of the subjects and profiles. */
export const TAXII_FAMILIES: Record<string, string> = {
  bulletin: BULLETIN,
  vulnerability: VULNERABILITY,
  exposure: EXPOSURE,
  incident: INCIDENT,
};

export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

export interface TaxiiCollection {
  id: string;
  title: string;
  description: string;
  alias: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
}

export interface CollectionInfo {
  resource: TaxiiCollection;
  status: "live" | "exercise" | "test";
  family: string;
  /** Full type name of the messages it holds. */
  type: string;
}

/**
 * One collection per traffic status and family: what the organisation receives of that family
 * (readable), and what it may publish (writable). The id is derived, so it stays the same
 * across restarts and a client's configuration keeps working.
 */
export function collectionsOf(profile: DepartmentProfile): CollectionInfo[] {
  const received = new Set<string>([
    ...profile.subscribe.addressed,
    ...profile.subscribe.broadcast.flatMap((b) => b.families),
  ]);
  const published = new Set<string>(profile.publish.families);
  const out: CollectionInfo[] = [];
  for (const status of profile.subscribe.statuses) {
    for (const [family, type] of Object.entries(TAXII_FAMILIES)) {
      const canRead = received.has(family);
      const canWrite = published.has(family);
      if (!canRead && !canWrite) continue;
      const short = type.split(".").pop()!;
      out.push({
        status,
        family,
        type,
        resource: {
          id: uuidV5(TONGBAO_STIX_NAMESPACE, `taxii-collection/${profile.id}/${status}/${family}`),
          title: `${profile.id} ${status} ${short}`,
          description: canRead
            ? `${short} messages ${profile.id} received on the ${status} bus, as STIX 2.1`
            : `${short} messages ${profile.id} publishes on the ${status} bus, from STIX 2.1`,
          alias: `${status}-${family}`,
          can_read: canRead,
          can_write: canWrite,
          media_types: [STIX_MEDIA_TYPE],
        },
      });
    }
  }
  return out;
}
