import { ADDRESSED_FAMILIES, BUCKETS, STREAMS, bucketStream, type Family } from "@tongbao/bus";
import type { DepartmentDurable, DepartmentProfile, Permissions } from "./types.js";

/** Prefix of a department's reply subjects: it may subscribe under it and nowhere else. */
export function inboxPrefixFor(orgId: string): string {
  return `_INBOX.${orgId}`;
}

const REGISTRY_STREAM = bucketStream(BUCKETS.REGISTRY);

/** Streams whose contents a department reads only through its own pinned durables, if at all. */
const GUARDED_STREAMS = [
  STREAMS.LIVE,
  STREAMS.EXERCISE,
  STREAMS.TEST,
  STREAMS.QUARANTINE,
  STREAMS.AUDIT,
  bucketStream(BUCKETS.TRACKING),
];

/**
 * What one department's credentials may do. Everything not allowed is denied; the deny
 * lists repeat the sensitive subjects so that a later, wider allow cannot open them (a deny
 * always wins in nats-server).
 *
 * Publish: traffic whose origin token is itself, for its statuses and publish families
 * (broadcast only where its marking floor allows it); quarantine records (write-only);
 * the pull, info and ack subjects of its own durables; the registry bucket read API; the
 * JetStream account-info probe the client makes on start.
 *
 * Subscribe: its own inbox prefix only. A core subscription on a stream subject would read
 * past every consumer filter, so there is none on `tb.>`, `tbq.>` or `tba.>`.
 */
export function departmentPermissions(
  profile: DepartmentProfile,
  durables: readonly DepartmentDurable[],
): Permissions {
  const id = profile.id;
  const restricted = profile.publish.minTlp === "AMBER_STRICT" || profile.publish.minTlp === "RED";
  const allowPub = new Set<string>();
  for (const status of profile.subscribe.statuses) {
    for (const family of profile.publish.families) {
      allowPub.add(`tb.${status}.to.*.${family}.${id}`);
      if (!restricted && !ADDRESSED_FAMILIES.has(family as Family)) {
        allowPub.add(`tb.${status}.${family}.*.${id}`);
      }
    }
  }
  allowPub.add("tbq.*.*");
  allowPub.add("$JS.API.INFO");
  for (const d of durables) {
    allowPub.add(`$JS.API.CONSUMER.INFO.${d.stream}.${d.name}`);
    allowPub.add(`$JS.API.CONSUMER.MSG.NEXT.${d.stream}.${d.name}`);
    allowPub.add(`$JS.ACK.${d.stream}.${d.name}.>`);
  }
  // The registry holds public keys signed by the registry admin: readable by every member.
  // Watching it needs an ordered (ephemeral) consumer with flow control.
  for (const s of [
    `$JS.API.STREAM.INFO.${REGISTRY_STREAM}`,
    `$JS.API.CONSUMER.CREATE.${REGISTRY_STREAM}`,
    `$JS.API.CONSUMER.CREATE.${REGISTRY_STREAM}.>`,
    `$JS.API.CONSUMER.INFO.${REGISTRY_STREAM}.>`,
    `$JS.API.STREAM.MSG.GET.${REGISTRY_STREAM}`,
    `$JS.API.DIRECT.GET.${REGISTRY_STREAM}.>`,
    `$JS.FC.${REGISTRY_STREAM}.>`,
  ]) {
    allowPub.add(s);
  }

  const denyPub = ["tba.>", "$KV.>", "$SYS.>", "_INBOX.>", "$JS.API.STREAM.CREATE.>"];
  denyPub.push("$JS.API.STREAM.DELETE.>", "$JS.API.STREAM.PURGE.>", "$JS.API.STREAM.UPDATE.>");
  for (const s of GUARDED_STREAMS) {
    denyPub.push(
      `$JS.API.STREAM.MSG.GET.${s}`,
      `$JS.API.DIRECT.GET.${s}`,
      `$JS.API.DIRECT.GET.${s}.>`,
      `$JS.API.CONSUMER.CREATE.${s}`,
      `$JS.API.CONSUMER.CREATE.${s}.>`,
      `$JS.API.CONSUMER.DURABLE.CREATE.${s}.>`,
      `$JS.API.CONSUMER.DELETE.${s}.>`,
    );
  }
  const inbox = inboxPrefixFor(id);
  return {
    publish: { allow: [...allowPub], deny: denyPub },
    subscribe: {
      allow: [`${inbox}.>`],
      deny: ["tb.>", "tbq.>", "tba.>", "$KV.>", "$JS.>", "$SYS.>"],
    },
  };
}
