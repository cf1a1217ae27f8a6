import { connect } from "@nats-io/transport-node";
import { connectionOptions, inboxPrefixFor } from "@tongbao/organisations";
import { breached, held, type Attack, type AttackContext } from "./attack.js";
import { liveDurable } from "./attacker.js";

/**
 * Core subscriptions that would read past every consumer filter: stream subjects, other
 * organisations' inboxes, the buckets, the JetStream and system subjects. An organisation
 * may subscribe to its own inbox and the registry's changes only; even where a subject of
 * another account were matched, its account holds none of their messages.
 */

const A = (c: AttackContext) => c.attacker.id;
const V = (c: AttackContext) => c.victim.id;

const SUBJECTS: [string, (c: AttackContext) => string, string?][] = [
  ["every subject", () => ">"],
  ["every traffic subject", () => "tb.>"],
  ["the victim's addressed traffic", (c) => `tb.live.to.${V(c)}.>`],
  ["one subject of the victim's", (c) => `tb.live.to.${V(c)}.bulletin.${c.third.id}`],
  ["its own addressed traffic, raw (past its durables)", (c) => `tb.live.to.${A(c)}.>`],
  ["all drill traffic", () => "tb.exercise.>"],
  ["every live broadcast", () => "tb.live.*.*.*"],
  ["the bulletin broadcasts", () => "tb.live.bulletin.*.*"],
  ["quarantine", () => "tbq.>"],
  ["audit", () => "tba.>"],
  ["every reply inbox", () => "_INBOX.>"],
  ["the victim's reply inbox", (c) => `_INBOX.${V(c)}.>`],
  ["the tracking bucket", () => "$KV.tb_tracking.>"],
  ["every bucket", () => "$KV.>"],
  ["JetStream", () => "$JS.>"],
  ["JetStream advisories", () => "$JS.EVENT.>"],
  ["the JetStream API", () => "$JS.API.>"],
  ["every durable's pulls", () => "$JS.API.CONSUMER.MSG.NEXT.>"],
  ["every ack", () => "$JS.ACK.>"],
  ["the victim's acks", (c) => `$JS.ACK.TB_LIVE.${liveDurable(c.victim).name}.>`],
  ["the system account", () => "$SYS.>"],
  ["service replies", () => "_R_.>"],
  ["every two-token-or-longer subject", () => "*.>"],
  ["live traffic in a queue group", () => "tb.live.>", "q"],
  ["the victim's inbox in a queue group", (c) => `_INBOX.${V(c)}.>`, "q"],
];

export const SUBSCRIBE_ATTACKS: Attack[] = [
  ...SUBJECTS.map(([name, subject, queue]): Attack => ({
    cls: "subscribe",
    name: `subscribe to ${name}`,
    async run(c) {
      const r = await c.session.subscriptionRefused(subject(c), queue);
      return r.refused
        ? held("subscription refused by the broker")
        : breached(`subscription stayed open (${r.got} messages)`);
    },
  })),
  {
    cls: "subscribe",
    name: "subscribe to every subject (raw protocol)",
    async run(c) {
      c.session.raw.subscribe(">", 9_001);
      await c.session.raw.ping();
      return c.session.raw.transcript.errors.some((e) => e.includes('Subscription to ">"'))
        ? held("subscription refused by the broker")
        : breached("subscription accepted");
    },
  },
  {
    cls: "subscribe",
    name: "connect with the victim's inbox prefix",
    run: (c) =>
      c.connecting(async () => {
        // Replies would be addressed to the victim's inbox subjects; its user may not read them.
        // A hand-made client: connectAs itself refuses another organisation's prefix.
        const nc = await connect({
          ...(await connectionOptions({
            url: c.product.url,
            nkey: c.product.layout.nkeyFile(A(c)),
            tlsCa: c.product.layout.caFile,
            name: `attacker-${A(c)}-as-${V(c)}`,
            maxReconnectAttempts: 0,
          })),
          inboxPrefix: inboxPrefixFor(V(c)),
        });
        try {
          await nc.request(
            "$JS.API.DIRECT.GET.KV_tb_registry",
            JSON.stringify({ last_by_subj: `$KV.tb_registry.org.${V(c)}` }),
            {
              timeout: 2_000,
            },
          );
          return breached("a reply reached it under the victim's inbox prefix");
        } catch (err) {
          return /Permissions Violation for Subscription/i.test(String(err))
            ? held("its inbox subscription under the victim's prefix was refused")
            : breached(`failed otherwise: ${String(err).slice(0, 80)}`);
        } finally {
          await nc.close();
        }
      }),
  },
];
