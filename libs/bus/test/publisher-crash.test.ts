import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decodeEnvelope, decodeHeader } from "@tongbao/contracts";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import { spawnPublishingChild } from "./fixtures/publishing-child.js";
import { messageDigest } from "../src/crypto/digest.js";
import { savePrivateKey } from "../src/crypto/key-files.js";
import { EnvelopeVerifier } from "../src/envelope/mod.js";
import { Publisher } from "../src/publisher/publisher.js";
import { powerBulletin } from "./fixtures/bulletins.js";
import { createBusStreams, readStream, storedCount } from "./fixtures/bus-streams.js";
import { KeyRing, orgKey } from "./fixtures/signing-keys.js";

const here = dirname(fileURLToPath(import.meta.url));
const publisherScript = join(here, "fixtures/crash-publisher.ts");
const SUBJECT = "tb.live.bulletin.power.miit";

describe("a publishing process killed with SIGKILL", () => {
  let server: NatsServer | undefined;
  let nc: NatsConnection | undefined;
  let dir: string | undefined;
  showServerLogsOnFailure(() => [server]);

  afterEach(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("loses nothing and duplicates nothing once a publisher reopens its outbox, and its chain goes on without reusing a position", async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    await createBusStreams(nc);
    dir = await mkdtemp(join(tmpdir(), "tongbao-publisher-crash-"));
    const miit = orgKey("miit", "miit-k1");
    const keyFile = join(dir, "miit.pem");
    await savePrivateKey(keyFile, miit.signer.privateKey);
    const outboxDir = join(dir, "outbox");

    const run = spawnPublishingChild(publisherScript, [outboxDir, server.url, keyFile, "100000"]);
    const { child, durable, exited } = run;
    const conn = nc;
    await waitFor(
      async () => {
        run.assertRunning();
        return durable.size >= 3_000 && (await storedCount(conn, "TB_LIVE")) >= 1_000;
      },
      { timeout: 40_000, name: "the publisher to get well under way" },
    );
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(durable.size).toBeLessThan(100_000);

    // A new process on the same outbox: it resends what was left and publishes on.
    const publisher = await Publisher.open({
      nc,
      signer: miit.signer,
      producerId: "miit-crash",
      outboxDir,
    });
    const after = await publisher.publish(powerBulletin());
    await publisher.drain(30_000);
    await publisher.close();

    const stored = await readStream(jetstream(nc), "TB_LIVE");
    const msgIds = stored.map((m) => m.headers?.get("Nats-Msg-Id") ?? "");
    expect(new Set(msgIds).size).toBe(msgIds.length);
    const present = new Set(msgIds);
    const lost = [...durable].filter((id) => !present.has(id));
    expect(lost).toEqual([]);
    expect(present.has(after.id)).toBe(true);

    // One chain on the subject: positions 1..n, each once, each linked to the one before.
    const envelopes = stored.map((m) => decodeEnvelope(m.data));
    const bySeq = new Map<number, (typeof envelopes)[number]>();
    for (const e of envelopes) {
      const h = decodeHeader(e.header);
      expect(h.producerId).toBe("miit-crash");
      const seq = Number(h.producerSeq);
      expect(bySeq.has(seq)).toBe(false);
      bySeq.set(seq, e);
    }
    expect(Math.max(...bySeq.keys())).toBe(bySeq.size);
    for (let seq = 2; seq <= bySeq.size; seq++) {
      const prev = bySeq.get(seq - 1)!;
      const h = decodeHeader(bySeq.get(seq)!.header);
      expect(Buffer.from(h.prevDigest).equals(messageDigest(prev.header, prev.payload))).toBe(true);
    }
    // The last message, published after the crash, continues the chain at its end.
    const last = decodeHeader(bySeq.get(bySeq.size)!.header);
    expect(last.id).toBe(after.id);
    // And every stored copy verifies.
    const verifier = new EnvelopeVerifier(new KeyRing(miit));
    for (const m of stored.slice(-50)) await verifier.verify(m.data, { subject: SUBJECT });
  });
});
