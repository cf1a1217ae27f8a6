import {
  ADDRESSED_FAMILIES,
  BUCKETS,
  bucketStream,
  serverHas,
  streamForStatus,
  type Family,
} from "@tongbao/bus";
import {
  durablesOf,
  trackerDurable,
  type DurablePlacement,
  type OrganisationDurable,
} from "./durables.js";
import type { PlatformOrganisation } from "./platform.js";
import type { DepartmentProfile } from "./profile.js";

/** The account that owns every stream, bucket and durable; the operator's users live in it. */
export const OWNER_ACCOUNT = "TONGBAO";

// In a module of its own so that connecting (connect.ts) does not load the accounts' imports.
export { inboxPrefixFor } from "./inbox-prefix.js";

/** One subject the owner account offers an organisation's account. */
export interface Grant {
  kind: "service" | "stream";
  subject: string;
  /** Service replies that come as a stream of messages (pulled messages, heartbeats, batched direct gets). */
  streamed?: boolean;
  why: string;
}

/** What one organisation's account may reach in the owner account, and its durables. */
export interface OrganisationAccount {
  orgId: string;
  grants: Grant[];
  durables: OrganisationDurable[];
}

const REGISTRY_STREAM = bucketStream(BUCKETS.REGISTRY);
const TRACKING_STREAM = bucketStream(BUCKETS.TRACKING);

/**
 * A stream read by direct get. Where the server answers in batches (2.11+) one request gets
 * many answers, which a service import lets through only when its responses are streamed; on
 * older servers a plain import is enough and costs the server less (it forgets the reply route
 * at the first answer instead of keeping it for the response threshold).
 */
function directGetGrant(stream: string, serverVersion: string, why: string): Grant {
  const streamed = serverHas(serverVersion, "batchDirectGet");
  return {
    kind: "service",
    subject: `$JS.API.DIRECT.GET.${stream}`,
    ...(streamed ? { streamed } : {}),
    why,
  };
}

/** The registry, readable by every member: the last record of a subject by direct get, and its writes as they happen. */
function registryGrants(serverVersion: string): Grant[] {
  return [
    directGetGrant(REGISTRY_STREAM, serverVersion, "registry read"),
    { kind: "stream", subject: `$KV.${BUCKETS.REGISTRY}.>`, why: "registry changes" },
  ];
}

function durableGrants(durables: readonly OrganisationDurable[]): Grant[] {
  return durables.flatMap((d): Grant[] => [
    {
      kind: "service",
      // A durable in another domain (the hub's, from a leaf) is reached through that domain's
      // API prefix, which the leaf link carries to the hub.
      subject: `$JS.${d.domain ? `${d.domain}.` : ""}API.CONSUMER.MSG.NEXT.${d.stream}.${d.name}`,
      streamed: true,
      why: "pull its own durable",
    },
    { kind: "service", subject: `$JS.ACK.${d.stream}.${d.name}.>`, why: "ack its own durable" },
  ]);
}

/**
 * A department's or provincial authority's grant, from its profile: publish traffic whose
 * origin token is itself (broadcast only where its marking floor allows it), quarantine
 * records, pull and ack on its own durables, read the registry. Nothing else of the owner
 * account exists for it: no JetStream API, no consumer creation, no stream reads, no audit.
 */
export function departmentAccount(
  profile: DepartmentProfile,
  serverVersion: string,
  placement?: DurablePlacement,
): OrganisationAccount {
  const id = profile.id;
  const restricted = profile.publish.minTlp === "AMBER_STRICT" || profile.publish.minTlp === "RED";
  const grants: Grant[] = [];
  const publish = new Set<string>();
  for (const status of profile.subscribe.statuses) {
    for (const family of profile.publish.families) {
      publish.add(`tb.${status}.to.*.${family}.${id}`);
      if (!restricted && !ADDRESSED_FAMILIES.has(family as Family)) {
        publish.add(`tb.${status}.${family}.*.${id}`);
      }
    }
  }
  for (const subject of publish)
    grants.push({ kind: "service", subject, why: "publish as itself" });
  grants.push({ kind: "service", subject: "tbq.*.*", why: "quarantine what it refuses" });
  const durables = durablesOf(profile, serverVersion, placement);
  grants.push(...durableGrants(durables), ...registryGrants(serverVersion));
  return { orgId: id, grants, durables };
}

/**
 * The tracker's grant: publish reminders and escalations as itself, follow every subject of
 * the statuses it tracks through its own durables, read those streams by direct get to
 * rebuild its state, and keep the tracking bucket (its copy of that state).
 */
export function platformAccount(
  org: PlatformOrganisation,
  serverVersion: string,
): OrganisationAccount {
  const grants: Grant[] = [];
  const durables = org.tracks.map((s) => trackerDurable(org.id, s));
  for (const status of org.tracks) {
    grants.push({
      kind: "service",
      subject: `tb.${status}.to.*.*.${org.id}`,
      why: "publish as itself",
    });
    grants.push(directGetGrant(streamForStatus(status), serverVersion, "rebuild from the stream"));
  }
  grants.push(
    { kind: "service", subject: "tbq.*.*", why: "quarantine what it refuses" },
    { kind: "service", subject: `$KV.${BUCKETS.TRACKING}.>`, why: "write the tracking bucket" },
    directGetGrant(TRACKING_STREAM, serverVersion, "read the tracking bucket"),
    ...durableGrants(durables),
    ...registryGrants(serverVersion),
  );
  return { orgId: org.id, grants, durables };
}

/** Every organisation's account on a server of this version: departments, then platforms. */
export function organisationAccounts(
  profiles: readonly DepartmentProfile[],
  platforms: readonly PlatformOrganisation[],
  serverVersion: string,
): OrganisationAccount[] {
  return [
    ...profiles.map((p) => departmentAccount(p, serverVersion)),
    ...platforms.map((p) => platformAccount(p, serverVersion)),
  ];
}
