import { held, breached, isTracker, type Attack, type AttackContext } from "./attack.js";
import { OWN_PULL, liveDurable } from "./attacker.js";
import { STORED_CHECKPOINT } from "./attacks-checkpoints.js";

/**
 * Reply-subject injection: a request whose reply subject names something the attacker may
 * not write. In one shared account JetStream would answer into that subject (an audit
 * record, a registry key, a victim's durable); with an account per organisation the answer
 * is a service reply and goes back into the attacker's own account, where nothing listens.
 * Every verb an organisation can reach is tried with every target, and so is every verb it
 * cannot reach (refused at the broker before JetStream sees it).
 */

interface ReplyTarget {
  name: string;
  subject(c: AttackContext): string;
  /** Where its effect would show in the ledger, when not the subject itself. */
  aims?(c: AttackContext): string[];
}

const V = (c: AttackContext) => c.victim.id;
const T = (c: AttackContext) => c.third.id;

export const REPLY_TARGETS: ReplyTarget[] = [
  { name: "an audit record as the victim", subject: (c) => `tba.${c.tag}.${V(c)}` },
  { name: "a broadcast as the victim", subject: (c) => `tb.live.bulletin.${c.tag}.${V(c)}` },
  { name: "an all-sector broadcast as the victim", subject: (c) => `tb.live.warning.all.${V(c)}` },
  {
    name: "addressed live traffic to the victim as a third",
    subject: (c) => `tb.live.to.${V(c)}.bulletin.${T(c)}`,
  },
  {
    name: "addressed drill traffic to the victim as a third",
    subject: (c) => `tb.exercise.to.${V(c)}.warning.${T(c)}`,
  },
  { name: "the victim's registry record", subject: (c) => `$KV.tb_registry.org.${V(c)}` },
  {
    name: "the victim's signing key record",
    subject: (c) => `$KV.tb_registry.key.${c.victim.keyIds[0]}`,
  },
  { name: "a tracking record", subject: (c) => `$KV.tb_tracking.${c.tag}` },
  {
    name: "the live stream's stored checkpoint",
    subject: () => STORED_CHECKPOINT,
    aims: () => ["KV_tb_checkpoints"],
  },
  { name: "a quarantine record in the victim's name", subject: (c) => `tbq.${V(c)}.${c.tag}` },
  {
    name: "the victim's reply inbox",
    subject: (c) => `_INBOX.${V(c)}.attack.${c.attacker.id}.${c.tag}`,
  },
  {
    name: "a pull on the victim's durable",
    subject: (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c.victim).name}`,
    aims: (c) => [`TB_LIVE/${liveDurable(c.victim).name}`],
  },
  {
    name: "an ack on the victim's durable",
    subject: (c) => `$JS.ACK.TB_LIVE.${liveDurable(c.victim).name}.1.1.1.0.0`,
    aims: (c) => [`TB_LIVE/${liveDurable(c.victim).name}`],
  },
  {
    name: "the deletion of the victim's durable",
    subject: (c) => `$JS.API.CONSUMER.DELETE.TB_LIVE.${liveDurable(c.victim).name}`,
    aims: (c) => [`TB_LIVE/${liveDurable(c.victim).name}`],
  },
  {
    name: "a service reply of the owner account",
    subject: (c) => `_R_.${c.tag.replace(/-/g, "")}.xyz`,
  },
  {
    name: "a purge of the drill stream",
    subject: () => "$JS.API.STREAM.PURGE.TB_EXERCISE",
    aims: () => ["TB_EXERCISE"],
  },
];

interface Verb {
  name: string;
  /** Whether the attacker's grant lets the request through to JetStream. */
  granted(c: AttackContext): boolean;
  /** Sends the request with `reply`; returns the subject it was sent to (and whether raw). */
  send(c: AttackContext, reply: string): { subject: string; raw?: boolean };
}

const pull = OWN_PULL;

/**
 * The server refuses a client's publish whose reply subject it reserves for itself (`_R_.`,
 * `$JS.ACK.`): such a publish stores nothing, so its own write is 0 or 1.
 */
const reserved = (reply: string) => reply.startsWith("$JS.ACK.") || reply.startsWith("_R_.");
const refusable = (reply: string) => (reserved(reply) ? { min: 0, max: 1 } : {});
const own = (c: AttackContext) => liveDurable(c.attacker).name;

const VERBS: Verb[] = [
  {
    name: "its own addressed live publish",
    granted: () => true,
    send(c, reply) {
      const subject = `tb.live.to.attack-sink.receipt.${c.attacker.id}`;
      c.ownWrite({ stream: "TB_LIVE", subject, ...refusable(reply) });
      c.session.nc.publish(subject, `junk ${c.tag}`, { reply });
      return { subject };
    },
  },
  {
    name: "its own addressed drill publish",
    granted: () => true,
    send(c, reply) {
      const subject = `tb.exercise.to.attack-sink.receipt.${c.attacker.id}`;
      c.ownWrite({ stream: "TB_EXERCISE", subject, ...refusable(reply) });
      c.session.nc.publish(subject, `junk ${c.tag}`, { reply });
      return { subject };
    },
  },
  {
    name: "a quarantine record",
    granted: () => true,
    send(c, reply) {
      const subject = `tbq.${c.attacker.id}.tb_err_signature`;
      c.ownWrite({ stream: "TB_QUARANTINE", subject, ...refusable(reply) });
      c.session.nc.publish(subject, `attack record ${c.tag}`, { reply });
      return { subject };
    },
  },
  {
    name: "a registry direct get",
    granted: () => true,
    send(c, reply) {
      const subject = "$JS.API.DIRECT.GET.KV_tb_registry";
      c.session.nc.publish(
        subject,
        JSON.stringify({ last_by_subj: `$KV.tb_registry.org.${V(c)}` }),
        {
          reply,
        },
      );
      return { subject };
    },
  },
  {
    name: "a pull on its own durable",
    granted: () => true,
    send(c, reply) {
      const subject = `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`;
      c.session.nc.publish(subject, pull, { reply });
      return { subject };
    },
  },
  {
    name: "a pull on its own durable (raw protocol)",
    granted: () => true,
    send(c, reply) {
      const subject = `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`;
      c.session.raw.publish(subject, pull, { reply });
      return { subject, raw: true };
    },
  },
  {
    name: "an ack on its own durable",
    granted: () => true,
    send(c, reply) {
      const subject = `$JS.ACK.TB_LIVE.${own(c)}.1.1.1.0.0`;
      c.session.nc.publish(subject, "+ACK", { reply });
      return { subject };
    },
  },
  {
    name: "a direct get on TB_LIVE",
    granted: (c) => isTracker(c.attacker),
    send(c, reply) {
      const subject = "$JS.API.DIRECT.GET.TB_LIVE";
      c.session.publish(subject, JSON.stringify({ seq: 1 }), { reply });
      return { subject };
    },
  },
  {
    name: "a tracking bucket write",
    granted: (c) => isTracker(c.attacker),
    send(c, reply) {
      const subject = `$KV.tb_tracking.attack-${c.tag}`;
      if (isTracker(c.attacker))
        c.ownWrite({ stream: "KV_tb_tracking", subject, ...refusable(reply) });
      c.session.publish(subject, "attack", { reply });
      return { subject };
    },
  },
  ...(
    [
      ["$JS.API.INFO", () => "$JS.API.INFO", ""],
      ["stream info", () => "$JS.API.STREAM.INFO.TB_LIVE", ""],
      ["stream names", () => "$JS.API.STREAM.NAMES", ""],
      [
        "consumer info of the victim's durable",
        (c: AttackContext) => `$JS.API.CONSUMER.INFO.TB_LIVE.${liveDurable(c.victim).name}`,
        "",
      ],
      ["a direct get on TB_AUDIT", () => "$JS.API.DIRECT.GET.TB_AUDIT", JSON.stringify({ seq: 1 })],
      [
        "a message get on TB_LIVE",
        () => "$JS.API.STREAM.MSG.GET.TB_LIVE",
        JSON.stringify({ seq: 1 }),
      ],
      [
        "a pull on the victim's durable",
        (c: AttackContext) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c.victim).name}`,
        pull,
      ],
      ["a purge of TB_EXERCISE", () => "$JS.API.STREAM.PURGE.TB_EXERCISE", ""],
    ] as const
  ).map(([name, subject, body]): Verb => ({
    name,
    granted: () => false,
    send(c, reply) {
      const s = subject(c);
      c.session.publish(s, body, { reply });
      return { subject: s };
    },
  })),
  {
    name: "$JS.API.INFO (raw protocol)",
    granted: () => false,
    send(c, reply) {
      c.session.rawPublish("$JS.API.INFO", "", { reply });
      return { subject: "$JS.API.INFO", raw: true };
    },
  },
];

export const REPLY_INJECTION_ATTACKS: Attack[] = VERBS.flatMap((verb) =>
  REPLY_TARGETS.map((target): Attack => ({
    cls: "reply injection",
    name: `${verb.name}, reply into ${target.name}`,
    aims: (c) => [target.subject(c), ...(target.aims?.(c) ?? [])],
    async run(c) {
      const sent = verb.send(c, target.subject(c));
      await c.settled;
      if (verb.granted(c)) return held(`answered into ${c.attacker.id}'s own account`);
      return c.session.refused(sent.subject, sent.raw)
        ? held("publish refused by the broker")
        : breached("the broker let the request through");
    },
  })),
);
