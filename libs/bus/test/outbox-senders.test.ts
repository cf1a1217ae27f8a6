import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { isTongbaoError, type TongbaoError } from "@tongbao/errors";
import { showServerLogsOnFailure, startNatsServer, type NatsServer } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  jetStreamPipelineSender,
  jetStreamSender,
  type OutboxRecord,
  type OutboxSender,
} from "../src/outbox/mod.js";
import { createTestStream, TEST_STREAM } from "./fixtures/outbox-stream.js";

type Make = (
  nc: NatsConnection,
  expectedStream: string,
  timeoutMs?: number,
) => OutboxSender & { stop?: () => void };
const senders: [string, Make][] = [
  [
    "jetStreamSender",
    (nc, expectedStream, timeoutMs = 5_000) =>
      jetStreamSender(jetstream(nc), { expectedStream, timeoutMs }),
  ],
  [
    "jetStreamPipelineSender",
    (nc, expectedStream, timeoutMs = 5_000) =>
      jetStreamPipelineSender(nc, { expectedStream, timeoutMs }),
  ],
];

function rec(msgId: string, subject = "t.senders", size = 16): OutboxRecord {
  return { subject, msgId, data: Buffer.alloc(size, 1), headers: { "Tongbao-Test": msgId } };
}

async function failure(p: Promise<unknown>): Promise<TongbaoError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isTongbaoError(err)) throw new Error(`expected a TongbaoError, got ${String(err)}`);
  return err;
}

describe.each(senders)("%s", (_, make) => {
  let server: NatsServer | undefined;
  let nc: NatsConnection;
  let send: OutboxSender & { stop?: () => void };
  showServerLogsOnFailure(() => [server]);

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    await createTestStream(nc, { max_msg_size: 1024 });
    send = make(nc, TEST_STREAM);
  });
  afterAll(async () => {
    send?.stop?.();
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("resolves on the PubAck, reports a resend as a duplicate, and passes headers on", async () => {
    expect(await send(rec("s-1"))).toEqual({ duplicate: false });
    expect(await send(rec("s-1"))).toEqual({ duplicate: true });
    const jsm = await jetstreamManager(nc);
    const stored = await jsm.streams.getMessage(TEST_STREAM, { last_by_subj: "t.senders" });
    expect(stored?.header.get("Tongbao-Test")).toBe("s-1");
    expect(stored?.header.get("Nats-Msg-Id")).toBe("s-1");
  });

  it("refuses for good a message larger than the stream allows", async () => {
    const err = await failure(send(rec("s-big", "t.senders", 4096)));
    expect(err).toMatchObject({ code: "TB_ERR_PUBLISH_REJECTED", retryable: false });
    expect(err.message).toMatch(/larger than the stream allows/);
  });

  it("refuses for good a message another stream than the expected one would store", async () => {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "OTHER", subjects: ["other.>"] });
    const err = await failure(send(rec("s-other", "other.x")));
    expect(err).toMatchObject({ code: "TB_ERR_PUBLISH_REJECTED", retryable: false });
    expect(err.message).toMatch(/expected stream does not match/);
  });

  it("fails retryably when no stream listens on the subject", async () => {
    const err = await failure(send(rec("s-nobody", "nobody.listens")));
    expect(err).toMatchObject({ code: "TB_ERR_UNAVAILABLE", retryable: true });
  });

  it("fails retryably with a timeout when the server is gone", async () => {
    const impatient = make(nc, TEST_STREAM, 300);
    await server?.kill();
    try {
      const err = await failure(impatient(rec("s-lost")));
      expect(err).toMatchObject({ code: "TB_ERR_TIMEOUT", retryable: true });
    } finally {
      impatient.stop?.();
    }
  });
});
