import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { freePort, waitFor } from "@tongbao/testing";
import { describe, expect, it } from "vitest";

const MAIN = new URL("../src/main.ts", import.meta.url).pathname;
// The department services use NestJS decorators: tsx needs the workspace's compiler options.
const TSCONFIG = new URL("../../../tsconfig.tests.json", import.meta.url).pathname;

/** Runs `tongbao up` as a real process from its TypeScript source. */
function startUp(args: string[], env: NodeJS.ProcessEnv) {
  const proc = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx/esm", MAIN, "up", ...args],
    {
      env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      // A process group of its own, so Ctrl-C can be sent the way a terminal does: to all.
      detached: true,
    },
  );
  let output = "";
  proc.stdout.on("data", (c: Buffer) => (output += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
  return { proc, output: () => output, exited };
}

/** Processes whose command line mentions `dir` (the nats-server started by `up` does). */
function processesUsing(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(dir)) pids.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return pids;
}

describe("tongbao up", () => {
  it("brings up the bus, every department and the demo, stops on Ctrl-C with nothing left running, and resumes from the kept data", async () => {
    const home = await mkdtemp(join(tmpdir(), "tongbao-up-"));
    const [port, monitor] = [await freePort(), await freePort()];
    const args = [
      "--port",
      String(port),
      "--monitor-port",
      String(monitor),
      "--http-port",
      "0",
      "--tracker-port",
      "0",
    ];
    const runs: ReturnType<typeof startUp>[] = [];
    try {
      const first = startUp(args, { TONGBAO_HOME: home });
      runs.push(first);
      let firstExit: number | null | undefined;
      void first.exited.then((code) => (firstExit = code));
      await waitFor(
        () => {
          if (firstExit !== undefined)
            throw new Error(`tongbao up ended early:\n${first.output()}`);
          return first.output().includes("Demo complete:");
        },
        {
          name: "the demo to complete",
          timeout: 50_000,
        },
      );
      const out = first.output();
      expect(out).toContain(`nats://127.0.0.1:${port}`);
      expect(out).toMatch(/healthz → ok/);
      // The thirteen profiles and the tracker, which signs reminders of its own.
      expect(out).toMatch(/14 organisations and 14 keys registered now \(13 encryption keys\)/);
      expect(out).toMatch(/sastind +国家国防科技工业局.*http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toMatch(
        /miit +sends +VulnerabilityNotice TLP:AMBER\+STRICT to js-iit, js-ca, nea/,
      );
      expect(out).toMatch(/js-iit +sends +IncidentReport TLP:AMBER to miit, mem/);
      expect(out).toMatch(/mem +sends +EmergencyResponse .* to js-iit, miit/);
      expect(out).toMatch(/js-iit +✓ receipt from mem/);
      const incident = /incident ([0-9a-f-]{36})/.exec(out)?.[1];
      expect(incident).toBeDefined();

      // The tracker followed the incident: both recipients delivered and receipted.
      const tracker = /tracker .*(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      await waitFor(
        async () => {
          const res = await fetch(`${tracker}/messages/${incident}`);
          if (!res.ok) return false;
          const body = (await res.json()) as { recipients: { org: string; receipted: boolean }[] };
          const seen = body.recipients.map((r) => `${r.org}:${r.receipted}`).sort();
          return seen.join(",") === "mem:true,miit:true";
        },
        { name: "the tracker to show the incident receipted by mem and miit", timeout: 30_000 },
      );

      let nc = await connect({ servers: `127.0.0.1:${port}` });
      await (await jetstreamManager(nc)).streams.add({ name: "KEEP", subjects: ["keep"] });
      await nc.close();

      // A terminal's Ctrl-C: the whole group, nats-server included, gets SIGINT.
      process.kill(-first.proc.pid!, "SIGINT");
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain("Stopped");
      expect(processesUsing(home)).toEqual([]);

      const second = startUp(args, { TONGBAO_HOME: home });
      runs.push(second);
      await waitFor(() => second.output().includes("Demo complete (earlier run)"), {
        name: "bring-up on the kept data",
        timeout: 50_000,
      });
      expect(second.output()).toMatch(
        /0 organisations and 0 keys registered now \(0 encryption keys\)/,
      );
      expect(second.output()).not.toMatch(/sends +IncidentReport/);
      nc = await connect({ servers: `127.0.0.1:${port}` });
      expect((await (await jetstreamManager(nc)).streams.info("KEEP")).config.name).toBe("KEEP");
      await nc.close();
      const jsIit = /js-iit .*(http:\/\/127\.0\.0\.1:\d+)/.exec(second.output())?.[1];
      const status = (await (await fetch(`${jsIit}/messages/${incident}`)).json()) as {
        recipientsStatus: { org: string; receipted: boolean }[];
      };
      expect(status.recipientsStatus.map((r) => [r.org, r.receipted]).sort()).toEqual([
        ["mem", true],
        ["miit", true],
      ]);
      second.proc.kill("SIGINT");
      expect(await second.exited).toBe(0);
      expect(processesUsing(home)).toEqual([]);
    } finally {
      for (const run of runs) {
        if (run.proc.exitCode === null && run.proc.signalCode === null) {
          run.proc.kill("SIGINT");
          await run.exited;
        }
      }
      await rm(home, { recursive: true, force: true });
    }
  });

  it("refuses a bad port with a message that says which flag", async () => {
    const run = startUp(["--port", "99999"], {});
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/--port must be a port number/);
  });
});
