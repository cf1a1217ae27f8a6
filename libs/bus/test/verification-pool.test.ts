import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decodeEnvelope, encodeEnvelope } from "@tongbao/contracts";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { HashingPool } from "../src/replay/hashing-pool.js";
import { replay } from "../src/replay/replay.js";
import type { ReplayedMessage } from "../src/replay/types.js";
import { provision } from "../src/topology.js";
import { storeSealedRange } from "./fixtures/sealed-range.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

// Several chunks of 512 per worker, every message under its own signature.
const COUNT = 3_000;
const SUBJECT = "tb.test.bulletin.power.miit";
const miit = orgKey("miit");
const WHO = { actor: "ops-miit", reason: "verification pool test" };

describe("verification in the worker pool", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let tampered = 0;
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    await provision(await jetstreamManager(nc));
    const js = jetstream(nc);
    await storeSealedRange(js, miit.signer, {
      count: COUNT,
      payloadBytes: 300,
      subject: SUBJECT,
      perSignature: 1,
    });
    // One more, its payload altered after signing: only the replay's own check may refuse it.
    const last = await (await jetstreamManager(nc)).streams.getMessage("TB_TEST", { seq: 7 });
    const e = decodeEnvelope(last!.data);
    const payload = Uint8Array.from(e.payload);
    payload[3] = (payload[3] ?? 0) ^ 0xff;
    tampered = (await js.publish(SUBJECT, encodeEnvelope({ ...e, payload }))).seq;
  }, 120_000);
  afterAll(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  async function run(hashingThread: boolean, pool?: HashingPool) {
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    const r = replay({
      nc,
      verifier,
      stream: "TB_TEST",
      from: { seq: 1 },
      audit: WHO,
      hashingThread,
      ...(pool ? { pool } : {}),
    });
    const messages: ReplayedMessage[] = [];
    for await (const m of r) messages.push(m);
    return { messages, summary: await r.summary, stats: verifier.stats };
  }

  it("checks signatures made one message at a time in the workers, in stream order", async () => {
    const pool = new HashingPool(2);
    // Loaded before the replay starts, so that its chunks go to the workers from the first.
    await pool.warm();
    const threaded = await run(true, pool);
    const here = await run(false);
    expect(pool.alive).toBe(2);
    // The positive control: on this thread alone every signature is checked here.
    expect(here.stats.signatureChecks).toBe(COUNT);
    expect(here.stats.workerChecks).toBe(0);
    // In the pool all but the first chunks are checked there: before the key is taught (at the
    // first message verified here) at most 1 + 2 per worker chunks of 512 have been sent.
    expect(threaded.stats.workerChecks).toBeGreaterThanOrEqual(COUNT - (1 + 2 * 2) * 512);
    expect(threaded.stats.signatureChecks + threaded.stats.workerChecks).toBe(COUNT);
    // What a reader sees of each message (byte fields compared as bytes, whatever their view).
    const seen = (m: ReplayedMessage) => [
      m.seq,
      m.header.id,
      m.keyId,
      Buffer.from(m.digest!).toString("hex"),
      Buffer.from(m.payloadBytes).toString("hex"),
    ];
    expect(threaded.messages.map(seen)).toEqual(here.messages.map(seen));
    expect(threaded.messages.map((m) => m.seq)).toEqual(
      Array.from({ length: COUNT }, (_, i) => i + 1),
    );
    for (const s of [threaded.summary, here.summary]) {
      expect(s).toMatchObject({ verified: COUNT, failed: 1 });
      expect(s.failures).toEqual([
        expect.objectContaining({ seq: tampered, code: "TB_ERR_SIGNATURE" }),
      ]);
    }
  });
});
