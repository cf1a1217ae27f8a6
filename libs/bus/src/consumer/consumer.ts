import { createHash } from "node:crypto";
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { streamForStatus } from "../topology.js";
import { Acceptance } from "./acceptance.js";
import { DeliveryPipeline, type PendingDelivery } from "./delivery-pipeline.js";
import { DurablePuller } from "./durable-puller.js";
import { Quarantine } from "./quarantine.js";
import { RecentIds } from "./seen-ids.js";
import type { ConsumerOptions, ConsumerStats } from "./types.js";

const DURABLE = /^[A-Za-z0-9_-]{1,48}$/;
const DEFAULT_BACKOFF = [1_000, 5_000, 30_000, 120_000];
/** Pause before re-attaching after the consume loop failed (consumer deleted, server gone). */
const REATTACH_MS = 1_000;
/** Failed attempts in a row that are each logged; after them, every tenth. */
const QUIET_AFTER = 10;
const DEFAULT_VERIFY_AHEAD = 32;
const DEFAULT_IN_FLIGHT = 32;

/** One JetStream durable and its pull loop. */
interface Lane {
  name: string;
  filters: string[];
  /** The durable's JetStream domain when it is another server's (a hub durable from a leaf). */
  domain?: string | undefined;
  puller: DurablePuller | undefined;
  done: Promise<void>;
  /** Messages whose handler has started and not yet been acked, nak'ed or quarantined. */
  working: Set<PendingDelivery>;
  /** Wakes the loop waiting for a free place among `working`. */
  slotFree: (() => void) | undefined;
  /** Pulled messages being verified ahead of the handler, in delivery order. */
  ahead: PendingDelivery[];
  /** A top-up of `ahead` is scheduled. */
  topUp: boolean;
  /** Attempts in a row that failed to pull (0 while pulling). */
  failures: number;
}

/**
 * Receives verified messages through durable pull consumers and hands them to a handler,
 * acking after it succeeds. See {@link DeliveryPipeline} for what happens to each message.
 *
 * Two ways to name the durables:
 * - `durables`: durables the operator created (an organisation's, from
 *   `@tongbao/organisations`). They are only pulled and acked, never created or changed, so
 *   the consumer needs nothing beyond an organisation's grant.
 * - `durable` + `filterSubjects`: the consumer creates its own, one per filter subject
 *   (`<durable>-<8 hex>`), for a connection with the JetStream API (the operator's, tests).
 *
 * Each durable is taken in delivery order: every message goes through the acceptance step
 * ({@link Acceptance}) and has its handler started in that order, and up to `inFlight`
 * handlers of one durable run at once, each message acked as soon as its own handler has
 * succeeded (so a handler's I/O, e.g. a group-committed journal, is shared by the messages
 * behind it). The verification of up to `verifyAhead` pulled messages runs ahead of them; a
 * slow handler holds back the pulls (backpressure), never memory: a durable has at most
 * `inFlight` + `verifyAhead` messages in hand and two pulls' worth in its puller.
 */
export class Consumer {
  readonly #o: ConsumerOptions;
  readonly #stream: string;
  readonly #log: Logger;
  readonly #pipeline: DeliveryPipeline;
  /** Stops hearing the acceptance's late chain breaks; closes its tracker if it is this consumer's own. */
  readonly #release: () => void;
  readonly #lanes: Lane[] = [];
  readonly #stats: ConsumerStats = {
    received: 0,
    handled: 0,
    duplicates: 0,
    retried: 0,
    quarantined: 0,
    quarantinedByCode: {},
    chainBreaks: 0,
    pendingByDurable: {},
  };
  #stopped = false;
  readonly #wake = new Set<() => void>();
  readonly #verifyAhead: number;
  readonly #inFlight: number;
  /** One timer for every lane's messages in hand, instead of one per message. */
  readonly #keepAlive: NodeJS.Timeout;

  private constructor(o: ConsumerOptions, stream: string) {
    this.#o = o;
    this.#stream = stream;
    this.#log = (o.logger ?? pino({ level: "silent" })).child({
      component: "consumer",
      durable: o.durable ?? o.durables?.map((d) => d.name).join(","),
    });
    const acceptance =
      o.acceptance ??
      new Acceptance({
        verifier: o.verifier!,
        protection: o.protection,
        seen: o.seen ?? new RecentIds(),
        ...(o.now ? { now: o.now } : {}),
        ...(o.gapWindowMs === undefined ? {} : { gapWindowMs: o.gapWindowMs }),
        ...(o.gapWindowMessages === undefined ? {} : { gapWindowMessages: o.gapWindowMessages }),
      });
    this.#pipeline = new DeliveryPipeline({
      acceptance,
      handler: o.handler,
      quarantine: o.quarantine ?? new Quarantine(jetstream(o.nc)),
      maxDeliver: o.maxDeliver ?? 5,
      backoff: o.backoff?.length ? o.backoff : DEFAULT_BACKOFF,
      logger: this.#log,
      onChainBreak: o.onChainBreak,
      stats: this.#stats,
    });
    // Readers of other statuses may share the acceptance (a department's live and exercise
    // consumers): a late break is this reader's to report only if its chain is on a subject
    // of this reader's status, so that it is reported once.
    const own = new Set(
      (o.durables?.length ? o.durables.flatMap((d) => d.filters) : (o.filterSubjects ?? [])).map(
        statusStream,
      ),
    );
    const off = acceptance.onChainBreak((brk) => {
      if (own.size !== 1 || own.has(statusStream(brk.subject))) this.#pipeline.chainBreak(brk);
    });
    // A delivery lost on its way comes again after the ack wait: no gap before then.
    if (o.gapWindowMs === undefined) acceptance.chains.coverRedelivery(o.ackWaitMs);
    this.#release = () => {
      off();
      if (!o.acceptance) acceptance.chains.close();
    };
    this.#verifyAhead = o.verifyAhead ?? DEFAULT_VERIFY_AHEAD;
    this.#inFlight = o.inFlight ?? DEFAULT_IN_FLIGHT;
    // Keeps the server from redelivering what is in hand while a slow handler is at work:
    // the messages being handled and those verified ahead of them.
    this.#keepAlive = setInterval(
      () => {
        for (const lane of this.#lanes) {
          for (const p of lane.working) p.m.working();
          for (const p of lane.ahead) p.m.working();
        }
      },
      Math.max(500, (o.ackWaitMs ?? 30_000) / 2),
    );
    this.#keepAlive.unref();
  }

  /**
   * Starts delivering. Provisioned durables must exist (an error names the one missing);
   * self-provisioned ones are created or brought to this consumer's settings first.
   */
  static async start(o: ConsumerOptions): Promise<Consumer> {
    const stream = checkOptions(o);
    const consumer = new Consumer(o, stream);
    const lanes: {
      name: string;
      filters: string[];
      domain?: string | undefined;
      /** An R1 durable: away while its node is down. */
      single?: boolean;
    }[] = [];
    try {
      if (o.durables?.length) {
        lanes.push(
          ...o.durables.map((d) => ({
            name: d.name,
            filters: [...d.filters],
            domain: d.domain,
            single: d.replicas === 1,
          })),
        );
      } else {
        const jsm = await jetstreamManager(o.nc);
        for (const filter of new Set(o.filterSubjects)) {
          const name = durableName(o.durable!, filter);
          await consumer.#ensureDurable(jsm, name, filter);
          lanes.push({ name, filters: [filter] });
        }
      }
      for (const { single, ...l } of lanes) {
        // A durable in another domain is across a link that may be down at start, and an R1
        // durable is away while its node is: such a lane attaches when the durable is there
        // (the run loop re-attaches), and the rest start now.
        let puller: DurablePuller | undefined;
        if (!l.domain) {
          try {
            puller = await consumer.#open(l);
          } catch (err) {
            if (!single) throw err;
            consumer.#log.warn(
              { err, durable: l.name },
              "an R1 durable does not answer at start (its node may be down); attaching when it does",
            );
          }
        }
        const lane: Lane = {
          ...l,
          puller,
          done: Promise.resolve(),
          working: new Set(),
          slotFree: undefined,
          ahead: [],
          topUp: false,
          failures: 0,
        };
        lane.done = consumer.#run(lane);
        consumer.#lanes.push(lane);
      }
    } catch (err) {
      await consumer.stop();
      throw err;
    }
    return consumer;
  }

  /** The JetStream durables this consumer reads, with their filters. */
  get durables(): { name: string; filters: string[]; stream: string }[] {
    return this.#lanes.map((l) => ({ name: l.name, filters: l.filters, stream: this.#stream }));
  }

  stats(): ConsumerStats {
    return {
      ...this.#stats,
      quarantinedByCode: { ...this.#stats.quarantinedByCode },
      pendingByDurable: { ...this.#stats.pendingByDurable },
    };
  }

  /** Stops pulling and waits for the messages in hand to finish. Durables stay on the server. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const wake of this.#wake) wake();
    for (const lane of this.#lanes) lane.puller?.close();
    await Promise.all(this.#lanes.map((l) => l.done));
    clearInterval(this.#keepAlive);
    this.#release();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  #open(lane: { name: string; domain?: string | undefined }): Promise<DurablePuller> {
    return DurablePuller.open({
      nc: this.#o.nc,
      stream: this.#stream,
      durable: lane.name,
      domain: lane.domain,
      logger: this.#log,
    });
  }

  async #ensureDurable(jsm: JetStreamManager, name: string, filter: string): Promise<void> {
    const maxDeliver = this.#o.maxDeliver ?? 5;
    const wanted = {
      ack_wait: nanos(this.#o.ackWaitMs ?? 30_000),
      // One more than the consumer's own limit: that delivery quarantines a message whose
      // last allowed attempt died with the process, instead of the server dropping it.
      max_deliver: maxDeliver + 1,
      max_ack_pending: this.#o.maxAckPending ?? 256,
    };
    const existing = await jsm.consumers.info(this.#stream, name).catch((err: unknown) => {
      if (isNotFound(err)) return undefined;
      throw err;
    });
    if (!existing) {
      await jsm.consumers.add(this.#stream, {
        durable_name: name,
        filter_subject: filter,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...wanted,
      });
      return;
    }
    const c = existing.config;
    if (
      c.ack_wait !== wanted.ack_wait ||
      c.max_deliver !== wanted.max_deliver ||
      c.max_ack_pending !== wanted.max_ack_pending
    ) {
      await jsm.consumers.update(this.#stream, name, wanted);
    }
  }

  async #run(lane: Lane): Promise<void> {
    while (!this.#stopped) {
      try {
        const puller = (lane.puller ??= await this.#open(lane));
        lane.failures = 0;
        while (!this.#stopped) {
          let p = lane.ahead.shift();
          if (!p) {
            const m = puller.take() ?? (await puller.next());
            if (!m) break;
            p = this.#pipeline.prepare(m);
          }
          this.#scheduleTopUp(lane, puller);
          // Verdicts are taken in delivery order, whichever verification settled first.
          const v = p.verification;
          const verification = v instanceof Promise ? await v : v;
          if (this.#stopped) break; // not acked: redelivered to the next consumer
          this.#start(lane, p, verification);
          while (lane.working.size >= this.#inFlight && !this.#stopped) {
            await new Promise<void>((resolve) => (lane.slotFree = resolve));
          }
        }
      } catch (err) {
        if (this.#stopped) break;
        lane.failures++;
        // Tried again every second (an election takes a few; a link or node may take
        // longer, and an R1 drill durable waits for its node), but not logged every second.
        if (lane.failures <= QUIET_AFTER || lane.failures % QUIET_AFTER === 0) {
          this.#log.warn(
            { err, durable: lane.name, failures: lane.failures },
            "pull loop failed; re-attaching",
          );
        }
        lane.puller?.close();
        lane.puller = undefined;
        // What was read ahead stays in hand and goes first once re-attached: dropped, the
        // server would send it again only after the ack wait, behind its successors.
        // Handlers already at work finish and ack through the closed puller's connection.
        // A self-provisioned durable that is gone (deleted, lost with a memory store) is made again.
        if (!this.#o.durables?.length) {
          await jetstreamManager(this.#o.nc)
            .then((jsm) => this.#ensureDurable(jsm, lane.name, lane.filters[0]!))
            .catch((e: unknown) => this.#log.warn({ err: e }, "durable not recreated"));
        }
      }
      if (!this.#stopped && !lane.puller) await this.#pause(REATTACH_MS);
    }
    while (lane.working.size > 0) {
      await new Promise<void>((resolve) => (lane.slotFree = resolve));
    }
  }

  /** Runs one message's handler while the loop goes on to the next. */
  #start(
    lane: Lane,
    p: PendingDelivery,
    verification: Awaited<PendingDelivery["verification"]>,
  ): void {
    lane.working.add(p);
    void this.#pipeline.process(p, verification, this.#stream, lane.name).then(() => {
      lane.working.delete(p);
      const wake = lane.slotFree;
      lane.slotFree = undefined;
      wake?.();
    });
  }

  /**
   * Starts verifying what the puller holds, up to `verifyAhead` messages, once the handler has
   * been started and gone to its own I/O (a macrotask later), so the two overlap.
   */
  #scheduleTopUp(lane: Lane, puller: DurablePuller): void {
    if (lane.topUp || lane.ahead.length >= this.#verifyAhead) return;
    lane.topUp = true;
    setImmediate(() => {
      lane.topUp = false;
      if (lane.puller !== puller) return;
      while (lane.ahead.length < this.#verifyAhead) {
        let m;
        try {
          m = puller.take();
        } catch {
          break; // the durable failed: the run loop meets it on its own take
        }
        if (!m) break;
        lane.ahead.push(this.#pipeline.prepare(m));
      }
    });
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake.add(done);
    });
  }
}

/** Stable durable name for a filter: `<durable>-<first 8 hex of SHA-256(filter)>`. */
export function durableName(durable: string, filter: string): string {
  return `${durable}-${createHash("sha256").update(filter).digest("hex").slice(0, 8)}`;
}

/** Stream holding the traffic a filter subject names (tb.<status>...), if it names one. */
function statusStream(filter: string): string | undefined {
  const [prefix, status] = filter.split(".");
  if (prefix !== "tb" || (status !== "live" && status !== "exercise" && status !== "test")) {
    return undefined;
  }
  return streamForStatus(status);
}

function checkOptions(o: ConsumerOptions): string {
  const bad = (path: string, why: string) => new TongbaoError("TB_ERR_CONFIG", why, { path });
  const names = o.durables?.length ? o.durables.map((d) => d.name) : [o.durable ?? ""];
  for (const name of names) {
    if (!DURABLE.test(name)) {
      throw bad("durable", `durable "${name}" must be 1 to 48 letters, digits, "-" or "_"`);
    }
  }
  const filters = o.durables?.length ? o.durables.flatMap((d) => d.filters) : o.filterSubjects;
  if (!filters?.length) throw bad("filterSubjects", "at least one filter subject is needed");
  if (typeof o.handler !== "function") throw bad("handler", "a handler function is needed");
  const maxDeliver = o.maxDeliver ?? 5;
  if (!Number.isInteger(maxDeliver) || maxDeliver < 1) {
    throw bad("maxDeliver", `maxDeliver must be a positive integer, got ${maxDeliver}`);
  }
  if (!o.acceptance && !o.verifier)
    throw bad("verifier", "a verifier (or an acceptance) is needed");
  const inFlight = o.inFlight ?? DEFAULT_IN_FLIGHT;
  if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > 1024) {
    throw bad("inFlight", `inFlight must be an integer from 1 to 1024, got ${inFlight}`);
  }
  const ahead = o.verifyAhead ?? DEFAULT_VERIFY_AHEAD;
  if (!Number.isInteger(ahead) || ahead < 0 || ahead > 1024) {
    throw bad("verifyAhead", `verifyAhead must be an integer from 0 to 1024, got ${ahead}`);
  }
  if (o.stream) return o.stream;
  const streams = new Set(filters.map(statusStream));
  const [only] = streams;
  if (streams.size !== 1 || only === undefined) {
    throw bad(
      "filterSubjects",
      "filters must all be traffic subjects of one status (tb.<status>...), or name the stream",
    );
  }
  return only;
}

function isNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound;
}
