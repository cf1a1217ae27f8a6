import "reflect-metadata";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Controller, Module, type INestMicroservice } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { Ctx, Payload } from "@nestjs/microservices";
import { ED25519, FAMILIES, durableName, readQuarantineRecord } from "@tongbao/bus";
import { contracts, tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAMILY_TYPES, OnEveryFamily, unhandledFamilies } from "../src/family-handlers.js";
import { OnMessage } from "../src/on-message.js";
import { TongbaoContext } from "../src/tongbao-context.js";
import { TongbaoServer } from "../src/tongbao-server.js";
import type { TongbaoServerOptions } from "../src/server-options.js";
import {
  THREAT_BULLETIN,
  forgedBulletin,
  powerBulletin,
  powerExposure,
  startBus,
  type Bus,
} from "./bus-fixture.js";

type ThreatBulletin = tongbao.bulletin.v1.ThreatBulletin;

interface Seen {
  bulletin: ThreatBulletin;
  ctx: TongbaoContext;
}

describe("TongbaoServer", () => {
  let bus: Bus;
  let app: INestMicroservice | undefined;
  showServerLogsOnFailure(() => [bus.server]);

  beforeEach(async () => {
    bus = await startBus();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await bus.close();
  });

  async function startApp(
    controller: new (...args: never[]) => unknown,
    extra: Partial<TongbaoServerOptions> = {},
  ): Promise<TongbaoServer> {
    @Module({ controllers: [controller] })
    class AppModule {}
    const server = new TongbaoServer({
      nc: bus.nc,
      keys: bus.keys,
      durable: "nea",
      filterSubjects: ["tb.live.*.power.*"],
      consumer: { backoff: [50] },
      ...extra,
    });
    app = await NestFactory.createMicroservice(AppModule, { strategy: server, logger: false });
    await app.listen();
    return server;
  }

  it("hands a handler bound by type only messages of its type, verified and decoded", async () => {
    const seen: Seen[] = [];
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin(@Payload() bulletin: ThreatBulletin, @Ctx() ctx: TongbaoContext) {
        seen.push({ bulletin, ctx });
      }
    }
    const server = await startApp(Bulletins);
    await bus.publisher.publish(powerExposure());
    const { id } = await bus.publisher.publish(powerBulletin("第一号通报"));
    await waitFor(() => server.stats().handled === 1 && server.stats().quarantined === 1, {
      name: "both messages settled",
    });
    expect(seen).toHaveLength(1);
    const [{ bulletin, ctx }] = seen as [Seen];
    expect(bulletin).toBeInstanceOf(tongbao.bulletin.v1.ThreatBulletin);
    expect(bulletin.title).toBe("第一号通报");
    expect(ctx).toBeInstanceOf(TongbaoContext);
    expect(ctx.getId()).toBe(id);
    expect(ctx.getType()).toBe(THREAT_BULLETIN);
    expect(ctx.getSource()).toBe("miit");
    expect(ctx.getKeyId()).toBe(bus.miit.signer.keyId);
    expect(ctx.getSubject()).toBe("tb.live.bulletin.power.miit");
    expect(ctx.getStream()).toBe("TB_LIVE");
    expect(ctx.getDeliveryCount()).toBe(1);
    expect(ctx.isRedelivered()).toBe(false);
    expect(server.stats()).toMatchObject({ dispatched: 1, unhandled: 1, quarantined: 1 });
  });

  it("redelivers after retryable failures and acks once the handler succeeds", async () => {
    const attempts: number[] = [];
    @Controller()
    class Flaky {
      @OnMessage(THREAT_BULLETIN)
      onBulletin(@Ctx() ctx: TongbaoContext) {
        attempts.push(ctx.getDeliveryCount());
        // Any error that is not a TongbaoError counts as a retryable handler failure.
        if (attempts.length === 1) throw new Error("connection to the case database reset");
        if (attempts.length === 2) throw new TongbaoError("TB_ERR_TIMEOUT", "case database slow");
      }
    }
    const server = await startApp(Flaky);
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => server.stats().handled === 1, { name: "third attempt acked" });
    expect(attempts).toEqual([1, 2, 3]);
    expect(server.stats()).toMatchObject({ retried: 2, handled: 1, quarantined: 0 });
    await waitFor(async () => (await ackPending(server)) === 0, { name: "ack at the server" });
  });

  it("quarantines at once on a non-retryable error and goes on with the next message", async () => {
    const attempts: string[] = [];
    @Controller()
    class Strict {
      @OnMessage(contracts.threatBulletin)
      onBulletin(@Payload() bulletin: ThreatBulletin) {
        attempts.push(bulletin.title);
        if (bulletin.title === "不合规通报") {
          throw new TongbaoError("TB_ERR_CONTRACT", "bulletin names no affected scope", {
            path: "affectedScope",
          });
        }
      }
    }
    const server = await startApp(Strict);
    const bad = await bus.publisher.publish(powerBulletin("不合规通报"));
    await bus.publisher.publish(powerBulletin("合规通报"));
    await waitFor(() => server.stats().handled === 1 && server.stats().quarantined === 1, {
      name: "one handled, one quarantined",
    });
    expect(attempts).toEqual(["不合规通报", "合规通报"]);
    expect(server.stats()).toMatchObject({ retried: 0, quarantinedByCode: { TB_ERR_CONTRACT: 1 } });
    const [record] = await quarantined(1);
    expect(record).toMatchObject({
      code: "TB_ERR_CONTRACT",
      reason: "bulletin names no affected scope",
      path: "affectedScope",
      originalSubject: "tb.live.bulletin.power.miit",
      deliveryCount: 1,
    });
    expect(record!.originalHeaders["Nats-Msg-Id"]).toContain(bad.id);
  });

  it("never hands a forged message to a handler", async () => {
    const titles: string[] = [];
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin(@Payload() bulletin: ThreatBulletin) {
        titles.push(bulletin.title);
      }
    }
    const server = await startApp(Bulletins);
    // MIIT's key id and name, someone else's private key.
    const thief = { ...bus.miit.signer, privateKey: ED25519.generateKeyPair().privateKey };
    await jetstream(bus.nc).publish(
      "tb.live.bulletin.power.miit",
      forgedBulletin(thief, "伪造通报"),
    );
    await bus.publisher.publish(powerBulletin("真实通报"));
    await waitFor(() => server.stats().received === 2 && server.stats().handled === 1, {
      name: "both settled",
    });
    expect(titles).toEqual(["真实通报"]);
    expect(server.stats()).toMatchObject({
      dispatched: 1,
      quarantinedByCode: { TB_ERR_SIGNATURE: 1 },
    });
    const [record] = await quarantined(1);
    expect(record!.code).toBe("TB_ERR_SIGNATURE");
  });

  it("quarantines a type without a handler with TB_ERR_NO_HANDLER, naming the type", async () => {
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin() {}
    }
    const server = await startApp(Bulletins, {
      filterSubjects: undefined,
      profile: { status: "live", recipient: "nea", sectors: ["power"] },
    });
    await bus.publisher.publish(powerExposure());
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => server.stats().handled === 1 && server.stats().quarantined === 1, {
      name: "settled",
    });
    expect(server.stats()).toMatchObject({
      unhandled: 1,
      quarantinedByCode: { TB_ERR_NO_HANDLER: 1 },
    });
    const [record] = await quarantined(1);
    expect(record!.code).toBe("TB_ERR_NO_HANDLER");
    expect(record!.reason).toContain("tongbao.exposure.v1.ExposureFinding");
    await waitFor(async () => (await ackPending(server)) === 0, { name: "settled at the server" });
  });

  it("acks a type without a handler only when told to", async () => {
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin() {}
    }
    const server = await startApp(Bulletins, { unhandled: "ack" });
    await bus.publisher.publish(powerExposure());
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => server.stats().handled === 2, { name: "both acked" });
    expect(server.stats()).toMatchObject({ unhandled: 1, dispatched: 1, quarantined: 0 });
  });

  it("binds one handler to every family in the contracts with @OnEveryFamily", async () => {
    expect([...FAMILY_TYPES].map((t) => t.split(".")[1]).sort()).toEqual([...FAMILIES].sort());
    const types: string[] = [];
    @Controller()
    class Everything {
      @OnEveryFamily()
      onMessage(@Ctx() ctx: TongbaoContext) {
        types.push(ctx.getType());
        // The handler's error still decides: a non-retryable one quarantines.
        if (ctx.getType() === THREAT_BULLETIN && types.length > 2) {
          throw new TongbaoError("TB_ERR_CONTRACT", "third bulletin refused");
        }
      }
    }
    const server = await startApp(Everything);
    expect(unhandledFamilies(["tongbao.bulletin.v1.ThreatBulletin"])).toHaveLength(
      FAMILY_TYPES.length - 1,
    );
    await bus.publisher.publish(powerExposure());
    await bus.publisher.publish(powerBulletin());
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => server.stats().handled + server.stats().quarantined === 3, {
      name: "all three settled",
    });
    expect(types).toEqual([
      "tongbao.exposure.v1.ExposureFinding",
      THREAT_BULLETIN,
      THREAT_BULLETIN,
    ]);
    expect(server.stats()).toMatchObject({
      unhandled: 0,
      dispatched: 3,
      handled: 2,
      quarantinedByCode: { TB_ERR_CONTRACT: 1 },
    });
  });

  it("lets the handler at work finish on close and its ack reach the server", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const events: string[] = [];
    @Controller()
    class Slow {
      @OnMessage(contracts.threatBulletin)
      async onBulletin() {
        events.push("handler started");
        await gate;
        events.push("handler finished");
      }
    }
    const server = await startApp(Slow);
    const statuses: string[] = [];
    server.status.subscribe((st) => statuses.push(st));
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => events.length === 1, { name: "handler started" });
    // The server first, as app.close() does; app.close() then finds it closed already.
    const closing = server.close().then(() => events.push("server closed"));
    await waitFor(() => statuses.includes("draining"), { name: "close() under way" });
    // Two round trips on the server's own connection: a close() that did not wait for the
    // handler would have sent its flush before the second and resolved by now.
    await bus.nc.flush();
    await bus.nc.flush();
    expect(events).toEqual(["handler started"]);
    release();
    await closing;
    expect(events).toEqual(["handler started", "handler finished", "server closed"]);
    await app!.close();
    app = undefined;
    expect(server.stats()).toMatchObject({ handled: 1 });
    const info = await (
      await jetstreamManager(bus.nc)
    ).consumers.info("TB_LIVE", durableName("nea", "tb.live.*.power.*"));
    expect(info.num_ack_pending).toBe(0);
    expect(info.ack_floor.stream_seq).toBe(1);
  });

  it("reports connected, disconnected, reconnecting, draining and closed, and reconnect events", async () => {
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin() {}
    }
    const server = await startApp(Bulletins, {
      nc: undefined,
      servers: bus.server.url,
      connection: { reconnectTimeWait: 50, maxReconnectAttempts: -1 },
    });
    const statuses: string[] = [];
    const reconnects: string[] = [];
    server.status.subscribe((s) => statuses.push(s));
    server.on("reconnect", (url) => reconnects.push(url));
    expect(statuses).toEqual(["connected"]);
    await bus.server.restart();
    await waitFor(() => reconnects.length === 1, { name: "reconnect event", timeout: 30_000 });
    // Failed attempts while the server restarts may repeat the middle of the sequence.
    expect(statuses[0]).toBe("connected");
    expect(statuses.slice(1, 3)).toEqual(["disconnected", "reconnecting"]);
    expect(statuses.at(-1)).toBe("connected");
    await app!.close();
    app = undefined;
    expect(statuses.slice(-2)).toEqual(["draining", "closed"]);
  });

  it("runs every handler bound to a type and acks only when all have succeeded", async () => {
    const calls: string[] = [];
    @Controller()
    class Archive {
      @OnMessage(contracts.threatBulletin)
      store(@Ctx() ctx: TongbaoContext) {
        calls.push(`archive ${ctx.getDeliveryCount()}`);
      }
    }
    @Controller()
    class Alerts {
      @OnMessage(tongbao.bulletin.v1.ThreatBulletin)
      alert(@Ctx() ctx: TongbaoContext) {
        calls.push(`alert ${ctx.getDeliveryCount()}`);
        if (ctx.getDeliveryCount() === 1) {
          throw new TongbaoError("TB_ERR_UNAVAILABLE", "paging service down");
        }
      }
    }
    @Module({ controllers: [Archive, Alerts] })
    class AppModule {}
    const server = new TongbaoServer({
      nc: bus.nc,
      keys: bus.keys,
      durable: "nea",
      filterSubjects: ["tb.live.*.power.*"],
      consumer: { backoff: [50] },
    });
    app = await NestFactory.createMicroservice(AppModule, { strategy: server, logger: false });
    await app.listen();
    await bus.publisher.publish(powerBulletin());
    await waitFor(() => server.stats().handled === 1, { name: "handled on the second delivery" });
    expect(calls.sort()).toEqual(["alert 1", "alert 2", "archive 1", "archive 2"]);
    expect(server.stats()).toMatchObject({ retried: 1, quarantined: 0 });
  });

  it("names the handlers no filter subject can deliver to", async () => {
    @Controller()
    class Mixed {
      @OnMessage(contracts.threatBulletin)
      onBulletin() {}

      @OnMessage(contracts.exposureFinding)
      onFinding() {}

      @OnMessage(contracts.receipt)
      onReceipt() {}
    }
    const server = await startApp(Mixed, {
      filterSubjects: undefined,
      profile: {
        status: "live",
        recipient: "nea",
        families: ["bulletin", "receipt"],
        sectors: ["power"],
      },
    });
    // Receipts come only on the organisation's addressed subjects, which the profile has.
    expect(server.unreachableTypes).toEqual(["tongbao.exposure.v1.ExposureFinding"]);
  });

  it("fails listen() with TB_ERR_CONFIG when it has no way to verify messages", async () => {
    @Controller()
    class Bulletins {
      @OnMessage(contracts.threatBulletin)
      onBulletin() {}
    }
    @Module({ controllers: [Bulletins] })
    class AppModule {}
    const server = new TongbaoServer({ nc: bus.nc, durable: "nea", filterSubjects: ["tb.live.>"] });
    app = await NestFactory.createMicroservice(AppModule, { strategy: server, logger: false });
    await expect(app.listen()).rejects.toMatchObject({ code: "TB_ERR_CONFIG", path: "verifier" });
    expect(() => server.unwrap()).toThrow(/not listening/);
  });

  async function ackPending(server: TongbaoServer): Promise<number> {
    const jsm = await jetstreamManager(bus.nc);
    let pending = 0;
    for (const d of server.durables)
      pending += (await jsm.consumers.info(d.stream, d.name)).num_ack_pending;
    return pending;
  }

  async function quarantined(count: number) {
    const c = await jetstream(bus.nc).consumers.get("TB_QUARANTINE");
    const records = [];
    for (let i = 0; i < count; i++) {
      const m = await c.next({ expires: 10_000 });
      if (!m) break;
      records.push(readQuarantineRecord(m));
    }
    expect(records).toHaveLength(count);
    return records;
  }
});
