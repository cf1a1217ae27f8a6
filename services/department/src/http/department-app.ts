import "reflect-metadata";
import { Module, type DynamicModule } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, type NestFastifyApplication } from "@nestjs/platform-fastify";
import type { DepartmentService } from "../service/department-service.js";
import { DepartmentController } from "./department.controller.js";
import { TongbaoErrorFilter } from "./error-filter.js";
import { DEPARTMENT } from "./tokens.js";

@Module({})
export class DepartmentModule {
  static for(service: DepartmentService): DynamicModule {
    return {
      module: DepartmentModule,
      controllers: [DepartmentController],
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

/** The NestJS application (fastify) serving one department's HTTP API. */
export async function createDepartmentApp(
  service: DepartmentService,
  opts: { port: number; host?: string },
): Promise<DepartmentApp> {
  const app = await NestFactory.create<NestFastifyApplication>(
    DepartmentModule.for(service),
    new FastifyAdapter({ bodyLimit: 1_048_576 }),
    { logger: false, abortOnError: false },
  );
  app.useGlobalFilters(new TongbaoErrorFilter());
  const host = opts.host ?? "127.0.0.1";
  await app.listen(opts.port, host);
  const address = app.getHttpServer().address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return {
    app,
    url: `http://${host}:${port}`,
    close: () => app.close(),
  };
}
