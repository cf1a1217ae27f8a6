import type { JetStreamManager } from "@nats-io/jetstream";
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { waitFor } from "@tongbao/nats-server";
import { TRACKER_ORGANIZATION, loadProfiles, organisationAccounts } from "@tongbao/organisations";
import { breached, type Attack, type AttackContext, type Control } from "./attack.js";
import { seedOf, plantedSecret, type AttackerSession, type Organisation } from "./attacker.js";
import type { AttackRow, ControlRow } from "./attack-summary.js";
import type { OwnWrites } from "./battery-verdict.js";
import { readLedger } from "./broker-ledger.js";
import type { RunningProduct } from "./product-bring-up.js";

/**
 * Every organisation of the running bus as it knows itself: the account plan the bring-up
 * generated for this server version, its seed, and its signing key ids in the registry.
 */
export async function organisationsOf(
  product: RunningProduct,
  operator: NatsConnection,
  jsm: JetStreamManager,
): Promise<Organisation[]> {
  const accounts = organisationAccounts(
    await loadProfiles(),
    [TRACKER_ORGANIZATION],
    operator.info!.version,
  );
  const registry = await jsm.streams.info("KV_tb_registry", {
    subjects_filter: "$KV.tb_registry.key.>",
  });
  const keyIds = Object.keys(registry.state.subjects ?? {}).map((s) =>
    s.slice("$KV.tb_registry.key.".length),
  );
  return accounts.map((account) => ({
    id: account.orgId,
    ...seedOf(product, account.orgId),
    account,
    keyIds: keyIds.filter((k) => k.slice(0, k.lastIndexOf("_")) === account.orgId),
  }));
}

/**
 * Secrets for each organisation on its addressed subjects (live and drill), and in audit,
 * quarantine and tracking: each names who may read it (the recipient, and the tracker, whose
 * grant reads the traffic streams).
 */
export async function plantSecrets(
  operator: NatsConnection,
  orgs: readonly Organisation[],
): Promise<void> {
  const js = jetstream(operator);
  const tracker = TRACKER_ORGANIZATION.id;
  for (const o of orgs) {
    if (o.id === tracker) continue;
    await js.publish(`tb.live.to.${o.id}.bulletin.operator`, plantedSecret([o.id, tracker]));
    await js.publish(`tb.exercise.to.${o.id}.bulletin.operator`, plantedSecret([o.id, tracker]));
  }
  await js.publish("tba.plant.operator", plantedSecret(["operator"]));
  await js.publish("tbq.operator.tb_err_plant", plantedSecret(["operator"]));
  await js.publish("$KV.tb_tracking.plant", plantedSecret([tracker]));
}

/**
 * Waits until every durable a service reads (one with pull requests waiting) has delivered
 * and had acknowledged all it has: the services are idle. Resolves with those durables; the
 * others nobody reads (the tracker follows live traffic only) just keep their messages.
 */
export async function durablesIdle(jsm: JetStreamManager, timeout = 30_000): Promise<Set<string>> {
  let busy: string[] = [];
  const attended = new Set<string>();
  await waitFor(
    async () => {
      const l = await readLedger(jsm);
      for (const [key, d] of l.durables) if (d.durable && d.waiting > 0) attended.add(key);
      busy = [...l.durables.entries()]
        .filter(
          ([key, d]) => d.durable && (d.ackPending > 0 || (attended.has(key) && d.pending > 0)),
        )
        .map(([, d]) => d)
        .map((d) => `${d.stream}/${d.name} (pending ${d.pending}, ack pending ${d.ackPending})`);
      return busy.length === 0;
    },
    { timeout, name: "every durable delivered and acknowledged", interval: 200 },
  ).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}: ${busy.join(", ")}`);
  });
  return attended;
}

/** At most `size` steps at once; the others wait their turn. */
function limiter(size: number): <T>(step: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (step) => {
    if (running >= size) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await step();
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}

/** New connections of every battery, a few at a time. */
const connecting = limiter(4);

/**
 * Runs one organisation's attacks and controls on its session, concurrently. Attacks send at
 * once and wait on `settled`, which resolves when the server has answered everything sent:
 * then each counts the broker's refusals of its own publishes.
 */
export async function runBattery(o: {
  product: RunningProduct;
  session: AttackerSession;
  attacker: Organisation;
  victim: Organisation;
  third: Organisation;
  attacks: readonly Attack[];
  controls: readonly Control[];
  writes: OwnWrites;
  extend?: (c: AttackContext) => AttackContext;
}): Promise<{ rows: AttackRow[]; controls: ControlRow[] }> {
  let release = () => {};
  const settled = new Promise<void>((resolve) => (release = resolve));
  let n = 0;
  const context = (): AttackContext => {
    const c: AttackContext = {
      product: o.product,
      session: o.session,
      attacker: o.attacker,
      victim: o.victim,
      third: o.third,
      tag: `${o.attacker.id}-${++n}`,
      settled,
      ownWrite: (w) => o.writes.add(w),
      connecting,
    };
    return o.extend ? o.extend(c) : c;
  };
  const attacks = o.attacks
    .map((a) => ({ a, c: context() }))
    .filter(({ a, c }) => a.applies?.(c) ?? true)
    .map(({ a, c }) => ({
      a,
      c,
      outcome: a
        .run(c)
        .catch((err: unknown) =>
          breached(`the attack itself failed: ${String(err).slice(0, 120)}`),
        ),
    }));
  const controls = o.controls
    .map((k) => ({ k, c: context() }))
    .filter(({ k, c }) => k.applies?.(c) ?? true)
    .map(({ k, c }) => ({
      k,
      result: k.run(c).catch((err: unknown) => ({ ok: false, saw: String(err).slice(0, 120) })),
    }));
  await o.session.settle();
  release();
  const rows = await Promise.all(
    attacks.map(async ({ a, c, outcome }): Promise<AttackRow> => {
      const r = await outcome;
      return {
        cls: a.cls,
        attacker: o.attacker.id,
        victim: o.victim.id,
        name: a.name,
        stopped: r.stopped,
        held: r.held,
        effects: [],
        aims: a.aims?.(c) ?? [],
      };
    }),
  );
  const ctl = await Promise.all(
    controls.map(async ({ k, result }): Promise<ControlRow> => ({
      cls: k.cls,
      attacker: o.attacker.id,
      name: k.name,
      ...(await result),
    })),
  );
  return { rows, controls: ctl };
}
