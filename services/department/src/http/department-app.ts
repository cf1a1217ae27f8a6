import "reflect-metadata";
import { Module, type DynamicModule } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, type NestFastifyApplication } from "@nestjs/platform-fastify";
import { TongbaoServer } from "@tongbao/nest";
import { durablesOf, type DurablePlacement } from "@tongbao/organisations";
import type { DepartmentService } from "../service/department-service.js";
import { DeliveriesController } from "./deliveries.controller.js";
import { DepartmentController } from "./department.controller.js";
import { TongbaoErrorFilter } from "./error-filter.js";
import { DEPARTMENT } from "./tokens.js";
import { StandardsController } from "../standards/standards.controller.js";
import { registerStandards } from "../standards.js";
import { registerIncomingBodies } from "../standards/incoming-bodies.js";
import type { FastifyInstance } from "fastify";

@Module({})
export class DepartmentModule {
  static for(service: DepartmentService): DynamicModule {
    return {
      module: DepartmentModule,
      controllers: [DepartmentController, DeliveriesController, StandardsController],
      providers: [{ provide: DEPARTMENT, useValue: service }],
    };
  }
}

export interface DepartmentApp {
  app: NestFastifyApplication;
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

/**
 * The department as one NestJS application: the Tongbao transport (one TongbaoServer per
 * traffic status the profile takes part in, each on the bus Consumer with the profile's
 * filters) feeds DeliveriesController; fastify serves the HTTP API. The service must be
 * opened first; the transport starts consuming before the HTTP API answers ready.
 */
export async function createDepartmentApp(
  service: DepartmentService,
  opts: {
    port: number;
    host?: string;
    ackWaitMs?: number;
    placement?: DurablePlacement;
    stateDir?: string;
  },
): Promise<DepartmentApp> {
  const app = await NestFactory.create<NestFastifyApplication>(
    DepartmentModule.for(service),
    // Re-deliveries carry whole envelopes (up to the broker's 1 MiB each, base64).
    new FastifyAdapter({ bodyLimit: 4 * 1_048_576 }),
    { logger: false, abortOnError: false },
  );
  app.useGlobalFilters(new TongbaoErrorFilter());
  registerIncomingBodies(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  // The operator's durables for this organisation, named as the server it talks to expects;
  // on a provincial leaf, its hub durables too (the inbox handles each message id once).
  const durables = durablesOf(
    service.profile,
    service.connection.info?.version ?? "",
    opts.placement,
  );
  const transports: TongbaoServer[] = [];
  for (const status of service.profile.subscribe.statuses) {
    const transport = new TongbaoServer({
      nc: service.connection,
      durables: durables.filter((d) => d.status === status),
      consumer: {
        acceptance: service.acceptance,
        // A shorter ack wait also makes redeliveries that quick (development and tests).
        ...(opts.ackWaitMs ? { ackWaitMs: opts.ackWaitMs, backoff: [opts.ackWaitMs] } : {}),
      },
      ...(service.logger ? { logger: service.logger } : {}),
    });
    transports.push(transport);
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false });
  }
  // Quarantines, verification failures and lag as the transports' consumers count them.
  service.metrics.readConsumers(() => transports.map((t) => t.stats()));
  const standards = opts.stateDir
    ? await registerStandards(app, service, opts.stateDir)
    : undefined;
  await app.startAllMicroservices();
  service.markReady();
  const host = opts.host ?? "127.0.0.1";
  await app.listen(opts.port, host);
  const address = app.getHttpServer().address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    app,
    url: `http://${host}:${port}`,
    close: async () => {
      standards?.close();
      await app.close();
    },
  };
}
