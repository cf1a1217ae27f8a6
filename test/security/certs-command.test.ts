import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { main } from "@tongbao/cli";
import { findNatsServerBinary } from "@tongbao/nats-server";
import { afterAll, beforeAll, expect, test } from "vitest";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-certs-command-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("tongbao certs --nats-auth writes TLS and nkey files that nats-server accepts", async () => {
  const lines: string[] = [];
  const code = await main(["certs", "--out", dir, "--client", "miit", "--nats-auth"], {
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
  });
  expect(code, lines.join("\n")).toBe(0);
  expect(lines.join("\n")).toMatch(/authorization .*auth\.conf \(14 nkey users\)/);
  expect((await stat(join(dir, "nkeys", "miit.nk"))).mode & 0o777).toBe(0o600);

  const binary = await findNatsServerBinary();
  if (!binary) throw new Error("nats-server is needed for this test");
  const conf = join(dir, "server.conf");
  await writeFile(
    conf,
    [
      'listen: "127.0.0.1:-1"',
      'include "./tls.conf"',
      'include "./auth.conf"',
      'cluster { name: "dev", listen: "127.0.0.1:-1"',
      '  include "./cluster-tls.conf" }',
      "",
    ].join("\n"),
  );
  const { stderr } = await promisify(execFile)(binary, ["-c", conf, "-t"]);
  expect(stderr).toMatch(/is valid/);
});
