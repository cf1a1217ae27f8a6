import { spawn } from "node:child_process";
import { join } from "node:path";
import { OPERATOR } from "@tongbao/organisations";
import { freePort, showServerLogsOnFailure, waitFor } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plcVulnerabilityNotice } from "../src/demo/demo-messages.js";
import { DepartmentCluster } from "./fixtures/department-cluster.js";
import { ENTRY_POINTS, ServiceProcess } from "./fixtures/service-process.js";

const ROOT = new URL("../../../", import.meta.url).pathname;

/** `tongbao <args>` as its own process; resolves with its exit code and output. */
function tongbao(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [ENTRY_POINTS.cli, ...args], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    proc.stdout.on("data", (b: Buffer) => (out += b.toString()));
    proc.stderr.on("data", (b: Buffer) => (out += b.toString()));
    proc.once("exit", (code) => resolve({ code, out }));
  });
}

describe("services and commands given a list of servers they did not start", () => {
  let c: DepartmentCluster;
  let down: string;
  const procs: ServiceProcess[] = [];
  showServerLogsOnFailure(() => (c ? [c.server] : []));
  beforeAll(async () => {
    c = await DepartmentCluster.start(["mem"]);
    // Nothing listens here: a server of the list that is down.
    down = `tls://127.0.0.1:${await freePort()}`;
  });
  afterAll(async () => {
    for (const p of procs) await p.stop();
    await c?.stop();
  });

  const department = (id: string, server: string, name: string, extra: string[] = []) => {
    const flags = c.processFlags(id);
    flags[flags.indexOf("--server") + 1] = server;
    const p = ServiceProcess.start(
      ENTRY_POINTS.department,
      ["--profile", `deploy/departments/${id}.json`, "--port", "0", ...flags, ...extra],
      join(c.dir, `${name}.log`),
    );
    procs.push(p);
    return p;
  };

  it("a department connects with the first server up and the last down, and the reverse", async () => {
    const first = department("miit", `${c.url},${down}`, "first-up");
    const url = await first.readyUrl();
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    await first.stop();

    const last = department("miit", `${down},${c.url}`, "last-up");
    const url2 = await last.readyUrl();
    expect((await fetch(`${url2}/ready`)).status).toBe(200);
    await last.stop();
  });

  it("the tracker and a command take the same list; a command given only dead servers gives up at its deadline", async () => {
    const tracker = ServiceProcess.start(
      ENTRY_POINTS.tracker,
      [
        ...["--server", `${down},${c.url}`, "--port", "0"],
        ...["--nkey", c.layout.nkeyFile("tongbao-tracker"), "--tls-ca", c.layout.caFile],
        ...["--keys", c.layout.keys, "--data", c.dir],
      ],
      join(c.dir, "tracker.log"),
    );
    procs.push(tracker);
    const url = await tracker.readyUrl();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await tracker.stop();

    const operator = ["--nkey", c.layout.nkeyFile(OPERATOR), "--tls-ca", c.layout.caFile];
    const ok = await tongbao(["status", "--server", `${down},${c.url}`, ...operator, "--json"]);
    expect(ok.code, ok.out).toBe(0);

    const started = Date.now();
    const dead = await tongbao([
      "status",
      "--server",
      down,
      ...operator,
      "--connect-deadline",
      "2",
    ]);
    expect(dead.code, dead.out).toBe(4);
    expect(dead.out).toMatch(/attempt 1 failed \(cannot reach NATS at tls:\/\/127\.0\.0\.1:\d+/);
    expect(dead.out).toMatch(
      /gave up trying to connect to tls:\/\/127\.0\.0\.1:\d+ after \d+ attempts/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it("a department started before its server comes up waits, logging each attempt, then works", async () => {
    await c.server.stop();
    const early = department("miit", c.url, "early");
    const retry = await early.waitForOutput(/"attempt":2,.*"reason":"([^"]+)"/);
    expect(retry[1]).toMatch(/cannot reach NATS at tls:\/\/127\.0\.0\.1/);
    expect(early.exitCode).toBeUndefined();
    await c.server.restart();
    const url = await early.readyUrl();
    const sent = await fetch(`${url}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(plcVulnerabilityNotice("late-start", ["mem"])),
    });
    expect(sent.status).toBe(202);
    const { id } = (await sent.json()) as { id: string };
    // mem (in this process) reconnected by itself, received it, and its receipt came back.
    await waitFor(
      async () => {
        const s = (await (await fetch(`${url}/messages/${id}`)).json()) as {
          recipientsStatus: { org: string; receipted: boolean }[];
        };
        return s.recipientsStatus.every((r) => r.receipted);
      },
      { name: "mem's receipt", timeout: 30_000 },
    );
    await early.stop();
  });

  it("a bad server address is refused at once, naming it; a good one in its place starts", async () => {
    const cases: [string, RegExp][] = [
      [
        "http://127.0.0.1:4222",
        /--server: "http:\/\/127\.0\.0\.1:4222" is not a NATS server address \(the scheme http is not a NATS one\)/,
      ],
      [
        "tls://127.0.0.1:99999",
        /--server: "tls:\/\/127\.0\.0\.1:99999" is not a NATS server address \(it does not parse as a URL\)/,
      ],
      [`${c.url},,${down}`, /--server ".*" has an empty entry between its commas/],
    ];
    for (const [i, [bad, says]] of cases.entries()) {
      const p = department("miit", bad, `bad-url-${i}`);
      const code = await p.exited();
      const out = await p.output();
      expect(code, out).toBe(1);
      expect(out).toMatch(says);
      // Refused before any attempt: nothing was retried.
      expect(out).not.toMatch(/attempt 1 failed/);
    }
    const good = department("miit", c.url, "good-url");
    await good.readyUrl();
    await good.stop();
  });
});
