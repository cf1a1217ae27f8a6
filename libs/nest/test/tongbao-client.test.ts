import "reflect-metadata";
import { jetstreamManager } from "@nats-io/jetstream";
import { Controller, Module, type INestMicroservice } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { Ctx, Payload } from "@nestjs/microservices";
import { Registry, generateAdminSigner } from "@tongbao/bus";
import { contracts, tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { generateRedKeyPair, redKeyRecord, redPayloadProtection } from "@tongbao/security";
import { showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { lastValueFrom } from "rxjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TongbaoClientOptions } from "../src/client-options.js";
import { OnMessage } from "../src/on-message.js";
import { TongbaoClient } from "../src/tongbao-client.js";
import type { TongbaoContext } from "../src/tongbao-context.js";
import { InjectTongbaoClient, TONGBAO_CLIENT, TongbaoModule } from "../src/tongbao-module.js";
import { TongbaoServer } from "../src/tongbao-server.js";
import {
  DataLevel,
  KeyRing,
  Sector,
  Status,
  Tlp,
  orgKey,
  powerBulletin,
  powerExposure,
  startBus,
  type Bus,
} from "./bus-fixture.js";

type ThreatBulletin = tongbao.bulletin.v1.ThreatBulletin;
type ExposureFinding = tongbao.exposure.v1.ExposureFinding;

const nea = orgKey("nea");
const green = { tlp: Tlp.TLP_GREEN, dataLevel: DataLevel.DATA_LEVEL_GENERAL };

describe("TongbaoClient", () => {
  let bus: Bus;
  let app: INestMicroservice | undefined;
  let client: TongbaoClient | undefined;
  showServerLogsOnFailure(() => [bus.server]);

  beforeEach(async () => {
    bus = await startBus();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await client?.close();
    client = undefined;
    await bus.close();
  });

  async function clientOptions(
    extra: Partial<TongbaoClientOptions> = {},
  ): Promise<TongbaoClientOptions> {
    return {
      nc: bus.nc,
      signer: nea.signer,
      producerId: "nea-1",
      outboxDir: await bus.tempDir(),
      status: Status.STATUS_LIVE,
      ...extra,
    };
  }

  it("publishes signed messages from an injected client that the server side receives", async () => {
    const findings: { finding: ExposureFinding; ctx: TongbaoContext }[] = [];
    @Controller()
    class Relay {
      constructor(@InjectTongbaoClient() private readonly bus: TongbaoClient) {}

      @OnMessage(contracts.threatBulletin)
      async onBulletin(@Payload() bulletin: ThreatBulletin, @Ctx() ctx: TongbaoContext) {
        await lastValueFrom(
          this.bus.emit(tongbao.exposure.v1.ExposureFinding, {
            ...powerExposure(),
            payload: { ...powerExposure().payload, riskDescription: bulletin.title },
            correlationId: ctx.getId(),
          }),
        );
      }

      @OnMessage(contracts.exposureFinding)
      onFinding(@Payload() finding: ExposureFinding, @Ctx() ctx: TongbaoContext) {
        findings.push({ finding, ctx });
      }
    }
    const options = await clientOptions();
    @Module({
      imports: [TongbaoModule.forClientAsync({ useFactory: () => options })],
      controllers: [Relay],
    })
    class NeaModule {}
    const server = new TongbaoServer({
      nc: bus.nc,
      keys: new KeyRing(bus.miit, nea),
      durable: "nea",
      filterSubjects: ["tb.live.*.power.*"],
    });
    app = await NestFactory.createMicroservice(NeaModule, { strategy: server, logger: false });
    await app.listen();
    const { id } = await bus.publisher.publish(powerBulletin("电力行业通报"));
    await waitFor(() => findings.length === 1, { name: "the relayed finding" });
    const [{ finding, ctx }] = findings as [(typeof findings)[number]];
    expect(finding.riskDescription).toBe("电力行业通报");
    expect(ctx.getSource()).toBe("nea");
    expect(ctx.getKeyId()).toBe(nea.signer.keyId);
    expect(ctx.getHeader().correlationId).toBe(id);
    expect(ctx.getHeader().producerId).toBe("nea-1");
    expect(ctx.getSubject()).toBe("tb.live.exposure.power.nea");
    const injected = app.get<TongbaoClient>(TONGBAO_CLIENT);
    const statuses: string[] = [];
    injected.status.subscribe((s) => statuses.push(s));
    await app.close();
    app = undefined;
    expect(statuses).toEqual(["connected", "draining", "closed"]);
  });

  it("completes emit() once the message is durable, with its id and subjects", async () => {
    client = new TongbaoClient(await clientOptions({ confirm: "stream" }));
    const result = await lastValueFrom(
      client.emit(contracts.threatBulletin, {
        payload: powerBulletin().payload,
        marking: green,
        sectors: [Sector.SECTOR_POWER, Sector.SECTOR_OIL_AND_GAS],
      }),
    );
    expect(result.subjects).toEqual([
      "tb.live.bulletin.power.nea",
      "tb.live.bulletin.oil_and_gas.nea",
    ]);
    // confirm: "stream": both copies are in the stream when emit() completes.
    const jsm = await jetstreamManager(bus.nc);
    expect((await jsm.streams.info("TB_LIVE")).state.messages).toBe(2);
    expect(client.unwrap()).toBe(bus.nc);
  });

  it("encrypts a TLP:RED emit to the recipient's registry key, which only the recipient's server opens", async () => {
    const admin = generateAdminSigner();
    await using registry = await Registry.open({ nc: bus.nc, adminKeys: admin.adminKeys });
    const mem = generateRedKeyPair("mem");
    await registry.registerOrganization(
      {
        id: "mem",
        nameZh: "应急管理部",
        kind: tongbao.common.v1.OrgKind.ORG_KIND_DEPARTMENT,
        region: "100000",
      },
      admin.signer,
    );
    await registry.registerEncryptionKey(
      redKeyRecord(mem, { notBefore: new Date(Date.now() - 60_000) }),
      admin.signer,
      "mem encryption key",
    );
    const received: ThreatBulletin[] = [];
    @Controller()
    class MemInbox {
      @OnMessage(contracts.threatBulletin)
      onBulletin(@Payload() bulletin: ThreatBulletin) {
        received.push(bulletin);
      }
    }
    @Module({ controllers: [MemInbox] })
    class MemModule {}
    const server = new TongbaoServer({
      nc: bus.nc,
      keys: new KeyRing(nea),
      durable: "mem",
      filterSubjects: ["tb.live.to.mem.>"],
      consumer: { protection: redPayloadProtection({ own: mem, keys: registry }) },
    });
    app = await NestFactory.createMicroservice(MemModule, { strategy: server, logger: false });
    await app.listen();

    const red = { tlp: Tlp.TLP_RED, dataLevel: DataLevel.DATA_LEVEL_IMPORTANT };
    const title = "调度系统后门 tb-nest-red-0a9e";
    // Without a protection the client has no key to encrypt to: refused, nothing sent.
    const bare = new TongbaoClient(await clientOptions());
    await expect(
      lastValueFrom(
        bare.emit(contracts.threatBulletin, {
          payload: powerBulletin(title).payload,
          marking: red,
          recipients: ["mem"],
        }),
      ),
    ).rejects.toMatchObject({ code: "TB_ERR_MARKING", path: "marking.tlp" });
    await bare.close();

    client = new TongbaoClient(
      await clientOptions({
        confirm: "stream",
        protection: redPayloadProtection({ keys: registry }),
      }),
    );
    const { subjects } = await lastValueFrom(
      client.emit(contracts.threatBulletin, {
        payload: powerBulletin(title).payload,
        marking: red,
        recipients: ["mem"],
      }),
    );
    expect(subjects).toEqual(["tb.live.to.mem.bulletin.nea"]);
    const stored = await (
      await jetstreamManager(bus.nc)
    ).streams.getMessage("TB_LIVE", {
      last_by_subj: subjects[0]!,
    });
    expect(Buffer.from(stored!.data).includes(Buffer.from(title))).toBe(false);
    await waitFor(() => received.length === 1, { name: "RED bulletin opened by mem" });
    expect(received[0]?.title).toBe(title);
    // A recipient without a key in the registry is refused by name.
    await expect(
      lastValueFrom(
        client.emit(contracts.threatBulletin, {
          payload: powerBulletin(title).payload,
          marking: red,
          recipients: ["mem", "nhc"],
        }),
      ),
    ).rejects.toMatchObject({ code: "TB_ERR_MARKING", path: "recipients[1]" });
  });

  it("refuses send(), unknown types and messages without a status, naming the problem", async () => {
    client = new TongbaoClient({ ...(await clientOptions()), status: undefined });
    await expect(
      lastValueFrom(client.send("tongbao.bulletin.v1.ThreatBulletin", {})),
    ).rejects.toMatchObject({
      code: "TB_ERR_BAD_REQUEST",
    });
    await expect(
      lastValueFrom(
        client.emit("tongbao.bulletin.v1.NoSuchThing", { payload: {}, marking: green }),
      ),
    ).rejects.toMatchObject({ code: "TB_ERR_UNKNOWN_TYPE" });
    const noStatus = lastValueFrom(
      client.emit(contracts.threatBulletin, { payload: powerBulletin().payload, marking: green }),
    );
    await expect(noStatus).rejects.toBeInstanceOf(TongbaoError);
    await expect(noStatus).rejects.toMatchObject({ code: "TB_ERR_BAD_REQUEST", path: "status" });
  });
});
