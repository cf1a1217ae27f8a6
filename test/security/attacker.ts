import { readFileSync } from "node:fs";
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { fromSeed } from "@nats-io/nkeys";
import {
  errors,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  type Payload,
  type Subscription,
} from "@nats-io/transport-node";
import {
  connectAs,
  type OrganisationAccount,
  type OrganisationDurable,
} from "@tongbao/organisations";
import type { RunningProduct } from "./product-bring-up.js";
import { RawNatsClient } from "./raw-nats-client.js";

/**
 * Every secret planted before the battery reads `SECRET:for=<org>,<org>;`: the organisations
 * whose grant lets them read it. Received by anyone else, it leaked.
 */
export const plantedSecret = (readers: readonly string[]) => `SECRET:for=${readers.join(",")};`;

/** One organisation as an attacker knows itself: its seed, account plan and durables. */
export interface Organisation {
  id: string;
  seed: string;
  publicKey: string;
  account: OrganisationAccount;
  /** Its signing key ids in the registry. */
  keyIds: string[];
}

/**
 * The body of a pull an attacker sends on its own durable to get an answer injected
 * somewhere: no wait, and at most one byte, so the answer is a status (404 nothing pending,
 * 409 too large) and never a message its own service is waiting for. Pulls whose reply
 * subject has interest in its account (its imports, its service's subscriptions) are served;
 * a message taken that way would stay with nobody until the ack wait ran out.
 */
export const OWN_PULL = JSON.stringify({ batch: 1, no_wait: true, max_bytes: 1 });

export function liveDurable(o: Organisation): OrganisationDurable {
  const d =
    o.account.durables.find(
      (x) => x.stream === "TB_LIVE" && x.filters.includes(`tb.live.to.${o.id}.*.*`),
    ) ?? o.account.durables.find((x) => x.stream === "TB_LIVE");
  if (!d) throw new Error(`${o.id} has no TB_LIVE durable`);
  return d;
}

export function exerciseDurable(o: Organisation): OrganisationDurable {
  const d = o.account.durables.find((x) => x.stream === "TB_EXERCISE");
  if (!d) throw new Error(`${o.id} has no TB_EXERCISE durable`);
  return d;
}

/**
 * One organisation's hand-written clients on the real bus: a nats.js connection with its own
 * seed, the CA and its inbox prefix, and a raw protocol connection. Every publish the broker
 * refuses is counted per subject (the server names the subject in its -ERR), and everything
 * that reaches the organisation's inbox is kept, so an attack's reads can be checked for
 * planted secrets.
 */
export class AttackerSession {
  readonly received: { subject: string; data: Uint8Array; headers?: MsgHdrs | undefined }[] = [];
  readonly #sent = new Map<string, number>();
  readonly #refused = new Map<string, number>();
  /** Publishes refused for their reply subject (one the server reserves, e.g. `$JS.ACK.`). */
  readonly #replyRefused = new Map<string, number>();
  #sentinels = 0;
  readonly #sentinelSeen = new Map<string, () => void>();
  #spy: Subscription | undefined;
  readonly js: JetStreamClient;

  private constructor(
    readonly org: Organisation,
    readonly nc: NatsConnection,
    readonly raw: RawNatsClient,
  ) {
    this.js = jetstream(nc);
  }

  static async open(product: RunningProduct, org: Organisation): Promise<AttackerSession> {
    const nc = await connectAs({
      url: product.url,
      nkey: product.layout.nkeyFile(org.id),
      tlsCa: product.layout.caFile,
      orgId: org.id,
      name: `attacker-${org.id}`,
      maxReconnectAttempts: 0,
    });
    const raw = await RawNatsClient.login(product.url, {
      seed: org.seed,
      caFile: product.layout.caFile,
    });
    const session = new AttackerSession(org, nc, raw);
    void session.#countRefusals();
    session.#spy = nc.subscribe(`_INBOX.${org.id}.>`, {
      callback: (_err, m: Msg) => {
        session.received.push({ subject: m.subject, data: m.data, headers: m.headers });
      },
    });
    raw.subscribe(`_INBOX.${org.id}.>`, 1);
    await Promise.all([nc.flush(), raw.ping()]);
    return session;
  }

  /** A publish the broker is expected to refuse, counted so that its refusal can be checked. */
  publish(
    subject: string,
    data: Payload = "",
    opts: { reply?: string; headers?: MsgHdrs } = {},
  ): void {
    this.#sent.set(subject, (this.#sent.get(subject) ?? 0) + 1);
    this.nc.publish(subject, data, opts);
  }

  /** The same through the raw protocol connection. */
  rawPublish(
    subject: string,
    data: string | Buffer = "",
    opts: { reply?: string; headers?: Record<string, string> } = {},
  ): void {
    this.#sent.set(`raw ${subject}`, (this.#sent.get(`raw ${subject}`) ?? 0) + 1);
    this.raw.publish(subject, data, opts);
  }

  /**
   * Both connections have been answered for everything sent so far, and every refusal the
   * server sent has been counted: a last publish the broker must refuse goes out after the
   * others, and its refusal, counted in order, is awaited.
   */
  async settle(): Promise<void> {
    const sentinel = `$JS.API.SENTINEL.${++this.#sentinels}`;
    const seen = new Promise<void>((resolve) => this.#sentinelSeen.set(sentinel, resolve));
    this.nc.publish(sentinel);
    await Promise.all([this.nc.flush(), this.raw.ping()]);
    await Promise.race([
      seen,
      new Promise<void>((_resolve, reject) =>
        setTimeout(() => reject(new Error(`the broker never refused ${sentinel}`)), 10_000).unref(),
      ),
    ]);
  }

  /** Whether every publish to these subjects (since the session opened) was refused by the broker. */
  refused(subject: string, raw = false): boolean {
    const key = raw ? `raw ${subject}` : subject;
    const sent = this.#sent.get(key) ?? 0;
    const refused = raw
      ? this.raw.transcript.errors.filter((e) => e.includes(`Publish to "${subject}"`)).length
      : (this.#refused.get(subject) ?? 0);
    return sent > 0 && refused >= sent;
  }

  /** How many publishes (either connection) the broker refused for naming this reply subject. */
  replyRefusals(reply: string): number {
    const raw = this.raw.transcript.errors.filter((e) => e.includes(`Reply of "${reply}"`)).length;
    return (this.#replyRefused.get(reply) ?? 0) + raw;
  }

  /** A core subscription the broker should refuse: resolves true when it closes it with a violation. */
  async subscriptionRefused(
    subject: string,
    queue?: string,
  ): Promise<{ refused: boolean; got: number }> {
    let got = 0;
    const sub = this.nc.subscribe(subject, {
      ...(queue ? { queue } : {}),
      callback: (_err, m: Msg) => {
        got++;
        this.received.push({ subject: m.subject, data: m.data, headers: m.headers });
      },
    });
    await this.nc.flush();
    const closed = await Promise.race([sub.closed, this.nc.flush().then(() => "open" as const)]);
    if (closed === "open") sub.unsubscribe();
    return { refused: closed instanceof errors.PermissionViolationError, got };
  }

  /** Subjects on which the organisation received (either connection) a secret not planted for it. */
  secretsRead(): string[] {
    const texts = [
      ...this.received.map((m) => ({ subject: m.subject, text: textOf(m.data, m.headers) })),
      ...this.raw.transcript.messages.map((m) => ({ subject: m.subject, text: m.data.toString() })),
    ];
    return texts.filter((t) => revealsSecret(t.text, this.org.id)).map((t) => t.subject);
  }

  async close(): Promise<void> {
    this.#spy?.unsubscribe();
    await Promise.all([this.nc.close(), this.raw.close()]);
  }

  async #countRefusals(): Promise<void> {
    for await (const s of this.nc.status()) {
      if (s.type !== "error") continue;
      const e = s.error;
      const reply = /Publish with Reply of "([^"]+)"/.exec(e.message)?.[1];
      if (reply) {
        this.#replyRefused.set(reply, (this.#replyRefused.get(reply) ?? 0) + 1);
      } else if (e instanceof errors.PermissionViolationError && e.operation === "publish") {
        this.#refused.set(e.subject, (this.#refused.get(e.subject) ?? 0) + 1);
        this.#sentinelSeen.get(e.subject)?.();
      }
    }
  }
}

/** Loads an organisation's own seed and public key from the bring-up's data directory. */
export function seedOf(
  product: RunningProduct,
  orgId: string,
): { seed: string; publicKey: string } {
  const seed = readFileSync(product.layout.nkeyFile(orgId), "utf8").trim();
  return { seed, publicKey: fromSeed(new TextEncoder().encode(seed)).getPublicKey() };
}

function textOf(data: Uint8Array, headers?: MsgHdrs): string {
  const head = headers ? [...headers].map(([k, v]) => `${k}: ${v.join(",")}`).join("\n") : "";
  return `${head}\n${Buffer.from(data ?? new Uint8Array()).toString()}`;
}

/** A secret not for `reader`, in clear or as the base64 `data` of a stored message (how JetStream's API returns one). */
export function revealsSecret(text: string, reader: string): boolean {
  const decoded = [...text.matchAll(/"data"\s*:\s*"([A-Za-z0-9+/=]+)"/g)].map((m) =>
    Buffer.from(m[1]!, "base64").toString(),
  );
  return [text, ...decoded].some((t) =>
    [...t.matchAll(/SECRET:for=([^;]*);/g)].some((m) => !m[1]!.split(",").includes(reader)),
  );
}
