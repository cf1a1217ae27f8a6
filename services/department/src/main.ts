#!/usr/bin/env node
// One department service as its own process, under its own organisation's credentials:
//   node dist/main.js --profile deploy/departments/miit.json --server tls://127.0.0.1:14222 \
//     --nkey .tongbao/security/nkeys/miit.nk --tls-ca .tongbao/security/tls/ca.pem \
//     --data .tongbao --port 18304
import "reflect-metadata";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createLogger } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import {
  ENV,
  connectAs,
  connectDeadlineMs,
  dataLayout,
  loadProfile,
  retryStartup,
} from "@tongbao/organisations";
import { startDepartment } from "./department.js";
import { readAdminKeys } from "./identity/dev-keys.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      profile: { type: "string" },
      server: { type: "string" },
      nats: { type: "string" },
      nkey: { type: "string" },
      creds: { type: "string" },
      "tls-ca": { type: "string" },
      keys: { type: "string" },
      "admin-keys": { type: "string" },
      data: { type: "string", default: process.env[ENV.home] ?? ".tongbao" },
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      "ack-wait-ms": { type: "string" },
      "republish-url": { type: "string" },
      "republish-prefix": { type: "string", default: "cloudevents" },
      "connect-deadline": { type: "string" },
    },
  });
  if (!values.profile)
    throw new TongbaoError("TB_ERR_CONFIG", "--profile <file> is required", { path: "--profile" });
  const profile = await loadProfile(values.profile);
  const layout = dataLayout(values.data);
  const keysDir = values.keys ?? layout.keys;
  const adminKeys = await readAdminKeys(values["admin-keys"] ?? join(keysDir, "admin.pub.json"));
  const logger = createLogger({ name: "department", base: { org: profile.id } });
  // A service started before its bus (or while the bus is too loaded to answer in time)
  // keeps trying, unless told how long to wait; each attempt is logged with its reason.
  const stopping = new AbortController();
  const abort = () => stopping.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  const { nc, dept } = await retryStartup(
    `start ${profile.id}`,
    async () => {
      const nc = await connectAs({
        url: values.server ?? values.nats,
        nkey: values.nkey,
        creds: values.creds,
        tlsCa: values["tls-ca"],
        orgId: profile.id,
        name: `tongbao-${profile.id}`,
      });
      const dept = await startDepartment({
        profile,
        nc,
        keysDir,
        adminKeys,
        dataDir: values.data,
        port: Number(values.port),
        host: values.host,
        ...(values["ack-wait-ms"] ? { ackWaitMs: Number(values["ack-wait-ms"]) } : {}),
        ...(values["republish-url"]
          ? { republish: { url: values["republish-url"], prefix: values["republish-prefix"] } }
          : {}),
        logger,
      }).catch(async (err: unknown) => {
        await nc.close();
        throw err;
      });
      return { nc, dept };
    },
    {
      deadlineMs: connectDeadlineMs(values["connect-deadline"], Infinity),
      signal: stopping.signal,
      onRetry: (a) => logger.warn(a, `${a.what}: attempt ${a.attempt} failed; retrying`),
    },
  );
  process.off("SIGINT", abort);
  process.off("SIGTERM", abort);
  process.stdout.write(`${profile.id} ready at ${dept.url}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await dept.stop();
  await nc.drain();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = err as Error & { path?: string };
    process.stderr.write(
      `department service did not start: ${e.message}${e.path ? ` (field: ${e.path})` : ""}\n`,
    );
    process.exit(1);
  },
);
