import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import { connect, headers, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { startNatsServer, waitFor, type NatsServer } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DurablePuller, type DurableMessage } from "../src/consumer/durable-puller.js";
import { STREAMS } from "../src/topology.js";
import { createBusStreams } from "./fixtures/bus-streams.js";

describe("DurablePuller: a durable read through MSG.NEXT and acks alone", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  beforeEach(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    await createBusStreams(nc);
    await (
      await jetstreamManager(nc)
    ).consumers.add(STREAMS.LIVE, {
      durable_name: "nea-live",
      filter_subject: "tb.live.>",
      ack_policy: AckPolicy.Explicit,
    });
  });
  afterEach(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("refuses at once, naming it, a durable that was never provisioned", async () => {
    const err = await DurablePuller.open({ nc, stream: STREAMS.LIVE, durable: "nea-nope" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TongbaoError);
    expect((err as TongbaoError).message).toMatch(/TB_LIVE\/nea-nope .*tongbao provision/);
  });

  it("hands out what is stored in order, acks it, and goes on after the server restarts", async () => {
    for (let i = 0; i < 3; i++) nc.publish("tb.live.bulletin.all.miit", `m${i}`);
    await nc.flush();
    const puller = await DurablePuller.open({
      nc,
      stream: STREAMS.LIVE,
      durable: "nea-live",
      heartbeatMs: 500,
    });
    const got: DurableMessage[] = [];
    for (let i = 0; i < 3; i++) got.push((await puller.next())!);
    expect(got.map((m) => new TextDecoder().decode(m.data))).toEqual(["m0", "m1", "m2"]);
    expect(got.map((m) => m.info.deliveryCount)).toEqual([1, 1, 1]);
    for (const m of got) m.ack();
    await server.restart();
    await waitFor(() => !nc.isClosed() && nc.info !== undefined, { name: "reconnected" });
    // Published after the restart: the puller's pulls were lost with the server and are renewed.
    await waitFor(
      async () => {
        await nc.request("tb.live.bulletin.all.miit", "m3", { timeout: 1_000 });
        return true;
      },
      { name: "the stream takes a message again", timeout: 20_000 },
    );
    const next = await puller.next();
    expect(new TextDecoder().decode(next!.data)).toBe("m3");
    next!.ack();
    await waitFor(
      async () =>
        (await (await jetstreamManager(nc)).consumers.info(STREAMS.LIVE, "nea-live")).ack_floor
          .stream_seq === 4,
      { name: "every message acked", timeout: 10_000 },
    );
    puller.close();
  });

  it("reads a copy's trace context from its headers, and sees none where its header block names none", async () => {
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const traced = headers();
    traced.set("Nats-Msg-Id", "a");
    traced.set("traceparent", traceparent);
    traced.set("tracestate", "tb=1");
    // Only the state, and a name that merely contains "traceparent": neither is a trace context.
    const stateOnly = headers();
    stateOnly.set("tracestate", "tb=1");
    stateOnly.set("x-traceparent-copy", traceparent);
    const plain = headers();
    plain.set("Nats-Msg-Id", "c");
    nc.publish("tb.live.bulletin.all.miit", "traced", { headers: traced });
    nc.publish("tb.live.bulletin.all.miit", "state only", { headers: stateOnly });
    nc.publish("tb.live.bulletin.all.miit", "plain", { headers: plain });
    nc.publish("tb.live.bulletin.all.miit", "no headers");
    await nc.flush();
    const puller = await DurablePuller.open({ nc, stream: STREAMS.LIVE, durable: "nea-live" });
    const got: DurableMessage[] = [];
    for (let i = 0; i < 4; i++) got.push((await puller.next())!);
    expect(got.map((m) => m.trace)).toEqual([
      { traceparent, tracestate: "tb=1" },
      undefined,
      undefined,
      undefined,
    ]);
    // The raw block is searched only to skip parsing: it must never miss a header there.
    expect(got.map((m) => m.headers?.get("traceparent") ?? "")).toEqual([traceparent, "", "", ""]);
    for (const m of got) m.ack();
    puller.close();
  });

  it("hands out what it was delivered before the durable failed, then names the failure", async () => {
    const jsm = await jetstreamManager(nc);
    const puller = await DurablePuller.open({ nc, stream: STREAMS.LIVE, durable: "nea-live" });
    for (let i = 0; i < 3; i++) nc.publish("tb.live.bulletin.all.miit", `m${i}`);
    // Delivered to the puller (the server counts them pending), none taken yet.
    await waitFor(
      async () => (await jsm.consumers.info(STREAMS.LIVE, "nea-live")).num_ack_pending === 3,
      { name: "three messages delivered", timeout: 10_000 },
    );
    await nc.flush();
    // The server answers the pulls it holds "consumer deleted" before the delete's reply.
    await jsm.consumers.delete(STREAMS.LIVE, "nea-live");
    await nc.flush();
    const got = [puller.take(), puller.take(), puller.take()];
    expect(got.map((m) => m && new TextDecoder().decode(m.data))).toEqual(["m0", "m1", "m2"]);
    expect(() => puller.take()).toThrow(/TB_LIVE\/nea-live was deleted/);
    puller.close();
  });
});
