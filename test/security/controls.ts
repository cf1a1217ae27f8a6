import {
  connect,
  headers,
  nkeyAuthenticator,
  type Msg,
  type NatsConnection,
} from "@nats-io/transport-node";
import { isTracker, type AttackContext, type Control } from "./attack.js";
import { liveDurable, revealsSecret } from "./attacker.js";
import { RawNatsClient } from "./raw-nats-client.js";

/**
 * The steps each attack class bends, taken where the grant allows them: they must get
 * through, or an attack's "held" would prove nothing. Each organisation runs them inside the
 * same window as its attacks, and what they store is accounted for like any own write.
 */

const A = (c: AttackContext) => c.attacker.id;
const dec = new TextDecoder();
const sink = (c: AttackContext) => `tb.live.to.attack-sink.receipt.${A(c)}`;

async function pubAck(m: Promise<Msg>): Promise<{ ok: boolean; saw: string }> {
  const text = dec.decode((await m).data);
  const ack = JSON.parse(text) as { stream?: string; seq?: number; duplicate?: boolean };
  return { ok: typeof ack.seq === "number" && !!ack.stream && !ack.duplicate, saw: text };
}

/** The registry record of `subject` as a member reads it (direct get), with its sequence. */
export async function registryRecord(
  member: NatsConnection,
  subject: string,
): Promise<{ seq: number; bytes: number }> {
  const m = await member.request(
    "$JS.API.DIRECT.GET.KV_tb_registry",
    JSON.stringify({ last_by_subj: subject }),
    {
      timeout: 15_000,
    },
  );
  if (m.headers?.get("Nats-Subject") !== subject) {
    throw new Error(
      `direct get of ${subject} answered ${m.headers?.code ?? ""} ${m.headers?.description ?? ""}`,
    );
  }
  return { seq: Number(m.headers.get("Nats-Sequence")), bytes: m.data.length };
}

function broadcastGrant(c: AttackContext): string | undefined {
  const g = c.attacker.account.grants.find((x) =>
    new RegExp(`^tb\\.live\\.[a-z]+\\.\\*\\.${A(c)}$`).test(x.subject),
  );
  return g?.subject.replace(".*.", ".all.");
}

export const CONTROLS: Control[] = [
  {
    cls: "reply injection",
    name: "its own addressed publish is stored and acknowledged",
    run(c) {
      c.ownWrite({ stream: "TB_LIVE", subject: sink(c) });
      return pubAck(c.session.nc.request(sink(c), `junk ${c.tag}`, { timeout: 15_000 }));
    },
  },
  {
    cls: "publish as another",
    name: "its own broadcast is stored and acknowledged",
    applies: (c) => broadcastGrant(c) !== undefined,
    run(c) {
      const subject = broadcastGrant(c)!;
      c.ownWrite({ stream: "TB_LIVE", subject });
      return pubAck(c.session.nc.request(subject, `junk ${c.tag}`, { timeout: 15_000 }));
    },
  },
  {
    cls: "durable theft",
    name: "its own durable answers its pull",
    afterwards: true,
    async run(c) {
      const m = await c.session.nc.request(
        `$JS.API.CONSUMER.MSG.NEXT.TB_LIVE.${liveDurable(c.attacker).name}`,
        JSON.stringify({ batch: 1, expires: 2_000_000_000 }),
        { timeout: 15_000 },
      );
      const code = m.headers?.code ?? 0;
      // A message taken from its own service goes straight back to it.
      if (m.reply) c.session.nc.publish(m.reply, "-NAK");
      return {
        ok: code === 404 || code === 408 || m.data.length > 0,
        saw: `status ${code} ${m.headers?.description ?? ""}`,
      };
    },
  },
  {
    cls: "registry push-out",
    name: "the registry answers its direct get of the victim's key",
    async run(c) {
      const r = await registryRecord(c.session.nc, `$KV.tb_registry.key.${c.victim.keyIds[0]}`);
      return { ok: r.bytes > 0, saw: `record #${r.seq}, ${r.bytes} bytes` };
    },
  },
  {
    cls: "JetStream API",
    name: "the tracker's direct get on TB_LIVE answers",
    applies: (c) => isTracker(c.attacker),
    async run(c) {
      const m = await c.session.nc.request(
        "$JS.API.DIRECT.GET.TB_LIVE",
        JSON.stringify({ seq: 1 }),
        { timeout: 15_000 },
      );
      // TB_LIVE #1 is the secret planted for the first department, which the tracker may read:
      // the read detector must pass it for the tracker and flag it for anybody else.
      const text = new TextDecoder().decode(m.data);
      const detector = revealsSecret(text, "someone-else") && !revealsSecret(text, A(c));
      return {
        ok: !!m.headers?.get("Nats-Subject") && detector,
        saw: `${m.headers?.get("Nats-Subject") ?? m.headers?.code}: ${text.slice(0, 40)}`,
      };
    },
  },
  {
    cls: "JetStream API",
    name: "its registry direct get answers",
    applies: (c) => !isTracker(c.attacker),
    async run(c) {
      const r = await registryRecord(c.session.nc, `$KV.tb_registry.org.${A(c)}`);
      return { ok: r.bytes > 0, saw: `record #${r.seq}` };
    },
  },
  {
    cls: "subscribe",
    name: "its subscription to the registry's changes stays open",
    async run(c) {
      const r = await c.session.subscriptionRefused("$KV.tb_registry.>");
      return { ok: !r.refused, saw: r.refused ? "refused" : "open" };
    },
  },
  {
    cls: "connect",
    name: "its own seed over TLS logs in",
    run: (c) =>
      c.connecting(async () => {
        const seed = new TextEncoder().encode(c.attacker.seed);
        const nc = await connect({
          servers: c.product.url,
          tls: { caFile: c.product.layout.caFile },
          authenticator: nkeyAuthenticator(seed),
          inboxPrefix: `_INBOX.${A(c)}`,
          maxReconnectAttempts: 0,
        });
        const info = nc.info?.server_name ?? "";
        await nc.close();
        return { ok: true, saw: `connected to ${info}` };
      }),
  },
  {
    cls: "oversized",
    name: "an ordinary publish from the raw client is stored",
    async run(c) {
      c.ownWrite({ stream: "TB_LIVE", subject: sink(c) });
      const reply = `_INBOX.${A(c)}.raw.${c.tag}`;
      const raw = await c.connecting(async () => {
        const r = await RawNatsClient.login(c.product.url, {
          seed: c.attacker.seed,
          caFile: c.product.layout.caFile,
        });
        r.subscribe(reply, 1);
        r.publish(sink(c), `junk ${c.tag}`, { reply });
        await r.messages(1, 10_000);
        await r.close();
        return r;
      });
      const ack = raw.transcript.messages[0]?.data.toString() ?? "";
      return { ok: /"seq"/.test(ack), saw: ack || raw.transcript.errors.join("; ") };
    },
  },
  {
    cls: "headers",
    name: "its publish with its own message id is stored",
    async run(c) {
      c.ownWrite({ stream: "TB_LIVE", subject: sink(c) });
      const h = headers();
      h.set("Nats-Msg-Id", `control-${c.tag}`);
      return pubAck(
        c.session.nc.request(sink(c), `junk ${c.tag}`, { headers: h, timeout: 15_000 }),
      );
    },
  },
];
