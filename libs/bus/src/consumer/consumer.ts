import { createHash } from "node:crypto";
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { pino, type Logger } from "pino";
import { streamForStatus } from "../topology.js";
import { ChainTracker } from "./chain-tracker.js";
import { DeliveryPipeline } from "./delivery-pipeline.js";
import { Quarantine } from "./quarantine.js";
import { RecentIds } from "./seen-ids.js";
import type { ConsumerOptions, ConsumerStats } from "./types.js";

const DURABLE = /^[A-Za-z0-9_-]{1,48}$/;
const DEFAULT_BACKOFF = [1_000, 5_000, 30_000, 120_000];
/** Pause before re-attaching after the consume loop failed (consumer deleted, server gone). */
const REATTACH_MS = 1_000;

/** One JetStream durable: a filter subject and its consume loop. */
interface Lane {
  name: string;
  filter: string;
  messages: ConsumerMessages | undefined;
  done: Promise<void>;
}

/**
 * Receives verified messages through durable pull consumers and hands them to a handler,
 * acking after it succeeds. See {@link DeliveryPipeline} for what happens to each message.
 *
 * One JetStream durable per filter subject: nats-server 2.9 allows a single filter_subject per
 * consumer, and a wildcard filter with a client-side check would read subjects that broker
 * permissions may not grant. Each durable is processed in order, one message at a time.
 */
export class Consumer {
  readonly #o: ConsumerOptions;
  readonly #js: JetStreamClient;
  readonly #stream: string;
  readonly #log: Logger;
  readonly #pipeline: DeliveryPipeline;
  readonly #lanes: Lane[] = [];
  readonly #stats: ConsumerStats = {
    received: 0,
    handled: 0,
    duplicates: 0,
    retried: 0,
    quarantined: 0,
    quarantinedByCode: {},
    chainBreaks: 0,
  };
  #stopped = false;
  readonly #wake = new Set<() => void>();

  private constructor(o: ConsumerOptions, js: JetStreamClient, stream: string) {
    this.#o = o;
    this.#js = js;
    this.#stream = stream;
    this.#log = (o.logger ?? pino({ level: "silent" })).child({
      component: "consumer",
      durable: o.durable,
    });
    this.#pipeline = new DeliveryPipeline({
      verifier: o.verifier,
      handler: o.handler,
      quarantine: o.quarantine ?? new Quarantine(js),
      seen: o.seen ?? new RecentIds(),
      chains: new ChainTracker(),
      maxDeliver: o.maxDeliver ?? 5,
      backoff: o.backoff?.length ? o.backoff : DEFAULT_BACKOFF,
      ackWaitMs: o.ackWaitMs ?? 30_000,
      now: o.now ?? (() => new Date()),
      protection: o.protection,
      logger: this.#log,
      onChainBreak: o.onChainBreak,
      stats: this.#stats,
    });
  }

  /** Creates (or updates) the durables and starts delivering. */
  static async start(o: ConsumerOptions): Promise<Consumer> {
    const stream = checkOptions(o);
    const jsm = await jetstreamManager(o.nc);
    const consumer = new Consumer(o, jetstream(o.nc), stream);
    for (const filter of new Set(o.filterSubjects)) {
      const name = durableName(o.durable, filter);
      await consumer.#ensureDurable(jsm, name, filter);
      const lane: Lane = { name, filter, messages: undefined, done: Promise.resolve() };
      lane.done = consumer.#run(jsm, lane);
      consumer.#lanes.push(lane);
    }
    return consumer;
  }

  /** The JetStream durables this consumer reads, with their filters. */
  get durables(): { name: string; filter: string; stream: string }[] {
    return this.#lanes.map((l) => ({ name: l.name, filter: l.filter, stream: this.#stream }));
  }

  stats(): ConsumerStats {
    return { ...this.#stats, quarantinedByCode: { ...this.#stats.quarantinedByCode } };
  }

  /** Stops pulling and waits for the message in hand to finish. Durables stay on the server. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const wake of this.#wake) wake();
    for (const lane of this.#lanes) lane.messages?.stop();
    await Promise.all(this.#lanes.map((l) => l.done));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
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

  async #run(jsm: JetStreamManager, lane: Lane): Promise<void> {
    let attached = true; // start() has just created or checked the durable
    while (!this.#stopped) {
      try {
        // After a failure the durable may be gone (deleted, or lost with a memory store).
        if (!attached) await this.#ensureDurable(jsm, lane.name, lane.filter);
        attached = false;
        const c = await this.#js.consumers.get(this.#stream, lane.name);
        const messages = await c.consume({ max_messages: 64 });
        lane.messages = messages;
        if (this.#stopped) messages.stop();
        void this.#watch(messages);
        for await (const m of messages) {
          await this.#pipeline.process(m, this.#stream, lane.name);
        }
      } catch (err) {
        if (this.#stopped) break;
        this.#log.warn({ err, durable: lane.name }, "consume loop failed; re-attaching");
      }
      if (!this.#stopped) await this.#pause(REATTACH_MS);
    }
  }

  /** Ends the loop when the durable is gone, so #run re-attaches (and recreates it). */
  async #watch(messages: ConsumerMessages): Promise<void> {
    for await (const s of messages.status()) {
      if (s.type === "consumer_deleted" || s.type === "consumer_not_found") {
        this.#log.warn({ status: s.type }, "durable consumer gone");
        messages.stop();
      }
    }
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
  if (!DURABLE.test(o.durable ?? "")) {
    throw bad(
      "durable",
      `durable "${String(o.durable)}" must be 1 to 48 letters, digits, "-" or "_"`,
    );
  }
  if (!o.filterSubjects?.length)
    throw bad("filterSubjects", "at least one filter subject is needed");
  if (typeof o.handler !== "function") throw bad("handler", "a handler function is needed");
  const maxDeliver = o.maxDeliver ?? 5;
  if (!Number.isInteger(maxDeliver) || maxDeliver < 1) {
    throw bad("maxDeliver", `maxDeliver must be a positive integer, got ${maxDeliver}`);
  }
  if (o.stream) return o.stream;
  const streams = new Set(o.filterSubjects.map(statusStream));
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
