import { spawn } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { plcVulnerabilityNotice } from "@tongbao/department";
import { OPERATOR, connectAs, dataLayout } from "@tongbao/organisations";
import { freePort, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";
import { TSCONFIG, busUp } from "./fixtures/up-process.js";

const EXAMPLE = new URL("../../../deploy/examples/js-nj-iit.json", import.meta.url).pathname;
const DEPARTMENT = new URL("../../department/src/main.ts", import.meta.url).pathname;

describe("tongbao org: onboarding a provincial authority while the bus runs", () => {
  let bus: Awaited<ReturnType<typeof busUp>>;
  let env: Record<string, string>;
  beforeAll(async () => {
    bus = await busUp();
    const layout = dataLayout(bus.home);
    env = {
      TONGBAO_HOME: bus.home,
      TONGBAO_URL: `tls://127.0.0.1:${bus.port}`,
      TONGBAO_NKEY: layout.nkeyFile(OPERATOR),
      TONGBAO_TLS_CA: layout.caFile,
    };
  }, 90_000);
  afterAll(async () => {
    await bus?.stop();
  });

  it("refuses a bad profile naming the field, and changes nothing", async () => {
    const layout = dataLayout(bus.home);
    const before = await readFile(layout.accountsFile, "utf8");
    const bad = JSON.parse(await readFile(EXAMPLE, "utf8")) as Record<string, unknown>;
    (bad["subscribe"] as { broadcast: { sectors: string[] }[] }).broadcast[0]!.sectors = ["moon"];
    const file = join(bus.home, "bad.json");
    await writeFile(file, JSON.stringify(bad));
    const run = await runCli(["org", "add", file], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("subscribe.broadcast[0].sectors[0]");
    expect(await readFile(layout.accountsFile, "utf8")).toBe(before);
  });

  it("adds it with credentials, account, registry entry and durables; its service runs under them and receives; remove takes it off", async () => {
    const layout = dataLayout(bus.home);
    const added = await runCli(["org", "add", EXAMPLE], env);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/added js-nj-iit/);
    expect((await stat(layout.nkeyFile("js-nj-iit"))).mode & 0o777).toBe(0o600);

    // Its own service, as its own process, under the new credentials.
    const port = await freePort();
    const svc = spawn(
      process.execPath,
      [
        ...["--conditions=source", "--import", "tsx/esm", DEPARTMENT],
        ...["--profile", join(layout.profiles, "js-nj-iit.json")],
        ...["--server", env["TONGBAO_URL"]!, "--nkey", layout.nkeyFile("js-nj-iit")],
        ...["--tls-ca", layout.caFile, "--data", bus.home, "--port", String(port)],
      ],
      { env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    svc.stdout.on("data", (b: Buffer) => (out += b.toString()));
    svc.stderr.on("data", (b: Buffer) => (out += b.toString()));
    const exited = new Promise<void>((resolve) => svc.once("exit", () => resolve()));
    try {
      await waitFor(() => out.includes("ready at"), { name: "js-nj-iit up", timeout: 30_000 });
      // MIIT, already running, addresses it; its receipt comes back.
      const miit = bus.departmentUrl("miit");
      const res = await fetch(`${miit}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(plcVulnerabilityNotice("nj1", ["js-nj-iit"])),
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await waitFor(
        async () => {
          const s = (await (await fetch(`${miit}/messages/${id}`)).json()) as {
            recipientsStatus?: { org: string; receipted: boolean }[];
          };
          return s.recipientsStatus?.some((r) => r.org === "js-nj-iit" && r.receipted) ?? false;
        },
        { name: "js-nj-iit's receipt at MIIT", timeout: 30_000 },
      );
    } finally {
      svc.kill("SIGTERM");
      await exited;
    }

    const removed = await runCli(["org", "remove", "js-nj-iit"], env);
    expect(removed.code, removed.stderr).toBe(0);
    // The server no longer knows the user; the seed file is gone too.
    await expect(stat(layout.nkeyFile("js-nj-iit"))).rejects.toThrow();
    await expect(
      connectAs({
        url: env["TONGBAO_URL"],
        nkey: layout.nkeyFile("js-nj-iit"),
        tlsCa: layout.caFile,
        name: "gone",
        maxReconnectAttempts: 0,
      }),
    ).rejects.toThrow();
  });
});
