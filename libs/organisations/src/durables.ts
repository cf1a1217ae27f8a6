import { createHash } from "node:crypto";
import { serverHas, streamForStatus } from "@tongbao/bus";
import type { DepartmentProfile, StatusName } from "./profile.js";
import { subscriptionFilters } from "./subscriptions.js";

/** One JetStream durable the operator creates for an organisation and it reads through. */
export interface OrganisationDurable {
  orgId: string;
  status: StatusName;
  stream: string;
  /** The name the broker grant pins: the organisation may pull and ack on it, nothing more. */
  name: string;
  /** Subjects it delivers (one on servers before 2.10, which take a single filter_subject). */
  filters: string[];
  /**
   * The JetStream domain the durable lives in when it is not the organisation's own server's:
   * a provincial authority's durables on the hub, pulled through its leaf with
   * `$JS.<domain>.API.CONSUMER.MSG.NEXT...`.
   */
  domain?: string;
  /**
   * Replicas of the durable's own state (delivered, acked, pending) when not the stream's:
   * 1 for drill and test traffic (see {@link durableReplicas}); absent, the stream's.
   */
  replicas?: 1;
}

/** Where a leaf-homed organisation's second set of durables lives (national traffic). */
export interface DurablePlacement {
  /** The hub's JetStream domain: durables there are named `<org>-hub-<status>...`. */
  hubDomain: string;
}

/**
 * Whether the server takes several filters on one consumer (`filter_subjects`, 2.10+). The
 * operator and the organisation's service both decide by the server they talk to, so they
 * agree on the same durables.
 */
export function multiFilterConsumers(serverVersion: string): boolean {
  return serverHas(serverVersion, "multiFilterConsumers");
}

/**
 * The replicas of an organisation's durable of a status: live traffic's follow their stream
 * (R3 on the hub); drill and test traffic's are R1 (undefined: the stream's).
 *
 * On a cluster every replicated durable is a Raft group whose leader heartbeats its
 * followers every second even when nothing moves; at 300 organisations that was two thirds
 * of a node's idle CPU, half of it for exercise durables that wait for the next drill. An R1
 * durable on an R3 stream has no Raft group. What it gives up: while the node holding it is
 * down, that organisation's drill traffic waits (it is still stored R3 in the stream, and
 * published as usual); if the node is lost for good, so is the durable's position, and
 * `tongbao provision` creates it again from the start of the stream. Nothing is lost by
 * that: every message is still in the stream and delivered again, and the department's inbox
 * remembers every id it has handled, so nothing is shown or receipted twice. Live traffic
 * keeps R3 durables: there, waiting for a node to come back is not acceptable.
 */
export function durableReplicas(status: StatusName): 1 | undefined {
  return status === "live" ? undefined : 1;
}

/**
 * The durables of one organisation, the only place their names are made: on 2.10+ one per
 * status, `<org>-<status>`, with every filter of the status; on 2.9 one per filter,
 * `<org>-<status>-<8 hex of the filter's SHA-256>`.
 *
 * An organisation homed on a provincial leaf (`placement`) has these on its leaf (province
 * traffic, which flows while the uplink is down) and the same again on the hub, named
 * `<org>-hub-<status>...` (national and cross-province traffic, which waits on the hub while
 * the link is down). The names differ because a pulled message's ack subject
 * `$JS.ACK.<stream>.<durable>.…` names only stream and durable: on the leaf, an ack for a hub
 * durable of the same name as a leaf durable would reach the leaf's consumer.
 */
export function durablesOf(
  profile: DepartmentProfile,
  serverVersion: string,
  placement?: DurablePlacement,
): OrganisationDurable[] {
  const own = durableSet(profile, serverVersion, "");
  if (!placement) return own;
  const hub = durableSet(profile, serverVersion, "hub-").map((d) => ({
    ...d,
    domain: placement.hubDomain,
  }));
  return [...own, ...hub];
}

function durableSet(
  profile: DepartmentProfile,
  serverVersion: string,
  infix: string,
): OrganisationDurable[] {
  const multi = multiFilterConsumers(serverVersion);
  const out: OrganisationDurable[] = [];
  for (const status of profile.subscribe.statuses) {
    const stream = streamForStatus(status);
    const filters = subscriptionFilters(profile, status);
    const base = `${profile.id}-${infix}${status}`;
    const replicas = durableReplicas(status);
    const own = replicas === undefined ? {} : { replicas };
    if (multi) {
      out.push({ orgId: profile.id, status, stream, name: base, filters, ...own });
      continue;
    }
    for (const filter of filters) {
      out.push({
        orgId: profile.id,
        status,
        stream,
        name: `${base}-${hash8(filter)}`,
        filters: [filter],
        ...own,
      });
    }
  }
  return out;
}

/** The tracker's durable of one status: every traffic subject of that status. */
export function trackerDurable(orgId: string, status: StatusName): OrganisationDurable {
  return {
    orgId,
    status,
    stream: streamForStatus(status),
    name: `${orgId}-${status}`,
    filters: [`tb.${status}.>`],
  };
}

function hash8(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 8);
}

/** Whether a consumer name is one `durablesOf` or `trackerDurable` makes for this organisation. */
export function isDurableOf(orgId: string, name: string): boolean {
  if (!name.startsWith(`${orgId}-`)) return false;
  return /^(hub-)?(live|exercise|test)(-[0-9a-f]{8})?$/.test(name.slice(orgId.length + 1));
}
