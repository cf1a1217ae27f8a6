import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import {
  showServerLogsOnFailure,
  startNatsServer,
  waitFor,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  jetStreamPipelineSender,
  jetStreamSender,
  Outbox,
  readDeadLetters,
  type DeadLetter,
  type OutboxOptions,
  type OutboxSender,
  type OutboxStats,
} from "../src/outbox/mod.js";
import {
  createTestStream,
  storedCount,
  storedMsgIds,
  tally,
  testRecords,
  TEST_STREAM,
} from "./fixtures/outbox-stream.js";

/** Both JetStream senders must give the outbox the same guarantees. */
const senders: [string, (nc: NatsConnection) => OutboxSender & { stop?: () => void }][] = [
  [
    "jetStreamSender",
    (nc) => jetStreamSender(jetstream(nc), { expectedStream: TEST_STREAM, timeoutMs: 1_500 }),
  ],
  [
    "jetStreamPipelineSender",
    (nc) => jetStreamPipelineSender(nc, { expectedStream: TEST_STREAM, timeoutMs: 1_500 }),
  ],
];

describe.each(senders)("the outbox with %s against a real nats-server", (_, makeSender) => {
  let server: NatsServer | undefined;
  let sender: (OutboxSender & { stop?: () => void }) | undefined;
  let nc: NatsConnection | undefined;
  let outbox: Outbox | undefined;
  let dir: string;
  showServerLogsOnFailure(() => [server]);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-outbox-"));
    server = await startNatsServer();
    nc = await connect({
      servers: server.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    await createTestStream(nc, { max_msg_size: 64 * 1024 });
  });
  afterEach(async () => {
    await outbox?.close();
    outbox = undefined;
    sender?.stop?.();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
    await rm(dir, { recursive: true, force: true });
  });

  async function openOutbox(
    extra: Partial<OutboxOptions> = {},
    watchConnection = true,
  ): Promise<Outbox> {
    const conn = nc as NatsConnection;
    sender = makeSender(conn);
    outbox = await Outbox.open({
      dir,
      send: sender,
      ...(watchConnection ? { connection: conn } : {}),
      retryInitialMs: 50,
      retryMaxMs: 500,
      ...extra,
    });
    return outbox;
  }

  it("stores each of 10,000 messages exactly once when nats-server is killed -9 mid-run and restarted", async () => {
    const box = await openOutbox();
    const total = 10_000;
    const expected = testRecords("k", 0, total).map((r) => r.msgId);
    // A publisher with backpressure: keep at most ~1000 records waiting.
    let enqueued = 0;
    const publishing = (async () => {
      for (let n = 0; n < total; n += 100) {
        await waitFor(() => box.stats().pending < 1_000, { timeout: 60_000, name: "room" });
        await box.enqueue(testRecords("k", n, 100));
        enqueued = n + 100;
      }
    })();
    publishing.catch(() => undefined); // awaited below; a failure must not also go unhandled
    await waitFor(() => box.stats().sent >= 3_000, { timeout: 30_000, name: "3000 acked" });
    await server?.kill();
    // Mid-run: the publisher goes on enqueueing into the outage, and the backlog builds up.
    expect(enqueued).toBeLessThan(total);
    await waitFor(() => !box.stats().connected, { name: "outbox to see the bus down" });
    await waitFor(() => box.stats().pending > 0, { name: "a backlog while the bus is down" });
    await server?.restart();
    await publishing;
    await box.drain(60_000);

    expect(await storedCount(nc as NatsConnection)).toBe(total);
    const stored = tally(await storedMsgIds(jetstream(nc as NatsConnection)), expected);
    expect(stored).toMatchObject({ total, distinct: total, missing: [], repeated: [] });
    expect(box.stats()).toMatchObject({ pending: 0, inFlight: 0, failedPermanently: 0 });
  });

  it("holds messages published while the server is down and sends them when it is back", async () => {
    // A 50 KiB memory budget: most of the 200 KiB backlog waits on disk only.
    const box = await openOutbox({ maxResidentBytes: 50 * 1024 });
    const seen: OutboxStats[] = [];
    box.on("stats", (stats) => seen.push(stats));
    await box.enqueue(testRecords("d", 0, 10));
    await box.drain(10_000);
    await server?.kill();
    await waitFor(() => !box.stats().connected, { name: "outbox to see the bus down" });

    await box.enqueue(testRecords("d", 10, 200));
    const retriesBefore = box.stats().retries;
    await waitFor(() => box.stats().retries >= retriesBefore + 2, {
      timeout: 15_000,
      name: "two failed attempts while down",
    });
    const held = box.stats();
    expect(held).toMatchObject({ pending: 200, sent: 10, connected: false });
    expect(held.bytes).toBe(200 * 1024);
    expect(held.oldestAgeMs).toBeGreaterThan(0);

    await server?.restart();
    await box.drain(30_000);
    expect(box.stats()).toMatchObject({ pending: 0, sent: 210, connected: true });
    const stored = tally(
      await storedMsgIds(jetstream(nc as NatsConnection)),
      testRecords("d", 0, 210).map((r) => r.msgId),
    );
    expect(stored).toMatchObject({ total: 210, missing: [], repeated: [] });
    expect(seen.some((s) => s.pending === 200 && !s.connected)).toBe(true);
  });

  it("finds the bus again by probing when it is not told about the connection", async () => {
    const box = await openOutbox({}, false);
    await server?.kill();
    await box.enqueue(testRecords("e", 0, 50));
    await waitFor(() => !box.stats().connected, {
      timeout: 15_000,
      name: "failed sends to mark the bus down",
    });
    expect(box.stats().pending).toBe(50);
    await server?.restart();
    await box.drain(30_000);
    expect(await storedCount(nc as NatsConnection)).toBe(50);
  });

  it("refuses a malformed record before storing anything, naming the field", async () => {
    const box = await openOutbox();
    const bad = { subject: "t.bad.>", msgId: "bad-1", data: Buffer.from("x") };
    const err: unknown = await box
      .enqueue([...testRecords("v", 0, 2), bad])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "TB_ERR_BAD_REQUEST", path: "records[2].subject" });
    expect(box.stats().pending).toBe(0);
  });

  it("dead-letters a message the stream refuses for good and delivers the rest", async () => {
    const box = await openOutbox();
    const letters: DeadLetter[] = [];
    box.on("dead-letter", (letter) => letters.push(letter));
    const huge = testRecords("big", 0, 1, 100 * 1024);
    await box.enqueue([...testRecords("a", 0, 50), ...huge, ...testRecords("a", 50, 50)]);
    await box.drain(15_000);

    expect(await storedCount(nc as NatsConnection)).toBe(100);
    expect(box.stats()).toMatchObject({ pending: 0, sent: 100, failedPermanently: 1 });
    const [letter] = await readDeadLetters(dir);
    expect(letter).toMatchObject({
      msgId: "big-0",
      subject: "t.big.0",
      reason: { code: "TB_ERR_PUBLISH_REJECTED", retryable: false },
    });
    expect(Buffer.from(letter?.data ?? "", "base64").length).toBe(100 * 1024);
    expect(letters.map((l) => l.msgId)).toEqual(["big-0"]);
  });

  it("retries a message no stream takes without holding up the others, then dead-letters it when the wrong stream claims it", async () => {
    const box = await openOutbox();
    await box.enqueue([{ subject: "late.orders", msgId: "late-1", data: Buffer.from("x") }]);
    await box.enqueue(testRecords("b", 0, 100));
    await waitFor(() => box.stats().sent === 100, { timeout: 15_000, name: "others sent" });
    await waitFor(() => box.stats().retries >= 3, { timeout: 15_000, name: "retries" });
    expect(box.stats()).toMatchObject({ pending: 1, failedPermanently: 0 });

    // A stream for the subject appears, but the outbox expects OUTBOX_T: refused for good.
    const jsm = await jetstreamManager(nc as NatsConnection);
    await jsm.streams.add({ name: "LATE", subjects: ["late.>"] });
    await box.drain(15_000);
    const [letter] = await readDeadLetters(dir);
    expect(letter).toMatchObject({ msgId: "late-1", reason: { code: "TB_ERR_PUBLISH_REJECTED" } });
    expect(letter?.reason.message).toMatch(/expected stream does not match/);
  });

  it("deletes journal segments once the stream has acknowledged their messages", async () => {
    const box = await openOutbox({ segmentBytes: 64 * 1024 });
    for (let n = 0; n < 1_000; n += 20) await box.enqueue(testRecords("c", n, 20));
    await box.drain(15_000);
    // 1,000 KiB of records in 64 KiB segments: at least 15 segments were written.
    expect(box.segments().at(-1)).toBeGreaterThanOrEqual(15);
    await waitFor(() => box.segments().length === 1, { name: "compaction to one segment" });
    const logs = (await readdir(dir)).filter((f) => f.endsWith(".log"));
    expect(logs).toEqual([`${String(box.segments()[0]).padStart(8, "0")}.log`]);
    expect(await storedCount(nc as NatsConnection)).toBe(1_000);
  });
});
