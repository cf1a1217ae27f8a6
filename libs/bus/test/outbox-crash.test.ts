import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import { spawnPublishingChild } from "./fixtures/publishing-child.js";
import { jetStreamSender, Outbox } from "../src/outbox/mod.js";
import {
  createTestStream,
  storedCount,
  storedMsgIds,
  tally,
  TEST_STREAM,
} from "./fixtures/outbox-stream.js";

const here = dirname(fileURLToPath(import.meta.url));
const publisherScript = join(here, "fixtures/outbox-publisher.ts");

describe("an outbox whose publishing process is killed", () => {
  let server: NatsServer | undefined;
  let nc: NatsConnection | undefined;
  let dir: string | undefined;
  showServerLogsOnFailure(() => [server]);

  afterEach(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // 4 KiB records are journaled from their own buffers (record-codec.ts), 1 KiB ones copied.
  it.each([
    ["js", 1024],
    ["pipeline", 1024],
    ["pipeline", 4096],
  ])(
    "delivers, after a reopen, every message confirmed durable before the SIGKILL, each exactly once (%s sender, %i-byte records)",
    async (senderKind, recordBytes) => {
      server = await startNatsServer();
      nc = await connect({ servers: server.url });
      await createTestStream(nc);
      dir = await mkdtemp(join(tmpdir(), "tongbao-outbox-crash-"));

      const run = spawnPublishingChild(publisherScript, [
        dir,
        server.url,
        "100000",
        senderKind,
        String(recordBytes),
      ]);
      const { child, durable, exited } = run;
      const conn = nc;
      await waitFor(
        async () => {
          run.assertRunning();
          return durable.size >= 5_000 && (await storedCount(conn)) >= 3_000;
        },
        { timeout: 30_000, name: "the publisher to get well under way" },
      );
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      expect(durable.size).toBeLessThan(100_000);

      const outbox = await Outbox.open({
        dir,
        send: jetStreamSender(jetstream(nc), { expectedStream: TEST_STREAM }),
      });
      try {
        // The kill left records behind that only the reopened outbox can deliver.
        expect(outbox.stats().pending).toBeGreaterThan(0);
        await outbox.drain(30_000);
      } finally {
        await outbox.close();
      }
      const stored = tally(await storedMsgIds(jetstream(nc)), durable);
      expect(stored.missing).toEqual([]);
      expect(stored.repeated).toEqual([]);
      expect(stored.total).toBe(await storedCount(nc));
      expect(stored.total).toBeGreaterThanOrEqual(durable.size);
    },
  );
});
