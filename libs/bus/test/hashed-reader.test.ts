import { Worker } from "node:worker_threads";
import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EnvelopeHasher,
  HASH_RECORD_BYTES,
  HASHED,
  NOT_HASHED,
} from "../src/envelope/envelope-hasher.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { HashedReader } from "../src/replay/hashed-reader.js";
import { HashingPool } from "../src/replay/hashing-pool.js";
import { OrderedReader } from "../src/replay/ordered-reader.js";
import { provision } from "../src/topology.js";
import { storeSealedRange } from "./fixtures/sealed-range.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

// More than three chunks of 512, in pulls of 700: chunks end inside pulls and pulls inside chunks.
const COUNT = 2_600;
const miit = orgKey("miit");

/** Everything a HashedReader hands out, each message with a copy of its hash record. */
async function readAll(pool: HashingPool, jsm: JetStreamManager, nc: NatsConnection) {
  // Chunks filled before a worker has loaded are handed out unhashed (see the test below).
  await pool.warm();
  return readWithoutWarming(pool, jsm, nc);
}

async function readWithoutWarming(pool: HashingPool, jsm: JetStreamManager, nc: NatsConnection) {
  const reader = await OrderedReader.open({
    nc,
    jsm,
    stream: "TB_TEST",
    from: { seq: 1 },
    batch: 700,
  });
  const hashed = new HashedReader(reader, pool);
  const out: { seq: number; data: Uint8Array; record: Buffer }[] = [];
  try {
    while (out.length < COUNT) {
      const m = hashed.take();
      if (m === undefined) {
        await hashed.ready();
        continue;
      }
      const at = hashed.recordAt;
      const record = Buffer.from(hashed.records.subarray(at, at + HASH_RECORD_BYTES));
      out.push({ seq: m.seq, data: m.data, record });
    }
  } finally {
    await reader.close();
  }
  return out;
}

describe("hashed reader", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    jsm = await jetstreamManager(nc);
    await provision(jsm);
    await storeSealedRange(jetstream(nc), miit.signer, {
      count: COUNT,
      payloadBytes: 600,
      subject: "tb.test.bulletin.power.miit",
    });
  }, 60_000);
  afterAll(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("hands out every message in order with the records the hasher computes here", async () => {
    const messages = await readAll(new HashingPool(2), jsm, nc);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    const here = new EnvelopeHasher();
    const expected = Buffer.alloc(HASH_RECORD_BYTES);
    for (const m of messages) {
      here.hash(m.data, expected, 0);
      expect(m.record[0]).toBe(HASHED);
      expect(m.record.equals(expected), `record of message ${m.seq}`).toBe(true);
    }
  });

  it("holds nothing back for workers that have not loaded: those chunks go out unhashed", async () => {
    // Workers that start but never say they have loaded, as all do for their first 100–200 ms.
    const loading = new HashingPool(
      2,
      () => new Worker("setInterval(() => {}, 60_000)", { eval: true }),
    );
    void loading.warm();
    const messages = await readWithoutWarming(loading, jsm, nc);
    expect(loading.ready).toBe(false);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(messages.every((m) => m.record[0] === NOT_HASHED)).toBe(true);
    // The control: once a pool's workers have loaded, every chunk is hashed in them.
    const loaded = new HashingPool(2);
    await loaded.warm();
    expect(loaded.ready).toBe(true);
    const hashed = await readWithoutWarming(loaded, jsm, nc);
    expect(hashed.every((m) => m.record[0] === HASHED)).toBe(true);
  });

  it("hands out every message, to be verified the ordinary way, when the workers die", async () => {
    const dying = new HashingPool(2, () => new Worker("process.exit(3)", { eval: true }));
    const messages = await readAll(dying, jsm, nc);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(messages.every((m) => m.record[0] === NOT_HASHED)).toBe(true);
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    for (const m of messages) {
      expect(verifier.verifyHashed(m.data, {}, m.record, 0)?.header.source).toBe("miit");
    }
    expect(verifier.stats.signatureChecks).toBe(Math.ceil(COUNT / 256));
  });
});
