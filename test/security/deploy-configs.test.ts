import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { main } from "@tongbao/cli";
import { findNatsServerBinary } from "@tongbao/nats-server";
import { afterAll, beforeAll, expect, test } from "vitest";

const DEPLOY_NATS = fileURLToPath(new URL("../../deploy/nats", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-deploy-nats-"));
  for (const f of await readdir(DEPLOY_NATS)) {
    if (f.endsWith(".conf")) await copyFile(join(DEPLOY_NATS, f), join(dir, f));
  }
  const quiet = { log: () => undefined, error: (l: string) => console.error(l) };
  const code = await main(["certs", "--out", join(dir, "security"), "--nats-auth"], quiet);
  if (code !== 0) throw new Error(`tongbao certs exited ${code}`);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test.each(["dev-secure.conf", "cluster-node.conf"])(
  "deploy/nats/%s is accepted by nats-server with the generated security files",
  async (name) => {
    const binary = await findNatsServerBinary();
    if (!binary) throw new Error("nats-server is needed for this test");
    const { stderr } = await promisify(execFile)(binary, ["-c", join(dir, name), "-t"], {
      env: { ...process.env, TONGBAO_NODE_NAME: "nats-1" },
    });
    expect(stderr).toMatch(/is valid/);
  },
);
