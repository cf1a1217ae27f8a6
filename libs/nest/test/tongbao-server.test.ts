import "reflect-metadata";
import { Controller, Module, type INestMicroservice } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { Ctx, Payload } from "@nestjs/microservices";
import { contracts, tongbao } from "@tongbao/contracts";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OnMessage } from "../src/on-message.js";
import { TongbaoContext } from "../src/tongbao-context.js";
import { TongbaoServer } from "../src/tongbao-server.js";
import type { TongbaoServerOptions } from "../src/server-options.js";
import {
  THREAT_BULLETIN,
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
    await waitFor(() => server.stats().received === 2 && server.stats().handled === 2, {
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
    expect(server.stats()).toMatchObject({ dispatched: 1, unhandled: 1, quarantined: 0 });
  });
});
