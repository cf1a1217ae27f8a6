import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { main } from "@tongbao/cli";
import { findNatsServerBinary } from "@tongbao/nats-server";
import { dataLayout } from "@tongbao/organisations";
import { afterAll, beforeAll, expect, test } from "vitest";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongbao-certs-command-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("tongbao certs writes TLS, an account and an nkey per organisation, and a server configuration nats-server accepts", async () => {
  const lines: string[] = [];
  const code = await main(["certs", "--data-dir", dir], {
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
  });
  expect(code, lines.join("\n")).toBe(0);
  expect(lines.join("\n")).toMatch(/accounts .*accounts\.conf \(14 organisations, server \d/);
  const layout = dataLayout(dir);
  for (const name of ["miit", "tongbao-tracker", "operator"]) {
    expect((await stat(layout.nkeyFile(name))).mode & 0o777, name).toBe(0o600);
  }
  // No user outside a named account and no anonymous login: the CVE-2023-47090 shape.
  const accounts = await readFile(layout.accountsFile, "utf8");
  expect(accounts).not.toMatch(/no_auth_user|authorization\s*\{/);

  const binary = await findNatsServerBinary();
  if (!binary) throw new Error("nats-server is needed for this test");
  const { stderr } = await promisify(execFile)(binary, [
    "-c",
    join(layout.nats, "server.conf"),
    "-t",
  ]);
  expect(stderr).toMatch(/is valid/);
});
