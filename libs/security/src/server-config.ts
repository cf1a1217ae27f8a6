import { join, relative } from "node:path";
import type { ConfObject } from "@tongbao/nats-server";
import type { DataLayout } from "@tongbao/organisations";
import { tlsServerConfig } from "./dev-certificates.js";
import type { SecurityFiles } from "./security-files.js";

/**
 * The server configuration of a secure single-node bus: TLS required on the client port,
 * the generated accounts included (so `tongbao org add` rewrites that file and reloads), a
 * pid file a later bring-up finds a left-over server by.
 */
export function secureServerConfig(
  layout: DataLayout,
  files: SecurityFiles,
  listen: { host: string; port: number; monitorPort: number },
): ConfObject {
  return {
    listen: `${listen.host}:${listen.port}`,
    http: `${listen.host}:${listen.monitorPort}`,
    pid_file: pidFile(layout),
    ...tlsServerConfig(files.tls),
    include: relative(layout.nats, files.accountsFile),
  };
}

export function pidFile(layout: DataLayout): string {
  return join(layout.nats, "nats-server.pid");
}
