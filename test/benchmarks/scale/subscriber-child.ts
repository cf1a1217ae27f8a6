// One process of organisation subscribers for the scale scenario: for each organisation it is
// given, a connection under that organisation's own credentials (nkey, TLS, its inbox
// prefix) and the bus's real DurablePuller on every durable the operator made for it — what a
// department service opens at start-up, without the rest of the service. It tells the parent
// when every pull has had its first answer, then, for each broadcast, when each of its
// followers has it, with how long it took from the publisher's clock.
import { DurablePuller } from "@tongbao/bus";
import { connectAs, subjectMatches } from "@tongbao/organisations";
import type { NatsConnection } from "@nats-io/transport-node";

export interface SubscriberOrder {
  tlsCa: string;
  broadcastSubject: string;
  orgs: {
    id: string;
    nkey: string;
    /** Server URLs to try, this organisation's node first. */
    url: string;
    durables: { stream: string; name: string; filters: string[] }[];
  }[];
}

export type SubscriberReport =
  | { type: "ready"; followers: number; rssMiB: number }
  | { type: "got"; broadcast: number; latenciesMs: number[] }
  /** rssMiB now; baselineMiB before any organisation connected (the runtime, the modules). */
  | { type: "memory"; rssMiB: number; baselineMiB: number }
  | { type: "failed"; message: string };

export type ParentOrder = { type: "memory" } | { type: "stop" };

/** How many organisations connect and open their pulls at once in one process. */
const OPENING = 16;

const order = JSON.parse(process.argv[2] ?? "{}") as SubscriberOrder;
const baselineMiB = process.memoryUsage.rss() / 2 ** 20;
// A parent that has gone away (it failed the point) must not turn into an EPIPE crash here.
const send = (r: SubscriberReport) => {
  if (process.connected) process.send?.(r);
};
process.on("error", () => undefined);
const conns: NatsConnection[] = [];
const pullers: DurablePuller[] = [];
/** Broadcast number → latencies of the followers that have it. */
const got = new Map<number, number[]>();
let followers = 0;

function received(broadcast: number, latency: number): void {
  const list = got.get(broadcast) ?? [];
  list.push(latency);
  got.set(broadcast, list);
  if (list.length === followers) {
    send({ type: "got", broadcast, latenciesMs: list });
    got.delete(broadcast);
  }
}

async function drain(p: DurablePuller): Promise<void> {
  for (;;) {
    const m = await p.next();
    if (!m) return;
    m.ack();
    if (m.subject !== order.broadcastSubject) continue;
    const sent = JSON.parse(new TextDecoder().decode(m.data)) as { n: number; at: number };
    received(sent.n, performance.timeOrigin + performance.now() - sent.at);
  }
}

async function openOrg(o: SubscriberOrder["orgs"][number]): Promise<void> {
  const nc = await connectAs({
    url: o.url,
    nkey: o.nkey,
    tlsCa: order.tlsCa,
    name: o.id,
    orgId: o.id,
    // Tens of TLS handshakes at once on one loaded node take longer than a command's default.
    timeoutMs: 30_000,
  });
  conns.push(nc);
  if (o.durables.some((d) => d.filters.some((f) => subjectMatches(f, order.broadcastSubject))))
    followers++;
  for (const d of o.durables) {
    const p = await DurablePuller.open({ nc, stream: d.stream, durable: d.name });
    pullers.push(p);
    void drain(p);
  }
}

process.on("message", (m: ParentOrder) => {
  if (m.type === "memory")
    send({ type: "memory", rssMiB: process.memoryUsage.rss() / 2 ** 20, baselineMiB });
  if (m.type === "stop") {
    for (const p of pullers) p.close();
    void Promise.allSettled(conns.map((c) => c.close())).then(() => process.disconnect());
  }
});

try {
  const queue = [...order.orgs];
  await Promise.all(
    Array.from({ length: OPENING }, async () => {
      for (let o = queue.shift(); o; o = queue.shift()) await openOrg(o);
    }),
  );
  send({ type: "ready", followers, rssMiB: process.memoryUsage.rss() / 2 ** 20 });
} catch (err) {
  send({ type: "failed", message: err instanceof Error ? err.message : String(err) });
  process.disconnect();
}
