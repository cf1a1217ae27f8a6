import { headers as natsHeaders } from "@nats-io/transport-node";
import { breached, held, type Attack, type AttackContext } from "./attack.js";
import { OWN_PULL, liveDurable } from "./attacker.js";

/**
 * JetStream headers on subjects the attacker may publish: rollups that would purge a stream,
 * expectations aimed at other streams, KV and TTL markers, and message ids chosen to collide
 * with someone else's. What the stream answers is the attacker's; what it stores is checked
 * by the ledger, and the quarantine trail must stay complete.
 */

const A = (c: AttackContext) => c.attacker.id;
const own = (c: AttackContext) => `tb.live.to.attack-sink.receipt.${A(c)}`;
const ownRecord = (c: AttackContext) => `tbq.${A(c)}.tb_err_signature`;

/** Sends one publish with headers on a subject of its own and reports the stream's answer. */
function withHeaders(
  name: string,
  set: Record<string, string>,
  where: "live" | "quarantine",
  stored: { min: number; max: number },
  aims: (c: AttackContext) => string[] = () => [],
): Attack {
  return {
    cls: "headers",
    name,
    aims,
    async run(c) {
      const subject = where === "live" ? own(c) : ownRecord(c);
      c.ownWrite({ stream: where === "live" ? "TB_LIVE" : "TB_QUARANTINE", subject, ...stored });
      const h = natsHeaders();
      for (const [k, v] of Object.entries(set)) h.set(k, v);
      const answer = await c.session.nc
        .request(subject, `attack record ${c.tag}`, { headers: h, timeout: 15_000 })
        .then((m) => new TextDecoder().decode(m.data))
        .catch((err: unknown) => `no answer: ${String(err)}`);
      const error = /"error"\s*:\s*\{[^}]*"description"\s*:\s*"([^"]+)"/.exec(answer)?.[1];
      return held(
        error
          ? `refused by the stream: ${error}`
          : `stored on its own subject (${answer.slice(0, 40)})`,
      );
    },
  };
}

/**
 * Message ids the quarantine records of the next messages of a stream would carry, written
 * first: if a record's id is one anybody can compute, a department can make the stream drop
 * the real record of a message another department refused, as a duplicate of its own.
 */
function preemptQuarantineIds(stream: "TB_LIVE" | "TB_EXERCISE"): Attack {
  return {
    cls: "headers",
    name: `message ids of the quarantine records of the next ${stream} messages`,
    aims: () => ["quarantine trail"],
    async run(c) {
      const status = stream === "TB_LIVE" ? "live" : "exercise";
      // Its own publish tells it where the stream is; the next messages follow.
      const subject = `tb.${status}.to.attack-sink.receipt.${A(c)}`;
      c.ownWrite({ stream, subject });
      const ack = JSON.parse(
        new TextDecoder().decode(
          (await c.session.nc.request(subject, `junk ${c.tag}`, { timeout: 15_000 })).data,
        ),
      ) as { seq: number };
      const ahead = 40;
      c.ownWrite({ stream: "TB_QUARANTINE", subject: ownRecord(c), min: 0, max: ahead });
      for (let seq = ack.seq + 1; seq <= ack.seq + ahead; seq++) {
        const h = natsHeaders();
        h.set("Nats-Msg-Id", `q:${stream}:${seq}`);
        c.session.nc.publish(ownRecord(c), `attack record ${c.tag}`, { headers: h });
      }
      await c.session.nc.flush();
      return held(`records with ${ahead} ids ahead of #${ack.seq} written`);
    },
  };
}

export const HEADER_ATTACKS: Attack[] = [
  withHeaders(
    "rollup of the whole of TB_LIVE",
    { "Nats-Rollup": "all" },
    "live",
    { min: 0, max: 1 },
    () => ["TB_LIVE"],
  ),
  withHeaders(
    "rollup of its subject in TB_LIVE",
    { "Nats-Rollup": "sub" },
    "live",
    { min: 0, max: 1 },
    () => ["TB_LIVE"],
  ),
  withHeaders(
    "rollup of the whole of TB_QUARANTINE",
    { "Nats-Rollup": "all" },
    "quarantine",
    { min: 0, max: 1 },
    () => ["TB_QUARANTINE"],
  ),
  withHeaders(
    "its publish expected to land in the registry",
    { "Nats-Expected-Stream": "KV_tb_registry" },
    "live",
    {
      min: 0,
      max: 0,
    },
  ),
  withHeaders(
    "its publish expected at sequence 0",
    { "Nats-Expected-Last-Sequence": "0" },
    "live",
    { min: 0, max: 0 },
  ),
  withHeaders("a KV purge marker on its traffic", { "KV-Operation": "PURGE" }, "live", {
    min: 0,
    max: 1,
  }),
  withHeaders("a per-message TTL on its traffic", { "Nats-TTL": "1s" }, "live", { min: 0, max: 1 }),
  withHeaders(
    "a KV delete marker on a quarantine record",
    { "KV-Operation": "DEL" },
    "quarantine",
    { min: 0, max: 1 },
  ),
  preemptQuarantineIds("TB_LIVE"),
  preemptQuarantineIds("TB_EXERCISE"),
];

/**
 * The registry keeps 64 revisions of a key: a writer who could put 70 values under a
 * victim's key record would push the genuine record out of the bucket. Each attack aims 70
 * requests at it, through a verb the organisation can reach or through one it cannot.
 */
function pushOut(
  name: string,
  send: (c: AttackContext, reply: string) => void,
  refusedSubject?: string,
): Attack {
  return {
    cls: "registry push-out",
    name: `70 × ${name}, answered into the victim's key record`,
    aims: (c) => [`$KV.tb_registry.key.${c.victim.keyIds[0]}`, "KV_tb_registry"],
    async run(c) {
      const reply = `$KV.tb_registry.key.${c.victim.keyIds[0]}`;
      for (let i = 0; i < 70; i++) send(c, reply);
      await c.settled;
      if (refusedSubject && !c.session.refused(refusedSubject)) {
        return breached("the broker let the requests through");
      }
      return held(refusedSubject ? "refused by the broker" : "answered into its own account");
    },
  };
}

export const REGISTRY_PUSH_OUT_ATTACKS: Attack[] = [
  pushOut("registry direct gets", (c, reply) =>
    c.session.nc.publish(
      "$JS.API.DIRECT.GET.KV_tb_registry",
      JSON.stringify({ last_by_subj: `$KV.tb_registry.key.${c.victim.keyIds[0]}` }),
      { reply },
    ),
  ),
  pushOut("pulls on its own durable", (c, reply) =>
    c.session.nc.publish(
      `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c.attacker).name}`,
      OWN_PULL,
      { reply },
    ),
  ),
  pushOut("raw pulls on its own durable", (c, reply) =>
    c.session.raw.publish(
      `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c.attacker).name}`,
      OWN_PULL,
      { reply },
    ),
  ),
  pushOut(
    "$JS.API.INFO requests",
    (c, reply) => c.session.publish("$JS.API.INFO", "", { reply }),
    "$JS.API.INFO",
  ),
];
