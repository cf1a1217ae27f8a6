import "reflect-metadata";
import { Controller, Module, type INestMicroservice } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { EventPattern, Payload, Transport, type MicroserviceOptions } from "@nestjs/microservices";
import { bulletinTally } from "./event-tally.js";

export const BULLETIN_EVENT = "bench.nest.bulletin";

/** What the emitter sends: a sequence number and a 1 KiB text body, as JSON. */
export interface BenchBulletin {
  seq: number;
  body: string;
}

@Controller()
class BulletinEventsController {
  @EventPattern(BULLETIN_EVENT)
  onBulletin(@Payload() bulletin: BenchBulletin): void {
    if (typeof bulletin.seq === "number") bulletinTally.hit();
  }
}

@Module({ controllers: [BulletinEventsController] })
class BulletinEventsModule {}

/**
 * The peer a NestJS user would otherwise pick: a microservice on NestJS's built-in NATS
 * transport (core NATS, JSON, no persistence), one `@EventPattern` handler.
 */
export async function startCoreNatsMicroservice(url: string): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(BulletinEventsModule, {
    transport: Transport.NATS,
    options: { servers: [url] },
    logger: false,
  });
  await app.listen();
  return app;
}
