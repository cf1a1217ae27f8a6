import { jetstream } from "@nats-io/jetstream";
import { createUser, encode as encodeSignature, fromSeed } from "@nats-io/nkeys";
import type { NatsConnection } from "@nats-io/transport-node";
import { FAMILIES } from "@tongbao/bus";
import {
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  tongbao,
} from "@tongbao/contracts";
import { MAX_PAYLOAD, decryptRedPayload } from "@tongbao/security";
import type { AttackRange, Member } from "./attack-range.js";
import {
  connectProbe,
  rawOversizedPublish,
  rejectionProbe,
  requestProbe,
  subscribeProbe,
  type Observation,
} from "./attack-probes.js";

const { Status } = tongbao.envelope.v1;
const { Tlp } = tongbao.common.v1;
const enc = new TextEncoder();

export interface AttackContext {
  range: AttackRange;
  /** The attacking organisation, connected with its own credentials. */
  attacker: Member;
  nc: NatsConnection;
  /** Whose traffic it goes after. */
  victim: Member;
  /** A third organisation, for relayed and re-addressed messages. */
  third: Member;
}

export interface Attack {
  name: string;
  expected: string;
  run(ctx: AttackContext): Promise<Observation>;
}

const BROKER = "denied by the broker";
const VERIFY = "rejected by verification";
const AUTH = "connection refused";

const id = (m: Member) => m.profile.id;
const liveDurable = (ctx: AttackContext, m: Member) => {
  const d = ctx.range.plan.durables.find(
    (x) => x.orgId === id(m) && x.stream === "TB_LIVE" && x.filter === `tb.live.to.${id(m)}.>`,
  );
  if (!d) throw new Error(`no addressed durable for ${id(m)}`);
  return d.name;
};
const json = (v: unknown) => JSON.stringify(v);

const sub = (name: string, subject: (c: AttackContext) => string): Attack => ({
  name,
  expected: BROKER,
  run: (c) => subscribeProbe(c.nc, subject(c)),
});
const api = (
  name: string,
  subject: (c: AttackContext) => string,
  body?: (c: AttackContext) => string,
): Attack => ({
  name,
  expected: BROKER,
  run: (c) => requestProbe(c.nc, subject(c), body?.(c) ?? ""),
});
/** A publish that must be refused and must leave nothing in the stream it aims at. */
const pub = (name: string, stream: string, subject: (c: AttackContext) => string): Attack => ({
  name,
  expected: BROKER,
  async run(c) {
    const o = await requestProbe(c.nc, subject(c), `${"forged"}`);
    if (stream && (await c.range.stored(stream, subject(c)))) {
      return { ...o, observed: `${o.observed}; STORED in ${stream}`, denied: false };
    }
    return o;
  },
});

/** Publishes a hand-made envelope on the attacker's own addressed subject to the victim (the
 * broker lets it through: the origin token is the attacker's) and verifies what was stored. */
const forged = (name: string, make: (c: AttackContext) => Uint8Array): Attack => ({
  name,
  expected: VERIFY,
  async run(c) {
    const subject = `tb.live.to.${id(c.victim)}.receipt.${id(c.attacker)}`;
    const ack = await jetstream(c.nc).publish(subject, make(c));
    return rejectionProbe(() => c.range.verifyStored("TB_LIVE", ack.seq));
  },
});

export const ATTACKS: Attack[] = [
  // Reading around the durables.
  sub("subscribe to the victim's addressed subjects", (c) => `tb.live.to.${id(c.victim)}.>`),
  sub("subscribe raw to its own addressed subjects", (c) => `tb.live.to.${id(c.attacker)}.>`),
  sub("subscribe to every traffic subject", () => "tb.>"),
  sub("subscribe to everything", () => ">"),
  sub("subscribe to raw broadcasts", () => "tb.live.*.*.*"),
  sub("subscribe to the victim's drill traffic", (c) => `tb.exercise.to.${id(c.victim)}.>`),
  sub("subscribe to QUARANTINE", () => "tbq.>"),
  sub("subscribe to AUDIT", () => "tba.>"),
  sub("sniff every reply inbox", () => "_INBOX.>"),
  sub("sniff the victim's reply inbox", (c) => `_INBOX.${id(c.victim)}.>`),
  sub("subscribe to the tracking bucket", () => "$KV.tb_tracking.>"),
  sub("subscribe to JetStream advisories", () => "$JS.EVENT.>"),
  sub("subscribe to system events", () => "$SYS.>"),
  // JetStream API.
  api(
    "direct-get from LIVE",
    () => "$JS.API.DIRECT.GET.TB_LIVE",
    (c) => json({ last_by_subj: `tb.live.to.${id(c.victim)}.bulletin.operator` }),
  ),
  api(
    "direct-get the victim's subject from LIVE",
    (c) => `$JS.API.DIRECT.GET.TB_LIVE.tb.live.to.${id(c.victim)}.bulletin.operator`,
  ),
  api(
    "message-get from LIVE",
    () => "$JS.API.STREAM.MSG.GET.TB_LIVE",
    () => json({ seq: 1 }),
  ),
  api(
    "message-get from QUARANTINE",
    () => "$JS.API.STREAM.MSG.GET.TB_QUARANTINE",
    () => json({ seq: 1 }),
  ),
  api(
    "message-get from AUDIT",
    () => "$JS.API.STREAM.MSG.GET.TB_AUDIT",
    () => json({ seq: 1 }),
  ),
  api(
    "message-get from the tracking bucket",
    () => "$JS.API.STREAM.MSG.GET.KV_tb_tracking",
    () => json({ last_by_subj: "$KV.tb_tracking.case-1" }),
  ),
  api(
    "create an unfiltered consumer on LIVE",
    () => "$JS.API.CONSUMER.CREATE.TB_LIVE",
    (c) =>
      json({
        stream_name: "TB_LIVE",
        config: { ack_policy: "none", deliver_subject: `_INBOX.${id(c.attacker)}.all` },
      }),
  ),
  api(
    "create a consumer filtered on the victim's subjects",
    (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${id(c.attacker)}-x.tb.live.to.${id(c.victim)}.>`,
    (c) =>
      json({
        stream_name: "TB_LIVE",
        config: { name: `${id(c.attacker)}-x`, filter_subject: `tb.live.to.${id(c.victim)}.>` },
      }),
  ),
  api(
    "create a durable through the legacy API",
    (c) => `$JS.API.CONSUMER.DURABLE.CREATE.TB_LIVE.${id(c.attacker)}-y`,
    (c) =>
      json({
        stream_name: "TB_LIVE",
        config: { durable_name: `${id(c.attacker)}-y`, ack_policy: "explicit" },
      }),
  ),
  api(
    "widen the filter of its own durable",
    (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${liveDurable(c, c.attacker)}`,
    (c) =>
      json({
        stream_name: "TB_LIVE",
        config: {
          durable_name: liveDurable(c, c.attacker),
          filter_subject: "tb.>",
          ack_policy: "explicit",
        },
      }),
  ),
  api(
    "pull from the victim's durable",
    (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c, c.victim)}`,
    () => json({ batch: 1, expires: 500_000_000 }),
  ),
  api(
    "look up the victim's durable",
    (c) => `$JS.API.CONSUMER.INFO.TB_LIVE.${liveDurable(c, c.victim)}`,
  ),
  api(
    "ack on the victim's durable",
    (c) => `$JS.ACK.TB_LIVE.${liveDurable(c, c.victim)}.1.1.1.0.0`,
  ),
  api(
    "delete the victim's durable",
    (c) => `$JS.API.CONSUMER.DELETE.TB_LIVE.${liveDurable(c, c.victim)}`,
  ),
  api(
    "create a consumer on QUARANTINE",
    () => "$JS.API.CONSUMER.CREATE.TB_QUARANTINE",
    (c) =>
      json({
        stream_name: "TB_QUARANTINE",
        config: { ack_policy: "none", deliver_subject: `_INBOX.${id(c.attacker)}.q` },
      }),
  ),
  api(
    "create a consumer on AUDIT",
    () => "$JS.API.CONSUMER.CREATE.TB_AUDIT",
    (c) =>
      json({
        stream_name: "TB_AUDIT",
        config: { ack_policy: "none", deliver_subject: `_INBOX.${id(c.attacker)}.a` },
      }),
  ),
  api("list the streams", () => "$JS.API.STREAM.LIST"),
  api("purge the drill stream", () => "$JS.API.STREAM.PURGE.TB_EXERCISE"),
  api("delete the LIVE stream", () => "$JS.API.STREAM.DELETE.TB_LIVE"),
  // Publishing as someone else, or where it may not.
  pub(
    "publish a broadcast as the victim",
    "TB_LIVE",
    (c) => `tb.live.bulletin.all.${id(c.victim)}`,
  ),
  pub(
    "publish addressed traffic as the victim",
    "TB_LIVE",
    (c) => `tb.live.to.${id(c.third)}.feedback.${id(c.victim)}`,
  ),
  pub(
    "publish into a status it takes no part in",
    "TB_TEST",
    (c) => `tb.test.to.${id(c.victim)}.receipt.${id(c.attacker)}`,
  ),
  pub("publish a family outside its profile", "TB_LIVE", (c) => {
    const family = FAMILIES.find((f) => !c.attacker.profile.publish.families.includes(f));
    return `tb.live.to.${id(c.victim)}.${family ?? "unknown"}.${id(c.attacker)}`;
  }),
  pub("forge an audit record", "TB_AUDIT", (c) => `tba.key.${id(c.attacker)}`),
  pub(
    "overwrite a key in the registry",
    "KV_tb_registry",
    (c) => `$KV.tb_registry.key.${id(c.victim)}`,
  ),
  pub(
    "write to the tracking bucket",
    "KV_tb_tracking",
    (c) => `$KV.tb_tracking.attack-${id(c.attacker)}`,
  ),
  pub("spoof a reply into the victim's inbox", "", (c) => `_INBOX.${id(c.victim)}.spoof`),
  // Messages the broker lets through, that verification must reject.
  forged("forge a message in the victim's name", (c) =>
    c.range.envelope(c.attacker.signer, { source: id(c.victim), recipients: [id(c.victim)] }),
  ),
  forged("sign with the victim's key id and its own key", (c) =>
    c.range.envelope(
      { ...c.attacker.signer, keyId: c.victim.signer.keyId },
      { source: id(c.attacker), recipients: [id(c.victim)] },
    ),
  ),
  forged("tamper with a signed payload", (c) => {
    const env = decodeEnvelope(c.range.envelope(c.attacker.signer, { recipients: [id(c.victim)] }));
    return encodeEnvelope({ ...env, payload: Uint8Array.from([...env.payload, 0x0a]) });
  }),
  forged("downgrade the marking of a signed RED message", (c) => {
    const env = decodeEnvelope(
      c.range.envelope(c.attacker.signer, {
        recipients: [id(c.victim)],
        marking: { tlp: Tlp.TLP_RED },
      }),
    );
    const header = decodeHeader(env.header);
    return encodeEnvelope({
      ...env,
      header: encodeHeader({ ...header, marking: { tlp: Tlp.TLP_GREEN } }),
    });
  }),
  forged("sign with an unregistered key", (c) =>
    c.range.envelope(
      { ...c.attacker.signer, keyId: `${id(c.attacker)}_0000000000000000` },
      { recipients: [id(c.victim)] },
    ),
  ),
  forged("sign with a revoked key", (c) =>
    c.range.envelope(c.attacker.revoked, { recipients: [id(c.victim)] }),
  ),
  forged("back-date a message signed with a revoked key", (c) =>
    c.range.envelope(c.attacker.revoked, {
      recipients: [id(c.victim)],
      time: { seconds: Math.floor(Date.now() / 1000) - 3 * 3600, nanos: 0 },
    }),
  ),
  forged("push drill traffic into LIVE", (c) =>
    c.range.envelope(c.attacker.signer, {
      recipients: [id(c.victim)],
      status: Status.STATUS_EXERCISE,
    }),
  ),
  forged("re-address a message signed for another recipient", (c) =>
    c.range.envelope(c.attacker.signer, { recipients: [id(c.third)] }),
  ),
  forged("relay a message another organisation sent it", (c) =>
    c.range.envelope(c.third.signer, { recipients: [id(c.attacker)] }),
  ),
  {
    name: "replay a message under its message id",
    expected: "dropped as a duplicate",
    async run(c) {
      const js = jetstream(c.nc);
      const subject = `tb.live.to.${id(c.victim)}.receipt.${id(c.attacker)}`;
      const bytes = c.range.envelope(c.attacker.signer, { recipients: [id(c.victim)] });
      const msgID = `replay-${id(c.attacker)}`;
      await js.publish(subject, bytes, { msgID });
      const again = await js.publish(subject, bytes, { msgID });
      return again.duplicate
        ? { observed: "dropped: duplicate message id", denied: true, leaked: false }
        : { observed: "stored twice", denied: false, leaked: false };
    },
  },
  {
    name: "decrypt the victim's RED payload with its own key",
    expected: "decryption refused",
    async run(c) {
      const red = c.range.redFor.get(id(c.victim));
      if (!red) throw new Error("no RED payload planted");
      const stored = await c.range.jsm.streams.getMessage("TB_LIVE", { seq: red.seq });
      return rejectionProbe(() =>
        decryptRedPayload(stored!.data, c.attacker.red, enc.encode(red.id)),
      );
    },
  },
  {
    name: "decrypt the victim's RED payload under the victim's name",
    expected: "decryption refused",
    async run(c) {
      const red = c.range.redFor.get(id(c.victim));
      if (!red) throw new Error("no RED payload planted");
      const stored = await c.range.jsm.streams.getMessage("TB_LIVE", { seq: red.seq });
      const impostor = { ...c.attacker.red, orgId: id(c.victim), keyId: c.victim.red.keyId };
      return rejectionProbe(() => decryptRedPayload(stored!.data, impostor, enc.encode(red.id)));
    },
  },
  // Connecting.
  {
    name: "connect without credentials",
    expected: AUTH,
    run: (c) => connectProbe(c.range.server.url, {}),
  },
  {
    name: "connect as the victim, signing with its own seed",
    expected: AUTH,
    run: (c) => {
      const own = fromSeed(enc.encode(c.attacker.user.seed));
      return connectProbe(c.range.server.url, {
        authenticator: (nonce?: string) => ({
          nkey: c.victim.user.publicKey,
          sig: encodeSignature(own.sign(enc.encode(nonce ?? ""))),
        }),
      });
    },
  },
  {
    name: "connect with an unregistered nkey",
    expected: AUTH,
    run: (c) => {
      const kp = createUser();
      return connectProbe(c.range.server.url, {
        authenticator: (nonce?: string) => ({
          nkey: kp.getPublicKey(),
          sig: encodeSignature(kp.sign(enc.encode(nonce ?? ""))),
        }),
      });
    },
  },
  {
    name: "connect with a user name and password",
    expected: AUTH,
    run: (c) => connectProbe(c.range.server.url, { user: id(c.attacker), pass: "password" }),
  },
  {
    name: "connect with a token",
    expected: AUTH,
    run: (c) => connectProbe(c.range.server.url, { token: id(c.attacker) }),
  },
  {
    name: "send an oversized message from a raw client",
    expected: "denied by the broker",
    async run(c) {
      const subject = `tb.live.to.${id(c.victim)}.feedback.${id(c.attacker)}`;
      const o = await rawOversizedPublish(
        c.range.server.url,
        c.attacker.user.seed,
        subject,
        MAX_PAYLOAD + 1,
      );
      if (await c.range.stored("TB_LIVE", subject))
        return { ...o, observed: `${o.observed}; STORED`, denied: false };
      return o;
    },
  },
  {
    name: "send an oversized message",
    expected: "refused (max_payload)",
    async run(c) {
      const limit = c.nc.info?.max_payload;
      try {
        c.nc.publish(
          `tb.live.to.${id(c.victim)}.receipt.${id(c.attacker)}`,
          new Uint8Array(MAX_PAYLOAD + 1),
        );
        return { observed: "sent", denied: false, leaked: false };
      } catch (err) {
        const ok = limit === MAX_PAYLOAD && /payload/i.test(String(err));
        return {
          observed: `refused: exceeds max_payload ${String(limit)}`,
          denied: ok,
          leaked: false,
        };
      }
    },
  },
];
