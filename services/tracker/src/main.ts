#!/usr/bin/env node
// The tracker as its own process, under the tracker organisation's credentials:
//   node dist/main.js --server tls://127.0.0.1:14222 --nkey .tongbao/security/nkeys/tongbao-tracker.nk \
//     --tls-ca .tongbao/security/tls/ca.pem --data .tongbao --port 18400
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Registry, createLogger, loadSigner, readAdminKeys } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import {
  DEFAULT_PORTS,
  ENV,
  TRACKER_ORGANIZATION,
  connectAs,
  connectDeadlineMs,
  dataLayout,
  retryStartup,
} from "@tongbao/organisations";
import { startTracking } from "./start-tracking.js";

const POLICY = new URL("../../../deploy/tracker/deadlines.json", import.meta.url).pathname;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      server: { type: "string" },
      nats: { type: "string" },
      "connect-deadline": { type: "string" },
      nkey: { type: "string" },
      creds: { type: "string" },
      "tls-ca": { type: "string" },
      data: { type: "string", default: process.env[ENV.home] ?? ".tongbao" },
      keys: { type: "string" },
      "admin-keys": { type: "string" },
      policy: { type: "string", default: POLICY },
      status: { type: "string", default: "live" },
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: String(DEFAULT_PORTS.tracker) },
    },
  });
  const org = TRACKER_ORGANIZATION.id;
  const status = values.status;
  if (status !== "live" && status !== "exercise") {
    throw new TongbaoError("TB_ERR_CONFIG", `--status must be live or exercise, not "${status}"`, {
      path: "--status",
    });
  }
  const layout = dataLayout(values.data);
  const keysDir = values.keys ?? layout.keys;
  const adminKeys = await readAdminKeys(values["admin-keys"] ?? join(keysDir, "admin.pub.json"));
  const signer = await loadSigner(join(keysDir, `${org}.key`), org);
  const logger = createLogger({ name: "tracker", base: { org } });
  // As a department does: a tracker started before its bus keeps trying, each attempt logged.
  const stopping = new AbortController();
  const abort = () => stopping.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  const { nc, registry, tracking } = await retryStartup(
    "start the tracker",
    async () => {
      const nc = await connectAs({
        url: values.server ?? values.nats,
        nkey: values.nkey,
        creds: values.creds,
        tlsCa: values["tls-ca"],
        orgId: org,
        name: org,
      });
      try {
        const registry = await Registry.open({ nc, adminKeys, member: true, logger });
        const tracking = await startTracking({
          nc,
          keys: registry,
          signer,
          // One outbox per tracker process: the live one is where `tongbao up` keeps it.
          outboxDir: layout.outbox(status === "live" ? org : `${org}-${status}`),
          policy: values.policy,
          status,
          http: { host: values.host, port: Number(values.port) },
          logger,
        }).catch(async (err: unknown) => {
          await registry.close();
          throw err;
        });
        return { nc, registry, tracking };
      } catch (err) {
        await nc.close();
        throw err;
      }
    },
    {
      deadlineMs: connectDeadlineMs(values["connect-deadline"], Infinity),
      signal: stopping.signal,
      onRetry: (a) => logger.warn(a, `${a.what}: attempt ${a.attempt} failed; retrying`),
    },
  );
  process.off("SIGINT", abort);
  process.off("SIGTERM", abort);
  process.stdout.write(`tracker (${status}) ready at ${tracking.http?.url ?? "(no HTTP)"}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await tracking.close();
  await registry.close();
  await nc.drain();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = err as Error & { path?: string };
    process.stderr.write(
      `tracker did not start: ${e.message}${e.path ? ` (field: ${e.path})` : ""}\n`,
    );
    process.exit(1);
  },
);
