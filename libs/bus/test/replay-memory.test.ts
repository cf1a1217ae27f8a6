import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { hashingPool } from "../src/replay/hashing-pool.js";
import { replay } from "../src/replay/replay.js";
import { provision } from "../src/topology.js";
import { storeSealedRange } from "./fixtures/sealed-range.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const COUNT = 50_000;
const PAYLOAD = 2_048;
const MiB = 2 ** 20;

describe("replay of a large range", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  const miit = orgKey("miit");
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    await provision(await jetstreamManager(nc));
    await storeSealedRange(jetstream(nc), miit.signer, {
      count: COUNT,
      payloadBytes: PAYLOAD,
      subject: "tb.test.bulletin.power.miit",
    });
  }, 120_000);
  afterAll(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it(`keeps memory bounded through ${COUNT} messages (≈${(COUNT * PAYLOAD) / MiB} MiB), far below the range`, async () => {
    const range = (await (await jetstreamManager(nc)).streams.info("TB_TEST")).state.bytes;
    expect(range).toBeGreaterThan(100 * MiB);
    // Measured from a tenth of the range on: what the replay sets up as it starts (its consumer,
    // the hashing thread, the verification pool's workers, their first buffers) is a fixed cost,
    // not growth through the range; holding the range would still add 90 % of it after that.
    const WARM = COUNT / 10;
    // A replay hands its chunks to the workers only once they have loaded, whenever that is
    // (seconds, through the test's TypeScript loader): loaded first, they are in the baseline.
    await hashingPool.warm();
    let start = 0;
    let peak = 0;
    let n = 0;
    const r = replay({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      stream: "TB_TEST",
      from: { seq: 1 },
      audit: { actor: "ops-miit", reason: "memory bound check" },
    });
    for await (const m of r) {
      if (!m.verified) continue;
      if (++n === WARM) start = peak = process.memoryUsage.rss();
      if (n > WARM && n % 500 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    }
    const summary = await r.summary;
    expect(summary).toMatchObject({ verified: COUNT, failed: 0, gapCount: 0, complete: true });
    // Holding the range (or a growing share of it) would add well over 100 MiB.
    const growth = peak - start;
    console.log(
      `replay RSS growth ${(growth / MiB).toFixed(1)} MiB over the last 90 % of a ${(range / MiB).toFixed(0)} MiB range`,
    );
    expect(growth).toBeLessThan(range / 3);
  }, 120_000);

  it("pulls no more than three batches' worth for a reader that has stopped reading", async () => {
    const jsm = await jetstreamManager(nc);
    const { state } = await jsm.streams.info("TB_TEST");
    const perPull = Math.floor((256 * 1024) / (state.bytes / state.messages));
    const r = replay({
      nc,
      verifier: new EnvelopeVerifier(new KeyRing(miit)),
      stream: "TB_TEST",
      from: { seq: 1 },
      batchBytes: 256 * 1024,
      audit: { actor: "ops-miit", reason: "backpressure check" },
    });
    const reader = r[Symbol.asyncIterator]();
    expect((await reader.next()).done).toBe(false);
    // Round trips to the server: whatever the replay has asked for has time to arrive.
    for (let i = 0; i < 50; i++) await nc.flush();
    const [ordered] = await jsm.consumers.list("TB_TEST").next();
    expect(ordered?.delivered.stream_seq).toBe(3 * perPull);
    await reader.return?.();
    expect((await r.summary).complete).toBe(false);
  });
});
