import { isTracker, type Attack, type AttackContext } from "./attack.js";
import { liveDurable } from "./attacker.js";
import { refusedPublish } from "./refused-publish.js";

/**
 * The JetStream API of the owner account. An organisation's account imports no API subject
 * but the pull and acks of its own durables and the registry's direct get (the tracker also
 * direct get on the traffic streams and the tracking bucket), and its user may publish
 * nothing else: no stream or consumer is listed, read, created, changed or removed by it.
 */

const A = (c: AttackContext) => c.attacker.id;
const V = (c: AttackContext) => c.victim.id;
const own = (c: AttackContext) => liveDurable(c.attacker).name;
const json = (v: unknown) => JSON.stringify(v);
const notTracker = (c: AttackContext) => !isTracker(c.attacker);
const api = "JetStream API" as const;

const push = (stream: string, deliver: (c: AttackContext) => string) => (c: AttackContext) =>
  json({ stream_name: stream, config: { ack_policy: "none", deliver_subject: deliver(c) } });

export const JETSTREAM_API_ATTACKS: Attack[] = [
  refusedPublish(api, "account info", "$JS.API.INFO"),
  refusedPublish(api, "list the streams", "$JS.API.STREAM.LIST"),
  refusedPublish(api, "stream names", "$JS.API.STREAM.NAMES"),
  refusedPublish(api, "stream info of TB_AUDIT", "$JS.API.STREAM.INFO.TB_AUDIT"),
  refusedPublish(
    api,
    "create a stream",
    (c) => `$JS.API.STREAM.CREATE.EVIL_${c.tag.replace(/-/g, "_")}`,
    {
      body: (c) =>
        json({ name: `EVIL_${c.tag.replace(/-/g, "_")}`, subjects: [`evil.${c.tag}.>`] }),
    },
  ),
  refusedPublish(api, "widen TB_LIVE to every subject", "$JS.API.STREAM.UPDATE.TB_LIVE", {
    body: json({ name: "TB_LIVE", subjects: [">"] }),
    aims: () => ["TB_LIVE"],
  }),
  refusedPublish(api, "delete TB_LIVE", "$JS.API.STREAM.DELETE.TB_LIVE", {
    aims: () => ["TB_LIVE"],
  }),
  refusedPublish(api, "purge TB_QUARANTINE", "$JS.API.STREAM.PURGE.TB_QUARANTINE", {
    aims: () => ["TB_QUARANTINE"],
  }),
  refusedPublish(
    api,
    "purge the victim's key from the registry",
    "$JS.API.STREAM.PURGE.KV_tb_registry",
    {
      body: (c) => json({ filter: `$KV.tb_registry.key.${c.victim.keyIds[0]}` }),
      aims: () => ["KV_tb_registry"],
    },
  ),
  refusedPublish(api, "delete a registry message", "$JS.API.STREAM.MSG.DELETE.KV_tb_registry", {
    body: json({ seq: 1 }),
    aims: () => ["KV_tb_registry"],
  }),
  refusedPublish(api, "message get from TB_AUDIT", "$JS.API.STREAM.MSG.GET.TB_AUDIT", {
    body: json({ seq: 1 }),
  }),
  refusedPublish(api, "message get from TB_QUARANTINE", "$JS.API.STREAM.MSG.GET.TB_QUARANTINE", {
    body: json({ seq: 1 }),
  }),
  refusedPublish(
    api,
    "message get from the tracking bucket",
    "$JS.API.STREAM.MSG.GET.KV_tb_tracking",
    {
      body: json({ last_by_subj: "$KV.tb_tracking.plant" }),
    },
  ),
  refusedPublish(api, "message get from TB_LIVE", "$JS.API.STREAM.MSG.GET.TB_LIVE", {
    body: (c) => json({ last_by_subj: `tb.live.to.${V(c)}.bulletin.operator` }),
  }),
  refusedPublish(api, "snapshot TB_LIVE", "$JS.API.STREAM.SNAPSHOT.TB_LIVE", {
    body: (c) => json({ deliver_subject: `_INBOX.${A(c)}.snap`, chunk_size: 1024 }),
  }),
  refusedPublish(
    api,
    "restore a stream",
    (c) => `$JS.API.STREAM.RESTORE.EVIL_${c.tag.replace(/-/g, "_")}`,
  ),
  refusedPublish(api, "stream leader stepdown", "$JS.API.STREAM.LEADER.STEPDOWN.TB_LIVE"),
  refusedPublish(api, "remove a stream peer", "$JS.API.STREAM.PEER.REMOVE.TB_LIVE", {
    body: json({ peer: "x" }),
  }),
  refusedPublish(api, "purge the owner account", "$JS.API.ACCOUNT.PURGE.TONGBAO"),
  refusedPublish(api, "remove a server", "$JS.API.SERVER.REMOVE", { body: json({ peer: "x" }) }),
  refusedPublish(api, "meta leader stepdown", "$JS.API.META.LEADER.STEPDOWN"),
  refusedPublish(
    api,
    "push consumer delivering into the victim's subjects",
    "$JS.API.CONSUMER.CREATE.TB_LIVE",
    {
      body: push("TB_LIVE", (c) => `tb.live.to.${c.third.id}.bulletin.${V(c)}`),
      aims: () => ["TB_LIVE/*"],
    },
  ),
  refusedPublish(
    api,
    "push consumer delivering into the audit",
    "$JS.API.CONSUMER.CREATE.TB_LIVE",
    {
      body: push("TB_LIVE", (c) => `tba.${c.tag}.${V(c)}`),
      aims: () => ["TB_LIVE/*"],
    },
  ),
  refusedPublish(
    api,
    "push consumer delivering into the registry",
    "$JS.API.CONSUMER.CREATE.TB_LIVE",
    {
      body: push("TB_LIVE", (c) => `$KV.tb_registry.key.${c.victim.keyIds[0]}`),
      aims: () => ["TB_LIVE/*"],
    },
  ),
  refusedPublish(
    api,
    "push consumer delivering to its own inbox",
    "$JS.API.CONSUMER.CREATE.TB_LIVE",
    {
      body: push("TB_LIVE", (c) => `_INBOX.${A(c)}.push`),
      aims: () => ["TB_LIVE/*"],
    },
  ),
  refusedPublish(api, "unfiltered pull consumer", "$JS.API.CONSUMER.CREATE.TB_LIVE", {
    body: json({ stream_name: "TB_LIVE", config: { ack_policy: "explicit" } }),
    aims: () => ["TB_LIVE/*"],
  }),
  refusedPublish(api, "named durable", (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${A(c)}-x`, {
    body: (c) =>
      json({
        stream_name: "TB_LIVE",
        config: { durable_name: `${A(c)}-x`, ack_policy: "explicit" },
      }),
    aims: (c) => [`TB_LIVE/${A(c)}-x`],
  }),
  refusedPublish(
    api,
    "consumer filtered on the victim's subjects",
    (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${A(c)}-y.tb.live.to.${V(c)}.>`,
    {
      body: (c) =>
        json({
          stream_name: "TB_LIVE",
          config: { name: `${A(c)}-y`, filter_subject: `tb.live.to.${V(c)}.>` },
        }),
      aims: (c) => [`TB_LIVE/${A(c)}-y`],
    },
  ),
  refusedPublish(
    api,
    "durable through the legacy API",
    (c) => `$JS.API.CONSUMER.DURABLE.CREATE.TB_LIVE.${A(c)}-z`,
    {
      body: (c) =>
        json({
          stream_name: "TB_LIVE",
          config: { durable_name: `${A(c)}-z`, ack_policy: "explicit" },
        }),
      aims: (c) => [`TB_LIVE/${A(c)}-z`],
    },
  ),
  refusedPublish(
    api,
    "widen the filter of its own durable",
    (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${own(c)}`,
    {
      body: (c) =>
        json({
          stream_name: "TB_LIVE",
          config: { durable_name: own(c), filter_subject: "tb.>", ack_policy: "explicit" },
        }),
      aims: (c) => [`TB_LIVE/${own(c)}`],
    },
  ),
  refusedPublish(api, "consumer on TB_AUDIT", "$JS.API.CONSUMER.CREATE.TB_AUDIT", {
    body: push("TB_AUDIT", (c) => `_INBOX.${A(c)}.audit`),
    aims: () => ["TB_AUDIT/*"],
  }),
  refusedPublish(api, "consumer on TB_QUARANTINE", "$JS.API.CONSUMER.CREATE.TB_QUARANTINE", {
    body: push("TB_QUARANTINE", (c) => `_INBOX.${A(c)}.q`),
    aims: () => ["TB_QUARANTINE/*"],
  }),
  refusedPublish(api, "consumer on the registry bucket", "$JS.API.CONSUMER.CREATE.KV_tb_registry", {
    body: push("KV_tb_registry", (c) => `_INBOX.${A(c)}.kv`),
    aims: () => ["KV_tb_registry/*"],
  }),
  refusedPublish(api, "consumer on the tracking bucket", "$JS.API.CONSUMER.CREATE.KV_tb_tracking", {
    body: push("KV_tb_tracking", (c) => `_INBOX.${A(c)}.kv`),
    aims: () => ["KV_tb_tracking/*"],
  }),
  refusedPublish(api, "list the consumers of TB_LIVE", "$JS.API.CONSUMER.LIST.TB_LIVE"),
  refusedPublish(api, "consumer names of TB_LIVE", "$JS.API.CONSUMER.NAMES.TB_LIVE"),
  refusedPublish(
    api,
    "consumer info of its own durable",
    (c) => `$JS.API.CONSUMER.INFO.TB_LIVE.${own(c)}`,
  ),
  refusedPublish(
    api,
    "delete its own durable",
    (c) => `$JS.API.CONSUMER.DELETE.TB_LIVE.${own(c)}`,
    {
      aims: (c) => [`TB_LIVE/${own(c)}`],
    },
  ),
  refusedPublish(api, "direct get from TB_LIVE", "$JS.API.DIRECT.GET.TB_LIVE", {
    body: (c) => json({ last_by_subj: `tb.live.to.${V(c)}.bulletin.operator` }),
    applies: notTracker,
  }),
  refusedPublish(api, "direct get from TB_EXERCISE", "$JS.API.DIRECT.GET.TB_EXERCISE", {
    body: json({ seq: 1 }),
    applies: notTracker,
  }),
  refusedPublish(api, "direct get from TB_TEST", "$JS.API.DIRECT.GET.TB_TEST", {
    body: json({ seq: 1 }),
  }),
  refusedPublish(api, "direct get from TB_AUDIT", "$JS.API.DIRECT.GET.TB_AUDIT", {
    body: json({ seq: 1 }),
  }),
  refusedPublish(api, "direct get from TB_QUARANTINE", "$JS.API.DIRECT.GET.TB_QUARANTINE", {
    body: json({ seq: 1 }),
  }),
  refusedPublish(api, "direct get from the tracking bucket", "$JS.API.DIRECT.GET.KV_tb_tracking", {
    body: json({ last_by_subj: "$KV.tb_tracking.plant" }),
    applies: notTracker,
  }),
  refusedPublish(
    api,
    "direct get of a victim's subject from TB_LIVE (subject form)",
    (c) => `$JS.API.DIRECT.GET.TB_LIVE.tb.live.to.${V(c)}.bulletin.operator`,
  ),
  refusedPublish(
    api,
    "direct get of the registry (subject form)",
    (c) => `$JS.API.DIRECT.GET.KV_tb_registry.$KV.tb_registry.org.${V(c)}`,
  ),
  refusedPublish(api, "a literal wildcard in an API subject", "$JS.API.STREAM.INFO.*"),
  refusedPublish(api, "account info (raw protocol)", "$JS.API.INFO", { raw: true }),
  refusedPublish(api, "delete TB_AUDIT (raw protocol)", "$JS.API.STREAM.DELETE.TB_AUDIT", {
    raw: true,
    aims: () => ["TB_AUDIT"],
  }),
];
