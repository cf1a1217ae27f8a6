import "reflect-metadata";
import { Controller, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { Payload } from "@nestjs/microservices";
import { OnMessage, TongbaoServer } from "@tongbao/nest";
import { withDeadline } from "../deadline.js";
import { EventTally } from "../nest/event-tally.js";
import { openSession } from "../raw/bench-stream.js";
import { perSecond } from "../statistics.js";
import {
  BULLETIN_TYPE,
  POWER_BULLETINS,
  benchOrg,
  dropLive,
  freshBus,
  verifierFor,
} from "./bench-org.js";
import { storeSigned } from "./signed-store.js";
import type { NestJetStreamSide } from "./types.js";

const tally = new EventTally();

@Controller()
class BulletinHandler {
  @OnMessage(BULLETIN_TYPE)
  onBulletin(@Payload() bulletin: { title?: string }): void {
    if (bulletin.title) tally.hit();
  }
}

@Module({ controllers: [BulletinHandler] })
class DepartmentModule {}

/**
 * Our NestJS transport: a NestJS microservice whose strategy is `TongbaoServer` (the bus
 * Consumer underneath: verified, decoded, deduplicated, acked after the handler), with one
 * `@OnMessage(ThreatBulletin)` handler, draining a backlog of signed bulletins. The clock
 * starts when the microservice starts listening (its durable is created then) and stops at
 * the last handled message.
 */
export function nestSide(): NestJetStreamSide {
  return {
    async handle(ctx, count, payloadBytes) {
      const org = benchOrg("miit");
      await using s = await openSession(ctx.url, "tongbao-department");
      await freshBus(s.nc);
      try {
        await storeSigned(s.js, org.signer, `bench-nest-${ctx.run}`, count, payloadBytes);
        const server = new TongbaoServer({
          nc: s.nc,
          verifier: verifierFor(org.key),
          durable: `nea-nest-${ctx.run}`,
          filterSubjects: [POWER_BULLETINS],
        });
        const app = await NestFactory.createMicroservice(DepartmentModule, {
          strategy: server,
          logger: false,
        });
        try {
          const all = tally.expect(count);
          const start = performance.now();
          await app.listen();
          await withDeadline(
            all,
            120_000,
            `NestJS Tongbao transport (${tally.received} of ${count})`,
          );
          return perSecond(count, tally.lastAt - start);
        } finally {
          await app.close();
        }
      } finally {
        await dropLive(s.nc);
      }
    },
  };
}
