import { headers as natsHeaders } from "@nats-io/transport-node";
import { BUCKETS, STREAMS, bucketStream, checkpointKey } from "@tongbao/bus";
import { breached, held, type Attack, type AttackContext } from "./attack.js";
import { refusedPublish } from "./refused-publish.js";

/**
 * The checkpoint bucket: the signed checkpoints of the replay log, which the operator's
 * `tongbao checkpoint` alone writes (signed by a registry admin key, each stored once). A
 * replay trusts a checkpoint's range instead of every signature in it, so whoever could put,
 * replace, delete or purge one, or change the bucket's stream, could hide a removed message
 * or plant a range. No organisation's account imports any of it: every write, every API
 * request and every read (KV history, direct get, a consumer or a core subscription on its
 * subjects) is refused by the broker. The battery runs after the operator sealed TB_LIVE's
 * first checkpoints, so there is one to overwrite and delete.
 */

const cls = "checkpoint bucket" as const;
const BUCKET = BUCKETS.CHECKPOINTS;
const STREAM = bucketStream(BUCKET);
const json = (v: unknown) => JSON.stringify(v);
/** The first checkpoint of the live stream, which the operator stored before the battery. */
export const STORED_CHECKPOINT = `$KV.${BUCKET}.${checkpointKey(STREAMS.LIVE, 1)}`;
/** The index after the last one stored: where a forged range would be appended. */
const NEXT_CHECKPOINT = `$KV.${BUCKET}.${checkpointKey(STREAMS.LIVE, 999)}`;
const inbox = (c: AttackContext, what: string) => `_INBOX.${c.attacker.id}.${what}.${c.tag}`;
const aimsBucket = () => [STREAM];

/** A checkpoint as an attacker would forge it: a range that says everything in it is proven. */
const forged = (c: AttackContext, index: number) =>
  json({
    v: 1,
    stream: STREAMS.LIVE,
    index,
    firstSeq: 1,
    lastSeq: 1_000_000,
    size: 0,
    signer: `${c.attacker.id}_forged`,
  });

/**
 * A KV operation as nats.js sends it (headers on the key's subject), with a reply into the
 * attacker's inbox: refused at the broker, and nothing answers.
 */
function kvOperation(name: string, subject: string, set: Record<string, string>): Attack {
  return {
    cls,
    name,
    aims: () => [subject, STREAM],
    async run(c) {
      const h = natsHeaders();
      for (const [k, v] of Object.entries(set)) h.set(k, v);
      const reply = inbox(c, "kv");
      c.session.publish(subject, "", { headers: h, reply });
      await c.settled;
      if (c.session.received.some((m) => m.subject === reply))
        return breached("the bucket answered");
      return c.session.refused(subject)
        ? held("publish refused by the broker")
        : breached("the broker let it through");
    },
  };
}

export const CHECKPOINT_ATTACKS: Attack[] = [
  refusedPublish(cls, "put a forged checkpoint after the last", NEXT_CHECKPOINT, {
    body: (c) => forged(c, 999),
    aims: aimsBucket,
  }),
  refusedPublish(cls, "overwrite the stored checkpoint (write-once)", STORED_CHECKPOINT, {
    body: (c) => forged(c, 1),
    aims: aimsBucket,
  }),
  refusedPublish(cls, "overwrite the stored checkpoint (raw protocol)", STORED_CHECKPOINT, {
    body: (c) => forged(c, 1),
    raw: true,
    aims: aimsBucket,
  }),
  kvOperation("create a checkpoint where none is (expected last sequence 0)", NEXT_CHECKPOINT, {
    "Nats-Expected-Last-Subject-Sequence": "0",
  }),
  kvOperation("delete the stored checkpoint (KV delete marker)", STORED_CHECKPOINT, {
    "KV-Operation": "DEL",
  }),
  kvOperation("purge the stored checkpoint (KV purge rollup)", STORED_CHECKPOINT, {
    "KV-Operation": "PURGE",
    "Nats-Rollup": "sub",
  }),
  kvOperation("roll the whole bucket up into one message", STORED_CHECKPOINT, {
    "Nats-Rollup": "all",
  }),
  refusedPublish(cls, "purge the bucket's stream", `$JS.API.STREAM.PURGE.${STREAM}`, {
    aims: aimsBucket,
  }),
  refusedPublish(cls, "purge the live stream's checkpoints", `$JS.API.STREAM.PURGE.${STREAM}`, {
    body: json({ filter: `$KV.${BUCKET}.${STREAMS.LIVE}.>` }),
    aims: aimsBucket,
  }),
  refusedPublish(cls, "delete the bucket's stream", `$JS.API.STREAM.DELETE.${STREAM}`, {
    aims: aimsBucket,
  }),
  refusedPublish(
    cls,
    "delete the stored checkpoint's message",
    `$JS.API.STREAM.MSG.DELETE.${STREAM}`,
    {
      body: json({ seq: 1, no_erase: true }),
      aims: aimsBucket,
    },
  ),
  refusedPublish(cls, "lift the bucket's deny-delete", `$JS.API.STREAM.UPDATE.${STREAM}`, {
    body: json({ name: STREAM, subjects: [`$KV.${BUCKET}.>`], deny_delete: false }),
    aims: aimsBucket,
  }),
  refusedPublish(
    cls,
    "widen the bucket to subjects the attacker may publish",
    `$JS.API.STREAM.UPDATE.${STREAM}`,
    {
      body: (c) =>
        json({
          name: STREAM,
          subjects: [`$KV.${BUCKET}.>`, `tb.live.to.attack-sink.receipt.${c.attacker.id}`],
        }),
      aims: aimsBucket,
    },
  ),
  refusedPublish(cls, "stream info of the bucket", `$JS.API.STREAM.INFO.${STREAM}`),
  refusedPublish(cls, "snapshot the bucket", `$JS.API.STREAM.SNAPSHOT.${STREAM}`, {
    body: (c) => json({ deliver_subject: inbox(c, "snap"), chunk_size: 1024 }),
  }),
  refusedPublish(cls, "message get of the stored checkpoint", `$JS.API.STREAM.MSG.GET.${STREAM}`, {
    body: json({ last_by_subj: STORED_CHECKPOINT }),
  }),
  refusedPublish(cls, "direct get of the stored checkpoint", `$JS.API.DIRECT.GET.${STREAM}`, {
    body: json({ last_by_subj: STORED_CHECKPOINT }),
  }),
  refusedPublish(
    cls,
    "direct get of the stored checkpoint (subject form)",
    `$JS.API.DIRECT.GET.${STREAM}.${STORED_CHECKPOINT}`,
  ),
  refusedPublish(cls, "direct get of the bucket's history", `$JS.API.DIRECT.GET.${STREAM}`, {
    body: json({ seq: 1, batch: 100, multi_last: [`$KV.${BUCKET}.>`] }),
  }),
  refusedPublish(
    cls,
    "KV watch of the bucket's history (ordered push consumer)",
    `$JS.API.CONSUMER.CREATE.${STREAM}`,
    {
      body: (c) =>
        json({
          stream_name: STREAM,
          config: {
            ack_policy: "none",
            deliver_policy: "all",
            flow_control: true,
            idle_heartbeat: 5_000_000_000,
            deliver_subject: inbox(c, "watch"),
            filter_subject: `$KV.${BUCKET}.>`,
          },
        }),
      aims: () => [`${STREAM}/*`],
    },
  ),
  refusedPublish(
    cls,
    "consumer filtered on the live stream's checkpoints",
    (c) => `$JS.API.CONSUMER.CREATE.${STREAM}.${c.attacker.id}-cp.$KV.${BUCKET}.${STREAMS.LIVE}.>`,
    {
      body: (c) =>
        json({
          stream_name: STREAM,
          config: {
            name: `${c.attacker.id}-cp`,
            filter_subject: `$KV.${BUCKET}.${STREAMS.LIVE}.>`,
          },
        }),
      aims: (c) => [`${STREAM}/${c.attacker.id}-cp`],
    },
  ),
  refusedPublish(
    cls,
    "durable on the bucket",
    (c) => `$JS.API.CONSUMER.DURABLE.CREATE.${STREAM}.${c.attacker.id}-cpd`,
    {
      body: (c) =>
        json({
          stream_name: STREAM,
          config: { durable_name: `${c.attacker.id}-cpd`, ack_policy: "explicit" },
        }),
      aims: (c) => [`${STREAM}/${c.attacker.id}-cpd`],
    },
  ),
  refusedPublish(cls, "list the bucket's consumers", `$JS.API.CONSUMER.LIST.${STREAM}`),
  {
    cls,
    name: "subscribe to the bucket's writes",
    async run(c) {
      const r = await c.session.subscriptionRefused(`$KV.${BUCKET}.>`);
      return r.refused
        ? held("subscription refused by the broker")
        : breached(`subscription stayed open (${r.got} messages)`);
    },
  },
];
