import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OrderedReader, type StoredMessage } from "../src/replay/ordered-reader.js";

const COUNT = 2_000;

/** The next message, waiting for it as the replay does; fails after `ms`. */
async function next(reader: OrderedReader, ms = 20_000): Promise<StoredMessage> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = reader.take();
    if (m) return m;
    if (Date.now() > deadline) throw new Error("no message in time");
    await Promise.race([
      reader.ready(),
      new Promise((resolve) => setTimeout(resolve, deadline - Date.now()).unref()),
    ]);
  }
}

/** Payloads are their publish index, so order and completeness can be read off. */
function index(m: StoredMessage): number {
  return Number(new TextDecoder().decode(m.data));
}

describe("ordered reader", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let reader: OrderedReader | undefined;
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
  });
  beforeEach(async () => {
    nc = await connect({
      servers: server.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    jsm = await jetstreamManager(nc);
    await jsm.streams.delete("ORD").catch(() => undefined);
    await jsm.streams.add({ name: "ORD", subjects: ["ord.>"] });
    const js = jetstream(nc);
    const acks: Promise<unknown>[] = [];
    for (let i = 1; i <= COUNT; i++) acks.push(js.publish(i % 2 ? "ord.a" : "ord.b", `${i}`));
    await Promise.all(acks);
  });
  afterEach(async () => {
    await reader?.close();
    reader = undefined;
    await nc?.close();
  });
  afterAll(async () => {
    await server?.[Symbol.asyncDispose]();
  });

  it("reads a filtered range in stream order, pending counting down to 0", async () => {
    reader = await OrderedReader.open({
      nc,
      jsm,
      stream: "ORD",
      from: { seq: 1 },
      filterSubject: "ord.a",
      batch: 64,
    });
    const seen: number[] = [];
    let last: StoredMessage;
    do {
      last = await next(reader);
      expect(last.subject).toBe("ord.a");
      seen.push(index(last));
    } while (last.pending > 0);
    expect(seen).toEqual(Array.from({ length: COUNT / 2 }, (_, i) => 2 * i + 1));
    expect(last.seq).toBe(COUNT - 1);
  });

  it("starts at the first message stored at or after a time", async () => {
    const middle = await jsm.streams.getMessage("ORD", { seq: COUNT / 2 });
    if (!middle) throw new Error("the middle message is missing");
    reader = await OrderedReader.open({
      nc,
      jsm,
      stream: "ORD",
      from: { time: middle.time },
      batch: 100,
    });
    const first = await next(reader);
    // Several messages can share a millisecond: the first of them comes first.
    expect(first.seq).toBeLessThanOrEqual(COUNT / 2);
    expect(first.storedAt.getTime()).toBe(middle.time.getTime());
  });

  it("goes on from where it was when the server loses its consumer", async () => {
    // The server says nothing to pulls waiting on a deleted consumer: missed heartbeats tell.
    reader = await OrderedReader.open({
      nc,
      jsm,
      stream: "ORD",
      from: { seq: 1 },
      batch: 100,
      heartbeatMs: 1_000,
    });
    const seen: number[] = [];
    for (let i = 0; i < 250; i++) seen.push(index(await next(reader)));
    for await (const c of await jsm.consumers.list("ORD"))
      await jsm.consumers.delete("ORD", c.name);
    let m: StoredMessage;
    do {
      m = await next(reader);
      seen.push(index(m));
    } while (m.pending > 0);
    expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });

  it("goes on after the server is killed and restarted mid-read, nothing skipped or repeated", async () => {
    reader = await OrderedReader.open({ nc, jsm, stream: "ORD", from: { seq: 1 }, batch: 100 });
    const seen: number[] = [];
    for (let i = 0; i < 500; i++) seen.push(index(await next(reader)));
    await server.kill();
    await server.restart();
    let m: StoredMessage;
    do {
      m = await next(reader, 60_000);
      seen.push(index(m));
    } while (m.pending > 0);
    expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  }, 90_000);

  it("asks for no more than three batches ahead of a reader that has stopped", async () => {
    reader = await OrderedReader.open({ nc, jsm, stream: "ORD", from: { seq: 1 }, batch: 50 });
    await next(reader);
    // Round trips to the server: whatever the reader has asked for has time to arrive.
    for (let i = 0; i < 50; i++) await nc.flush();
    const [consumer] = await (await jsm.consumers.list("ORD")).next();
    expect(consumer?.delivered.stream_seq).toBe(150);
  });

  it("deletes its consumer when closed", async () => {
    reader = await OrderedReader.open({ nc, jsm, stream: "ORD", from: { seq: 1 }, batch: 10 });
    await next(reader);
    await reader.close();
    expect(await (await jsm.consumers.list("ORD")).next()).toEqual([]);
  });
});
