import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createUser } from "@nats-io/nkeys";
import { showServerLogsOnFailure } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DepartmentCluster } from "./fixtures/department-cluster.js";

const MAIN = new URL("../src/main.ts", import.meta.url).pathname;
const TSCONFIG = new URL("../../../tsconfig.tests.json", import.meta.url).pathname;

/** The department process, started with these connection flags; resolves with its exit and output. */
function run(flags: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [
        ...["--conditions=source", "--import", "tsx/esm", MAIN],
        ...["--profile", "deploy/departments/miit.json", "--port", "0"],
        ...flags,
      ],
      {
        cwd: new URL("../../../", import.meta.url).pathname,
        env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, TONGBAO_NKEY: "", TONGBAO_CREDS: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    proc.stdout.on("data", (b: Buffer) => (out += b.toString()));
    proc.stderr.on("data", (b: Buffer) => (out += b.toString()));
    proc.once("exit", (code) => resolve({ code, out }));
  });
}

describe("a department service started with credentials that will not do", () => {
  let c: DepartmentCluster;
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  beforeAll(async () => {
    c = await DepartmentCluster.start([]);
  });
  afterAll(async () => {
    await c?.stop();
  });

  const base = () => [
    ...["--server", c.url, "--tls-ca", c.layout.caFile],
    ...["--keys", c.layout.keys, "--data", c.dir],
  ];

  // One process start each (a tsx start can take seconds on a loaded machine): one test each.
  it("stops and says so without credentials", async () => {
    const none = await run(base());
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/no credentials: pass miit's seed file with --nkey/);
  });

  it("stops and says so with an unreadable seed", async () => {
    const missing = await run([...base(), "--nkey", join(c.dir, "nowhere.nk")]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/cannot read .*nowhere\.nk: ENOENT/);
  });

  it("stops and says so with a seed the server does not know", async () => {
    const stranger = join(c.dir, "stranger.nk");
    await writeFile(stranger, new TextDecoder().decode(createUser().getSeed()));
    const unknown = await run([...base(), "--nkey", stranger]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(
      /refused the nkey in .*stranger\.nk: the server does not know this user/,
    );
  });

  it("stops and says so with another organisation's seed", async () => {
    const other = await run([...base(), "--nkey", c.layout.nkeyFile("moe")]);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/moe\.nk is not miit's/);
  });

  it("stops and says so without a trusted CA", async () => {
    const untrusted = await run([
      ...["--server", c.url, "--keys", c.layout.keys, "--data", c.dir],
      ...["--nkey", c.layout.nkeyFile("miit")],
    ]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.out).toMatch(/TLS with .* failed: .*--tls-ca/);
  });

  it("starts with its own seed and the CA (the control for the refusals)", async () => {
    const own = spawn(
      process.execPath,
      [
        ...["--conditions=source", "--import", "tsx/esm", MAIN],
        ...["--profile", "deploy/departments/miit.json", "--port", "0"],
        ...base(),
        ...["--nkey", c.layout.nkeyFile("miit")],
      ],
      {
        cwd: new URL("../../../", import.meta.url).pathname,
        env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const up = await new Promise<string>((resolve) => {
      let out = "";
      own.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        if (out.includes("ready at")) resolve(out);
      });
      own.once("exit", () => resolve(out));
    });
    expect(up).toMatch(/miit ready at/);
    own.kill("SIGTERM");
  });
});
