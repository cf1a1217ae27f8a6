import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
import { Publisher } from "../src/publisher/publisher.js";
import type { PublishResult } from "../src/publisher/types.js";
import { powerBulletin, threatBulletinJson } from "./fixtures/bulletins.js";
import { createBusStreams, readStream } from "./fixtures/bus-streams.js";
import { orgKey } from "./fixtures/signing-keys.js";

const TOTAL = 10_000;

describe("a nats-server killed with SIGKILL while a publisher is sending", () => {
  let server: NatsServer | undefined;
  let nc: NatsConnection | undefined;
  let publisher: Publisher | undefined;
  let dir: string | undefined;
  showServerLogsOnFailure(() => [server]);

  afterEach(async () => {
    await publisher?.close();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`ends with all ${TOTAL} messages in the stream, each exactly once, after a restart`, async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
    await createBusStreams(nc);
    dir = await mkdtemp(join(tmpdir(), "tongbao-server-kill-"));
    const pub = (publisher = await Publisher.open({
      nc,
      signer: orgKey("miit").signer,
      producerId: "miit-1",
      outboxDir: dir,
      outbox: { retryInitialMs: 20, retryMaxMs: 250 },
      ackTimeoutMs: 1_000,
    }));

    const published: Promise<PublishResult>[] = [];
    for (let i = 0; i < TOTAL; i++) {
      published.push(pub.publish(powerBulletin({ payload: threatBulletinJson(`bulletin ${i}`) })));
    }
    await waitFor(() => pub.stats().sent >= 2_000, { timeout: 30_000, name: "2,000 acked" });
    await server.kill();
    const sentAtKill = pub.stats().sent;
    expect(sentAtKill).toBeLessThan(TOTAL);
    const ids = (await Promise.all(published)).map((r) => r.id);
    await server.restart();
    await pub.drain(60_000);

    const stored = await readStream(jetstream(nc), "TB_LIVE");
    expect(stored).toHaveLength(TOTAL);
    const storedIds = stored.map((m) => decodeHeader(decodeEnvelope(m.data).header).id);
    expect(new Set(storedIds).size).toBe(TOTAL);
    expect(new Set(storedIds)).toEqual(new Set(ids));
    expect(new Set(stored.map((m) => m.headers?.get("Nats-Msg-Id"))).size).toBe(TOTAL);
  });
});
