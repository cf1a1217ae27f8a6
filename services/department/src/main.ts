#!/usr/bin/env node
// One department service as its own process:
//   node dist/main.js --profile deploy/departments/miit.json --nats nats://127.0.0.1:14222 \
//     --keys .tongbao/keys --data .tongbao --port 18300
import "reflect-metadata";
import { parseArgs } from "node:util";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { createLogger } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { startDepartment } from "./department.js";
import { readAdminKeys } from "./identity/dev-keys.js";
import { loadProfile } from "@tongbao/organisations";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      profile: { type: "string" },
      nats: {
        type: "string",
        default: process.env["TONGBAO_NATS_URL"] ?? "nats://127.0.0.1:14222",
      },
      keys: { type: "string" },
      "admin-keys": { type: "string" },
      data: { type: "string", default: process.env["TONGBAO_HOME"] ?? ".tongbao" },
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      "ack-wait-ms": { type: "string" },
    },
  });
  if (!values.profile)
    throw new TongbaoError("TB_ERR_CONFIG", "--profile <file> is required", { path: "--profile" });
  const profile = await loadProfile(values.profile);
  const keysDir = values.keys ?? join(values.data, "keys");
  const adminKeys = await readAdminKeys(values["admin-keys"] ?? join(keysDir, "admin.pub.json"));
  const logger = createLogger({ name: "department", base: { org: profile.id } });
  const nc = await connect({ servers: values.nats, name: `tongbao-${profile.id}` }).catch(
    (err: unknown) => {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `cannot reach NATS at ${values.nats}: ${(err as Error).message}`,
        {
          path: "--nats",
        },
      );
    },
  );
  const dept = await startDepartment({
    profile,
    nc,
    keysDir,
    adminKeys,
    dataDir: values.data,
    port: Number(values.port),
    host: values.host,
    ...(values["ack-wait-ms"] ? { ackWaitMs: Number(values["ack-wait-ms"]) } : {}),
    logger,
  });
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
