import type { NestFastifyApplication } from "@nestjs/platform-fastify";
import type { FastifyInstance } from "fastify";
import type { DepartmentService } from "./service/department-service.js";
import { registerStixRoutes } from "./stix/stix-routes.js";
import { registerTaxii } from "./taxii/taxii-routes.js";

/**
 * The field's standards on the department's HTTP server, as fastify plugins of their own (each
 * with its own body parsing and error format): STIX 2.1 bundles and the TAXII 2.1 server.
 */
export async function registerStandards(
  app: NestFastifyApplication,
  dept: DepartmentService,
  stateDir: string,
): Promise<{ close(): void }> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await registerStixRoutes(fastify, dept);
  const taxii = await registerTaxii(fastify, dept, stateDir);
  return { close: () => taxii.close() };
}
