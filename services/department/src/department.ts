import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import type { AdminKey } from "@tongbao/bus";
import type { Logger } from "pino";
import { createDepartmentApp, type DepartmentApp } from "./http/department-app.js";
import { DEV_KEY_FILES, loadRedKeys, loadSigner } from "./identity/dev-keys.js";
import { dataLayout, type DepartmentProfile, type DurablePlacement } from "@tongbao/organisations";
import { DepartmentService } from "./service/department-service.js";
import { startRepublisher, type RepublishOptions } from "./standards/republisher.js";

export interface StartDepartmentOptions {
  profile: DepartmentProfile;
  nc: NatsConnection;
  /**
   * Directory with `<org>.key` (the signing key), `<org>.red.key` (the TLP:RED encryption
   * key) and any retired `<org>.red.<keyId>.key`.
   */
  keysDir: string;
  adminKeys: Record<string, AdminKey>;
  /** Data root: the outbox goes to <dataDir>/outbox/<id>, the inbox to <dataDir>/departments/<id>. */
  dataDir: string;
  /** HTTP port (0 picks a free one). */
  port: number;
  host?: string;
  /**
   * How long the bus waits for an ack before redelivering, and the delay of every redelivery
   * (by default the bus Consumer's: 30 s, backoff 1 s, 5 s, 30 s, 2 min).
   */
  ackWaitMs?: number;
  /** For an organisation homed on a provincial leaf: it also reads its durables on the hub. */
  placement?: DurablePlacement;
  /** Hand every new inbox entry on as a binary-mode CloudEvent to a NATS server of its own. */
  republish?: RepublishOptions;
  logger?: Logger;
}

export interface RunningDepartment {
  service: DepartmentService;
  http: DepartmentApp;
  url: string;
  stop(): Promise<void>;
}

/** Starts one department: its bus service (catching up on what it missed), then its HTTP API. */
export async function startDepartment(o: StartDepartmentOptions): Promise<RunningDepartment> {
  const signer = await loadSigner(
    join(o.keysDir, DEV_KEY_FILES.signer(o.profile.id)),
    o.profile.id,
  );
  const redKeys = await loadRedKeys(o.keysDir, o.profile.id);
  const layout = dataLayout(o.dataDir);
  const service = new DepartmentService({
    profile: o.profile,
    nc: o.nc,
    signer,
    redKeys,
    adminKeys: o.adminKeys,
    outboxDir: layout.outbox(o.profile.id),
    stateDir: layout.state(o.profile.id),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  await service.start();
  let http: DepartmentApp;
  try {
    http = await createDepartmentApp(service, {
      port: o.port,
      ...(o.host ? { host: o.host } : {}),
      ...(o.ackWaitMs ? { ackWaitMs: o.ackWaitMs } : {}),
      ...(o.placement ? { placement: o.placement } : {}),
      stateDir: layout.state(o.profile.id),
    });
  } catch (err) {
    await service.stop();
    throw err;
  }
  const republisher = o.republish
    ? await startRepublisher(service, o.republish).catch(async (err: unknown) => {
        await http.close();
        await service.stop();
        throw err;
      })
    : undefined;
  return {
    service,
    http,
    url: http.url,
    async stop() {
      await republisher?.stop();
      await http.close();
      await service.stop();
    },
  };
}
