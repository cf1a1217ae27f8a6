import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AckPolicy, jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Acceptance } from "../src/consumer/acceptance.js";
import { Consumer, durableName } from "../src/consumer/consumer.js";
import type { ChainBreak } from "../src/consumer/chain-tracker.js";
import type { ConsumerOptions, DeliveredMessage } from "../src/consumer/types.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { Publisher } from "../src/publisher/publisher.js";
import { powerBulletin, Sector, Status, threatBulletinJson } from "./fixtures/bulletins.js";
import { createBusStreams } from "./fixtures/bus-streams.js";
import { forgeChain } from "./fixtures/forged-envelopes.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const miit = orgKey("miit");
const POWER = "tb.live.bulletin.power.*";
const OIL = "tb.live.bulletin.oil_and_gas.*";

describe("Consumer", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let dir: string;
  let publisher: Publisher;
  let consumer: Consumer | undefined;
  showServerLogsOnFailure(() => [server]);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-consumer-"));
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    js = jetstream(nc);
    await createBusStreams(nc);
    publisher = await Publisher.open({
      nc,
      signer: miit.signer,
      producerId: "miit-1",
      outboxDir: dir,
    });
  });
  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await publisher.close();
    await nc.close();
    await server[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });

  function start(
    handler: ConsumerOptions["handler"],
    extra: Partial<ConsumerOptions> = {},
  ): Promise<Consumer> {
    return Consumer.start({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      durable: "nea",
      filterSubjects: [POWER],
      handler,
      backoff: [50],
      ...extra,
    }).then((c) => (consumer = c));
  }

  it("hands a verified, decoded bulletin to the handler and acks it", async () => {
    const got: DeliveredMessage[] = [];
    const c = await start(async (m) => {
      got.push(m);
    });
    const { id } = await publisher.publish(powerBulletin());
    await waitFor(() => got.length === 1, { name: "delivery" });
    const m = got[0]!;
    expect(m).toMatchObject({
      id,
      source: "miit",
      subject: "tb.live.bulletin.power.miit",
      stream: "TB_LIVE",
    });
    expect(m.keyId).toBe(miit.signer.keyId);
    expect((m.payload as { title: string }).title).toBe(threatBulletinJson().title);
    const jsm = await jetstreamManager(nc);
    const [durable] = c.durables;
    await waitFor(
      async () => (await jsm.consumers.info("TB_LIVE", durable!.name)).num_ack_pending === 0,
      { name: "the ack to reach the server" },
    );
    expect(c.stats()).toMatchObject({ received: 1, handled: 1, quarantined: 0 });
  });

  it("naks a retryable failure and delivers again until the handler succeeds", async () => {
    const attempts: number[] = [];
    await start(async (m) => {
      attempts.push(m.deliveryCount);
      if (attempts.length < 3) throw new TongbaoError("TB_ERR_HANDLER", "database busy");
    });
    await publisher.publish(powerBulletin());
    await waitFor(() => attempts.length === 3 && consumer!.stats().handled === 1, {
      name: "third attempt",
    });
    expect(attempts).toEqual([1, 2, 3]);
    expect(consumer!.stats()).toMatchObject({ retried: 2, handled: 1, quarantined: 0 });
  });

  it("verifies the messages pulled behind the one in the handler, and hands them over in order", async () => {
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    let verified = 0;
    let allVerified!: () => void;
    const ahead = new Promise<void>((resolve) => (allVerified = resolve));
    const counting = {
      verify: (...args: Parameters<EnvelopeVerifier["verify"]>) => {
        if (++verified === 10) allVerified();
        return verifier.verify(...args);
      },
    };
    const sent = await Promise.all(
      Array.from({ length: 10 }, () => publisher.publish(powerBulletin())),
    );
    await publisher.drain();
    const handled: string[] = [];
    await start(
      async (m) => {
        // The first message is held until all ten have been verified: only verification
        // running ahead of the handler lets it go.
        if (handled.length === 0) await ahead;
        handled.push(m.id);
      },
      { verifier: counting },
    );
    await waitFor(() => handled.length === 10, { name: "ten deliveries" });
    expect(handled).toEqual(sent.map((r) => r.id));
    expect(consumer!.stats()).toMatchObject({ received: 10, handled: 10, quarantined: 0 });
  });

  it("runs the handlers of one durable side by side and acks each once its own has succeeded", async () => {
    const sent = await Promise.all(
      Array.from({ length: 5 }, () => publisher.publish(powerBulletin())),
    );
    await publisher.drain();
    const started: string[] = [];
    const finished: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const c = await start(async (m) => {
      started.push(m.id);
      if (m.id === sent[0]!.id) await held;
      finished.push(m.id);
    });
    const jsm = await jetstreamManager(nc);
    const pending = async () =>
      (await jsm.consumers.info("TB_LIVE", c.durables[0]!.name)).num_ack_pending;
    // The first is held; the four behind it are handled and acked meanwhile, the first not.
    await waitFor(async () => finished.length === 4 && (await pending()) === 1, {
      name: "four acked around the held one",
    });
    expect(started).toEqual(sent.map((r) => r.id));
    release();
    await waitFor(async () => (await pending()) === 0, { name: "the held one acked" });
    expect(c.stats()).toMatchObject({ received: 5, handled: 5, duplicates: 0 });
  });

  it("with inFlight 1, starts no handler before the one before it has finished", async () => {
    const sent = await Promise.all(
      Array.from({ length: 5 }, () => publisher.publish(powerBulletin())),
    );
    await publisher.drain();
    const started: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const c = await start(
      async (m) => {
        started.push(m.id);
        if (m.id === sent[0]!.id) await held;
      },
      { inFlight: 1 },
    );
    const jsm = await jetstreamManager(nc);
    const pending = async () =>
      (await jsm.consumers.info("TB_LIVE", c.durables[0]!.name)).num_ack_pending;
    // All five are delivered to the process, and only the first is in a handler.
    await waitFor(async () => (await pending()) === 5, { name: "all five delivered" });
    expect(started).toEqual([sent[0]!.id]);
    release();
    await waitFor(async () => (await pending()) === 0, { name: "all acked" });
    expect(started).toEqual(sent.map((r) => r.id));
  });

  it("holds two pulls' worth beside the messages in hand while its handlers are held up, then hands over the rest in order", async () => {
    const sent = await Promise.all(
      Array.from({ length: 300 }, () => publisher.publish(powerBulletin())),
    );
    await publisher.drain();
    const started: string[] = [];
    const handled: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const c = await start(async (m) => {
      started.push(m.id);
      await held;
      handled.push(m.id);
    });
    // The defaults: 32 handlers at work and 32 messages verified behind them are in hand, out
    // of the puller; having handed over a batch's worth, the puller holds two pulls of 64 again.
    const inHand = 32 + 32;
    try {
      const jsm = await jetstreamManager(nc);
      const name = c.durables[0]!.name;
      // Delivered and unacknowledged: exactly that, and no pull left waiting, so nothing more
      // can come until a handler moves on.
      await waitFor(
        async () => {
          const info = await jsm.consumers.info("TB_LIVE", name);
          return info.num_ack_pending === inHand + 2 * 64 && info.num_waiting === 0;
        },
        { name: "two batches held beside those in hand, no pull waiting" },
      );
      expect(started).toEqual(sent.slice(0, 32).map((r) => r.id));
      expect(handled).toEqual([]);
    } finally {
      // Also on failure: stop() waits for the handlers at work.
      release();
    }
    await waitFor(() => handled.length === 300, { name: "every delivery" });
    expect(handled).toEqual(sent.map((r) => r.id));
  });

  it("runs the handler once for a broadcast that arrives on two of its sectors", async () => {
    const ids: string[] = [];
    await start(
      async (m) => {
        ids.push(m.id);
      },
      { filterSubjects: [POWER, OIL] },
    );
    const { id } = await publisher.publish(
      powerBulletin({ sectors: [Sector.SECTOR_POWER, Sector.SECTOR_OIL_AND_GAS] }),
    );
    const second = await publisher.publish(powerBulletin());
    await waitFor(() => consumer!.stats().received === 3, { name: "all three copies" });
    await waitFor(() => consumer!.stats().handled + consumer!.stats().duplicates === 3, {
      name: "settled",
    });
    expect(ids.sort()).toEqual([id, second.id].sort());
    expect(consumer!.stats().duplicates).toBe(1);
  });

  it("reads each filter through its own durable with a stable name", async () => {
    const c = await start(async () => {}, { filterSubjects: [POWER, OIL] });
    expect(c.durables).toEqual([
      { name: durableName("nea", POWER), filters: [POWER], stream: "TB_LIVE" },
      { name: durableName("nea", OIL), filters: [OIL], stream: "TB_LIVE" },
    ]);
    const jsm = await jetstreamManager(nc);
    const info = await jsm.consumers.info("TB_LIVE", durableName("nea", OIL));
    expect(info.config.filter_subject).toBe(OIL);
    expect(info.config.durable_name).toBe(durableName("nea", OIL));
  });

  it("resumes after a restart without handing over what was already acked", async () => {
    const first: string[] = [];
    await start(async (m) => {
      first.push(m.id);
    });
    const a = await publisher.publish(powerBulletin());
    await waitFor(() => consumer!.stats().handled === 1, { name: "first handled" });
    await consumer!.stop();
    const b = await publisher.publish(powerBulletin());
    const second: string[] = [];
    await start(async (m) => {
      second.push(m.id);
    });
    await waitFor(() => second.length === 1, { name: "second handled" });
    expect(first).toEqual([a.id]);
    expect(second).toEqual([b.id]);
  });

  it("recreates its durable when it is deleted and goes on delivering", async () => {
    const ids: string[] = [];
    const c = await start(async (m) => {
      ids.push(m.id);
    });
    const first = await publisher.publish(powerBulletin());
    await waitFor(() => ids.length === 1, { name: "first delivery" });
    const jsm = await jetstreamManager(nc);
    await jsm.consumers.delete("TB_LIVE", c.durables[0]!.name);
    await waitFor(
      async () =>
        (await jsm.consumers.info("TB_LIVE", c.durables[0]!.name).catch(() => null)) !== null,
      { name: "the durable to be recreated", timeout: 20_000 },
    );
    const second = await publisher.publish(powerBulletin());
    await waitFor(() => ids.includes(second.id), {
      name: "delivery after recreation",
      timeout: 20_000,
    });
    // A recreated durable starts from the stream's beginning: the first id is not handled again.
    expect(ids.filter((id) => id === first.id)).toHaveLength(1);
  });

  it("reports a gap in a producer's chain and still delivers every message", async () => {
    const breaks: ChainBreak[] = [];
    const got: number[] = [];
    await start(
      async (m) => {
        got.push(Number(m.header.producerSeq));
      },
      { onChainBreak: (b) => breaks.push(b), gapWindowMs: 200 },
    );
    for (const bytes of forgeChain(miit.signer, "forge-7", [1, 2, 4, 5])) {
      await js.publish("tb.live.bulletin.power.miit", bytes);
    }
    await waitFor(() => got.length === 4, { name: "four deliveries" });
    expect(got).toEqual([1, 2, 4, 5]);
    // Reported once the missing position has stayed missing for the window.
    await waitFor(() => breaks.length > 0, { name: "the gap reported" });
    expect(breaks).toEqual([
      expect.objectContaining({
        kind: "gap",
        producerId: "forge-7",
        subject: "tb.live.bulletin.power.miit",
        lastSeq: 2,
        seq: 4,
        missing: 1,
      }),
    ]);
    expect(consumer!.stats().chainBreaks).toBe(1);
  });

  it("reports a late gap once, through the reader of its chain's status, when readers share an acceptance", async () => {
    const acceptance = new Acceptance({
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      gapWindowMs: 200,
    });
    const live: ChainBreak[] = [];
    const exercise: ChainBreak[] = [];
    const got: number[] = [];
    await start(
      async (m) => {
        got.push(Number(m.header.producerSeq));
      },
      { acceptance, onChainBreak: (b) => live.push(b) },
    );
    const drills = await Consumer.start({
      nc,
      acceptance,
      durable: "nea-drills",
      filterSubjects: ["tb.exercise.bulletin.power.*"],
      handler: async () => {},
      onChainBreak: (b) => exercise.push(b),
    });
    try {
      for (const bytes of forgeChain(miit.signer, "forge-9", [1, 2, 4])) {
        await js.publish("tb.live.bulletin.power.miit", bytes);
      }
      await waitFor(() => got.length === 3, { name: "three deliveries" });
      await waitFor(() => live.length > 0, { name: "the gap reported by the live reader" });
      expect(live).toEqual([expect.objectContaining({ kind: "gap", producerId: "forge-9" })]);
      expect(exercise).toEqual([]);
      expect(drills.stats().chainBreaks).toBe(0);
    } finally {
      await drills.stop();
      acceptance.chains.close();
    }
  });

  it("starts without an R1 durable that does not answer (its node down), and reads it once it does", async () => {
    const jsm = await jetstreamManager(nc);
    const drills = { name: "nea-exercise", filters: ["tb.exercise.bulletin.power.*"] };
    const got: string[] = [];
    const handler = async (m: DeliveredMessage) => void got.push(m.subject);
    // Positive control: a durable of the stream's replicas must answer at start.
    await expect(
      Consumer.start({
        nc,
        verifier: new EnvelopeVerifier(new KeyRing(miit)),
        durables: [drills],
        handler,
      }),
    ).rejects.toThrow(/TB_EXERCISE\/nea-exercise has no responder/);
    consumer = await Consumer.start({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      durables: [{ ...drills, replicas: 1 }],
      handler,
    });
    // Its node is back: the durable answers, and the lane attaches by itself.
    await jsm.consumers.add("TB_EXERCISE", {
      durable_name: drills.name,
      filter_subject: drills.filters[0]!,
      ack_policy: AckPolicy.Explicit,
    });
    await publisher.publish(powerBulletin({ status: Status.STATUS_EXERCISE }));
    await waitFor(() => got.length === 1, { name: "the drill delivered", timeout: 15_000 });
    expect(got).toEqual(["tb.exercise.bulletin.power.miit"]);
  });

  it("reports a fork when a message does not link to its predecessor's digest", async () => {
    const breaks: ChainBreak[] = [];
    await start(async () => {}, { onChainBreak: (b) => breaks.push(b) });
    const [one, two] = forgeChain(miit.signer, "forge-8", [1, 2]);
    // A second, different chain from the same producer id: its position 3 links elsewhere.
    const [, , otherThree] = forgeChain(miit.signer, "forge-8", [1, 2, 3]);
    for (const bytes of [one!, two!, otherThree!])
      await js.publish("tb.live.bulletin.power.miit", bytes);
    await waitFor(() => consumer!.stats().handled === 3, { name: "three deliveries" });
    expect(breaks).toEqual([expect.objectContaining({ kind: "fork", lastSeq: 2, seq: 3 })]);
  });
});
