import { FAMILIES } from "@tongbao/bus";
import { held, isTracker, type Attack, type AttackContext } from "./attack.js";
import { refusedPublish } from "./refused-publish.js";

/**
 * Publishing where the attacker's grant does not reach: as another origin, into a status or
 * family outside its profile, into audit, registry, tracking, other inboxes and the system
 * account, and subjects bent to look like its own.
 */

const A = (c: AttackContext) => c.attacker.id;
const V = (c: AttackContext) => c.victim.id;
const T = (c: AttackContext) => c.third.id;
const grants = (c: AttackContext) => c.attacker.account.grants.map((g) => g.subject);

function familyOutsideProfile(c: AttackContext): string | undefined {
  const g = grants(c);
  return FAMILIES.find(
    (f) => !g.includes(`tb.live.to.*.${f}.${A(c)}`) && !g.includes(`tb.live.to.*.*.${A(c)}`),
  );
}

const cls = "publish as another" as const;

export const PUBLISH_ATTACKS: Attack[] = [
  refusedPublish(cls, "a broadcast as the victim", (c) => `tb.live.bulletin.all.${V(c)}`),
  refusedPublish(cls, "a sector broadcast as the victim", (c) => `tb.live.warning.power.${V(c)}`),
  refusedPublish(
    cls,
    "addressed traffic as the victim",
    (c) => `tb.live.to.${T(c)}.feedback.${V(c)}`,
  ),
  refusedPublish(
    cls,
    "a receipt in the victim's name",
    (c) => `tb.live.to.${T(c)}.receipt.${V(c)}`,
  ),
  refusedPublish(cls, "traffic to itself as a third", (c) => `tb.live.to.${A(c)}.bulletin.${T(c)}`),
  refusedPublish(
    cls,
    "drill traffic as the victim",
    (c) => `tb.exercise.to.${T(c)}.receipt.${V(c)}`,
  ),
  refusedPublish(
    cls,
    "test traffic (a status it takes no part in)",
    (c) => `tb.test.to.${V(c)}.receipt.${A(c)}`,
  ),
  refusedPublish(
    cls,
    "a family outside its profile",
    (c) => `tb.live.to.${V(c)}.${familyOutsideProfile(c)}.${A(c)}`,
    {
      applies: (c) => familyOutsideProfile(c) !== undefined,
    },
  ),
  refusedPublish(
    cls,
    "a broadcast of an addressed-only family",
    (c) => `tb.live.receipt.all.${A(c)}`,
  ),
  refusedPublish(
    cls,
    "a broadcast where its profile allows none",
    (c) => `tb.live.bulletin.all.${A(c)}`,
    {
      applies: (c) => !grants(c).includes(`tb.live.bulletin.*.${A(c)}`),
    },
  ),
  refusedPublish(
    cls,
    "its origin with a token appended",
    (c) => `tb.live.to.${V(c)}.receipt.${A(c)}.x`,
  ),
  refusedPublish(
    cls,
    "its origin as a prefix of another",
    (c) => `tb.live.to.${V(c)}.receipt.${A(c)}x`,
  ),
  refusedPublish(
    cls,
    "its origin in capitals",
    (c) => `tb.live.to.${V(c)}.receipt.${A(c).toUpperCase()}`,
  ),
  refusedPublish(cls, "the status in capitals", (c) => `tb.LIVE.to.${V(c)}.receipt.${A(c)}`),
  refusedPublish(
    cls,
    "an empty recipient token (raw protocol)",
    (c) => `tb.live.to..receipt.${A(c)}`,
    {
      raw: true,
    },
  ),
  refusedPublish(
    cls,
    "traffic as the victim (raw protocol)",
    (c) => `tb.live.to.${T(c)}.receipt.${V(c)}`,
    {
      raw: true,
    },
  ),
  refusedPublish(cls, "an audit record", (c) => `tba.replay.${A(c)}`),
  refusedPublish(cls, "an audit record as the victim", (c) => `tba.keys.${V(c)}`),
  refusedPublish(cls, "an audit record (raw protocol)", (c) => `tba.reset.${V(c)}`, { raw: true }),
  refusedPublish(cls, "its own key record", (c) => `$KV.tb_registry.key.${c.attacker.keyIds[0]}`),
  refusedPublish(
    cls,
    "the victim's key record",
    (c) => `$KV.tb_registry.key.${c.victim.keyIds[0]}`,
  ),
  refusedPublish(cls, "the victim's organisation record", (c) => `$KV.tb_registry.org.${V(c)}`),
  refusedPublish(cls, "a new organisation in the registry", (c) => `$KV.tb_registry.org.${c.tag}`),
  refusedPublish(cls, "a tracking record", (c) => `$KV.tb_tracking.msg.${c.tag}`, {
    applies: (c) => !isTracker(c.attacker),
  }),
  refusedPublish(
    cls,
    "a message into the victim's reply inbox",
    (c) => `_INBOX.${V(c)}.attack.${A(c)}.${c.tag}`,
  ),
  refusedPublish(cls, "a service reply subject of the owner account", () => "_R_.abcdef.ghijkl"),
  refusedPublish(cls, "a server ping to the system account", () => "$SYS.REQ.SERVER.PING"),
  refusedPublish(cls, "the owner account's connections", () => "$SYS.REQ.ACCOUNT.TONGBAO.CONNZ"),
  refusedPublish(cls, "a JetStream advisory", () => "$JS.EVENT.ADVISORY.API"),
  {
    cls,
    name: "its own subject with a wildcard as the recipient",
    async run(c) {
      // The broker's permission treats `*` as any token, so this is stored on the attacker's
      // own subject; it must reach no recipient (the ledger checks every durable).
      const subject = `tb.live.to.*.receipt.${A(c)}`;
      c.ownWrite({ stream: "TB_LIVE", subject, min: 0, max: 1 });
      c.session.nc.publish(subject, `junk ${c.tag}`);
      await c.settled;
      return held("stored on its own subject only; delivered to no department");
    },
  },
];
