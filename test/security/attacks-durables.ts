import { held, isTracker, type Attack, type AttackContext } from "./attack.js";
import { OWN_PULL, exerciseDurable, liveDurable } from "./attacker.js";
import { refusedPublish } from "./refused-publish.js";

/**
 * Other organisations' durables: pulling, acking, naking, terminating or reconfiguring them,
 * directly or by chaining an answer of its own durable into them, and deliveries another
 * reader holds in flight.
 */

const A = (c: AttackContext) => c.attacker.id;
const Vd = (c: AttackContext) => liveDurable(c.victim).name;
const own = (c: AttackContext) => liveDurable(c.attacker).name;
const json = (v: unknown) => JSON.stringify(v);

const theft = "durable theft" as const;
const victimAck = (c: AttackContext, seq = 1) => `$JS.ACK.TB_LIVE.${Vd(c)}.1.${seq}.1.0.0`;
const pullBody = json({ batch: 10, expires: 1_000_000_000 });

export const DURABLE_THEFT_ATTACKS: Attack[] = [
  refusedPublish(
    theft,
    "pull the victim's live durable",
    (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${Vd(c)}`,
    {
      body: pullBody,
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    },
  ),
  refusedPublish(
    theft,
    "pull the victim's drill durable",
    (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_EXERCISE.${exerciseDurable(c.victim).name}`,
    { body: pullBody, aims: (c) => [`TB_EXERCISE/${exerciseDurable(c.victim).name}`] },
  ),
  refusedPublish(
    theft,
    "pull the victim's durable (raw protocol)",
    (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${Vd(c)}`,
    { body: pullBody, raw: true, aims: (c) => [`TB_LIVE/${Vd(c)}`] },
  ),
  refusedPublish(
    theft,
    "pull the tracker's durable",
    "$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.tongbao-tracker-live",
    {
      body: pullBody,
      applies: (c) => !isTracker(c.attacker),
      aims: () => ["TB_LIVE/tongbao-tracker-live"],
    },
  ),
  ...(["+ACK", "-NAK", "+TERM", "+WPI"] as const).map((verb) =>
    refusedPublish(theft, `${verb} on the victim's durable`, (c) => victimAck(c), {
      body: verb,
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    }),
  ),
  refusedPublish(theft, "+NXT on the victim's durable", (c) => victimAck(c, 2), {
    body: "+NXT",
    aims: (c) => [`TB_LIVE/${Vd(c)}`],
  }),
  refusedPublish(theft, "ack on the victim's durable (raw protocol)", (c) => victimAck(c, 3), {
    body: "+ACK",
    raw: true,
    aims: (c) => [`TB_LIVE/${Vd(c)}`],
  }),
  refusedPublish(
    theft,
    "flow control reply of the victim's durable",
    (c) => `$JS.FC.TB_LIVE.${Vd(c)}.1`,
    {
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    },
  ),
  refusedPublish(
    theft,
    "its own durable's pull with a token appended",
    (c) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}.x`,
    {
      body: pullBody,
    },
  ),
  refusedPublish(
    theft,
    "a pull with a literal wildcard durable",
    "$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.*",
    {
      body: pullBody,
    },
  ),
  refusedPublish(
    theft,
    "pause the victim's durable",
    (c) => `$JS.API.CONSUMER.PAUSE.TB_LIVE.${Vd(c)}`,
    {
      body: json({ pause_until: "2999-01-01T00:00:00Z" }),
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    },
  ),
  refusedPublish(
    theft,
    "leader stepdown of the victim's durable",
    (c) => `$JS.API.CONSUMER.LEADER.STEPDOWN.TB_LIVE.${Vd(c)}`,
  ),
  refusedPublish(
    theft,
    "consumer info of the victim's durable",
    (c) => `$JS.API.CONSUMER.INFO.TB_LIVE.${Vd(c)}`,
  ),
  refusedPublish(
    theft,
    "delete the victim's durable",
    (c) => `$JS.API.CONSUMER.DELETE.TB_LIVE.${Vd(c)}`,
    {
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    },
  ),
  refusedPublish(
    theft,
    "repoint the victim's durable at its own subjects",
    (c) => `$JS.API.CONSUMER.CREATE.TB_LIVE.${Vd(c)}`,
    {
      body: (c) =>
        json({
          stream_name: "TB_LIVE",
          config: {
            durable_name: Vd(c),
            filter_subject: `tb.live.to.${A(c)}.*.*`,
            ack_policy: "explicit",
          },
        }),
      aims: (c) => [`TB_LIVE/${Vd(c)}`],
    },
  ),
  ...(
    [
      [
        "its own pull, answered into the victim's pull",
        (c: AttackContext) => `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${Vd(c)}`,
      ],
      ["its own pull, answered into the victim's ack", (c: AttackContext) => victimAck(c)],
      [
        "its own pull, answered into its own publish subject",
        (c: AttackContext) => `tb.live.to.attack-sink.receipt.${A(c)}`,
      ],
    ] as const
  ).map(([name, reply]): Attack => ({
    cls: theft,
    name,
    aims: (c) => [`TB_LIVE/${Vd(c)}`, reply(c)],
    async run(c) {
      // The pull's answer (a status) is what gets chained; chained into its own publish subject
      // it would be stored as its own traffic, which its grant allows.
      const subject = reply(c);
      if (subject.startsWith("tb.")) c.ownWrite({ stream: "TB_LIVE", subject, min: 0, max: 1 });
      c.session.nc.publish(`$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`, OWN_PULL, {
        reply: subject,
      });
      await c.settled;
      return held(`answered into ${A(c)}'s own account`);
    },
  })),
  {
    cls: theft,
    name: "+NXT on its own durable, answered into the victim's pull",
    aims: (c) => [`TB_LIVE/${Vd(c)}`],
    async run(c) {
      // A bare +NXT would leave a pull without expiry on its own durable, which would take the
      // next message meant for its own service into the void until the ack wait ran out.
      c.session.nc.publish(`$JS.ACK.TB_LIVE.${own(c)}.1.1.1.0.0`, `+NXT ${OWN_PULL}`, {
        reply: `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${Vd(c)}`,
      });
      await c.settled;
      return held(`answered into ${A(c)}'s own account`);
    },
  },
];

/**
 * A delivery in flight, held unacknowledged by its durable's reader: an acknowledgement,
 * nak or termination of it by anyone else would lose or repeat the message. Each attack
 * sends its request with that delivery's ack subject as the reply (the sequences in it are
 * ones anybody can guess), or publishes to it outright.
 */
const heldAck = (c: AttackContext) => c.heldDelivery!;
const heldDurable = (c: AttackContext) => {
  const [, , stream, durable] = heldAck(c).split(".");
  return `${stream}/${durable}`;
};
const holds = (c: AttackContext) => c.heldDelivery !== undefined;

function intoHeldAck(name: string, send: (c: AttackContext, reply: string) => void): Attack {
  return {
    cls: theft,
    name: `${name}, answered into the ack of another's delivery in flight`,
    applies: holds,
    aims: (c) => [heldDurable(c)],
    async run(c) {
      send(c, heldAck(c));
      await c.settled;
      return c.session.replyRefusals(heldAck(c)) > 0
        ? held("refused by the broker: a reply subject it reserves")
        : held(`answered into ${A(c)}'s own account`);
    },
  };
}

export const HELD_DELIVERY_ATTACKS: Attack[] = [
  intoHeldAck("its own pull with no wait (an empty 404 is an ack)", (c, reply) =>
    c.session.nc.publish(
      `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`,
      json({ batch: 1, no_wait: true }),
      { reply },
    ),
  ),
  intoHeldAck("its own waiting pull (an empty 408 is an ack)", (c, reply) =>
    c.session.nc.publish(
      `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`,
      json({ batch: 1, expires: 200_000_000 }),
      {
        reply,
      },
    ),
  ),
  intoHeldAck("its own ack (the ack's empty answer is an ack)", (c, reply) =>
    c.session.nc.publish(`$JS.ACK.TB_LIVE.${own(c)}.1.1.1.0.0`, "+ACK", { reply }),
  ),
  intoHeldAck("a registry direct get of no key (an empty 404 is an ack)", (c, reply) =>
    c.session.nc.publish(
      "$JS.API.DIRECT.GET.KV_tb_registry",
      json({ last_by_subj: "$KV.tb_registry.none" }),
      { reply },
    ),
  ),
  intoHeldAck("its own publish (a PubAck)", (c, reply) => {
    c.ownWrite({
      stream: "TB_LIVE",
      subject: `tb.live.to.attack-sink.receipt.${A(c)}`,
      min: 0,
      max: 1,
    });
    c.session.nc.publish(`tb.live.to.attack-sink.receipt.${A(c)}`, `junk ${c.tag}`, { reply });
  }),
  intoHeldAck("its own pull (raw protocol)", (c, reply) =>
    c.session.raw.publish(
      `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${own(c)}`,
      json({ batch: 1, no_wait: true }),
      { reply },
    ),
  ),
  ...(["+ACK", "+TERM", "-NAK", "+WPI"] as const).map((verb) =>
    refusedPublish(theft, `${verb} on another's delivery in flight`, heldAck, {
      body: verb,
      applies: holds,
      aims: (c) => [heldDurable(c)],
    }),
  ),
  refusedPublish(theft, "+TERM on another's delivery in flight (raw protocol)", heldAck, {
    body: "+TERM",
    raw: true,
    applies: holds,
    aims: (c) => [heldDurable(c)],
  }),
];
