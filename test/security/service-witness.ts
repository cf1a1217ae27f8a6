import type { JetStreamManager } from "@nats-io/jetstream";
import { waitFor } from "@tongbao/nats-server";
import { inboxAfter, type InboxEntry } from "./department-api.js";

/** Where one stored message was set aside: its quarantine records' consumers. */
interface Refusals {
  consumers: Set<string>;
}

/**
 * What the department services did with messages that reached them, as the operator and the
 * services' own HTTP API show it: which consumers quarantined a stored message, and what
 * each inbox holds. One reader of TB_QUARANTINE serves every attack that waits on it.
 */
export class ServiceWitness {
  readonly #refusals = new Map<string, Refusals>();
  #cursor = 0;
  #reading: Promise<void> | undefined;
  readonly #mustNotDeliver: { org: string; id: string; attack: string }[] = [];
  readonly #mustDeliverOnce: { org: string; id: string; attack: string }[] = [];

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly departments: ReadonlyMap<string, string>,
    private readonly inboxStart: ReadonlyMap<string, number>,
  ) {}

  /**
   * Resolves with the consumers that quarantined `stream` #`seq` once `consumerPrefix`'s has,
   * or with those that had when `timeout` ran out.
   */
  async quarantined(
    stream: string,
    seq: number,
    consumerPrefix: string,
    timeout = 20_000,
  ): Promise<string[]> {
    const key = `${stream}#${seq}`;
    await waitFor(
      async () => {
        await this.#read();
        return [...(this.#refusals.get(key)?.consumers ?? [])].some((c) =>
          c.startsWith(consumerPrefix),
        );
      },
      { timeout, name: `${consumerPrefix}'s quarantine record of ${key}`, interval: 50 },
    ).catch(() => undefined);
    return [...(this.#refusals.get(key)?.consumers ?? [])];
  }

  mustNotDeliver(org: string, id: string, attack: string): void {
    this.#mustNotDeliver.push({ org, id, attack });
  }

  mustDeliverOnce(org: string, id: string, attack: string): void {
    this.#mustDeliverOnce.push({ org, id, attack });
  }

  /** Attacks whose message reached an inbox that must not have it, or reached it other than once. */
  async inboxViolations(): Promise<{ attack: string; what: string }[]> {
    const inboxes = new Map<string, InboxEntry[]>();
    const orgs = new Set([...this.#mustNotDeliver, ...this.#mustDeliverOnce].map((x) => x.org));
    for (const org of orgs) {
      inboxes.set(org, await inboxAfter(this.departments.get(org)!, this.inboxStart.get(org) ?? 0));
    }
    const count = (org: string, id: string) => inboxes.get(org)!.filter((e) => e.id === id).length;
    return [
      ...this.#mustNotDeliver
        .filter((x) => count(x.org, x.id) > 0)
        .map((x) => ({ attack: x.attack, what: `${x.org}'s inbox shows forged ${x.id}` })),
      ...this.#mustDeliverOnce
        .filter((x) => count(x.org, x.id) !== 1)
        .map((x) => ({
          attack: x.attack,
          what: `${x.org}'s inbox shows ${x.id} ${count(x.org, x.id)} times`,
        })),
    ];
  }

  #read(): Promise<void> {
    this.#reading ??= this.#readNew().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  async #readNew(): Promise<void> {
    const last = (await this.jsm.streams.info("TB_QUARANTINE")).state.last_seq;
    const seqs = Array.from(
      { length: Math.max(0, last - this.#cursor) },
      (_, i) => this.#cursor + 1 + i,
    );
    for (let i = 0; i < seqs.length; i += 64) {
      const batch = await Promise.all(
        seqs
          .slice(i, i + 64)
          .map((seq) => this.jsm.streams.getMessage("TB_QUARANTINE", { seq }).catch(() => null)),
      );
      for (const m of batch) {
        const h = m?.header;
        const stream = h?.get("Tb-Original-Stream");
        const seq = h?.get("Tb-Original-Seq");
        const consumer = h?.get("Tb-Consumer");
        if (!stream || !seq || !consumer) continue;
        const key = `${stream}#${seq}`;
        const r = this.#refusals.get(key) ?? { consumers: new Set<string>() };
        r.consumers.add(consumer);
        this.#refusals.set(key, r);
      }
    }
    this.#cursor = last;
  }
}
