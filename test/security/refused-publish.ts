import { held, breached, type Attack, type AttackClass, type AttackContext } from "./attack.js";

type Text = string | ((c: AttackContext) => string);
const text = (t: Text, c: AttackContext) => (typeof t === "function" ? t(c) : t);

/**
 * The most common attack: one publish (or request) the broker must refuse. It carries a reply
 * into the attacker's own inbox, so that a JetStream answer, had the request got through,
 * would be seen; and it names where its effect would show in the ledger.
 */
export function refusedPublish(
  cls: AttackClass,
  name: string,
  subject: Text,
  opts: {
    body?: Text;
    raw?: boolean;
    aims?: (c: AttackContext) => string[];
    applies?: (c: AttackContext) => boolean;
  } = {},
): Attack {
  return {
    cls,
    name,
    aims: (c) => [text(subject, c), ...(opts.aims?.(c) ?? [])],
    ...(opts.applies ? { applies: opts.applies } : {}),
    async run(c) {
      const s = text(subject, c);
      const body = opts.body === undefined ? "" : text(opts.body, c);
      const reply = `_INBOX.${c.attacker.id}.answer.${c.tag}`;
      if (opts.raw) c.session.rawPublish(s, body, { reply });
      else c.session.publish(s, body, { reply });
      await c.settled;
      if (c.session.received.some((m) => m.subject === reply)) {
        return breached("JetStream answered");
      }
      return c.session.refused(s, opts.raw)
        ? held("publish refused by the broker")
        : breached("the broker let it through");
    },
  };
}
