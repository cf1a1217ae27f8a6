import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { OPERATOR, connectAs, dataLayout } from "@tongbao/organisations";
import { findNatsServerBinary, freePort, waitFor } from "@tongbao/testing";
import { describe, expect, it } from "vitest";
import { startUp } from "./fixtures/up-process.js";

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

/** The operator's connection to the bus `up` made in `home`. */
function operator(home: string, port: number) {
  const layout = dataLayout(home);
  return connectAs({
    url: `tls://127.0.0.1:${port}`,
    nkey: layout.nkeyFile(OPERATOR),
    tlsCa: layout.caFile,
    name: "up-test",
  });
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
      "--console-port",
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
      expect(out).toContain(`tls://127.0.0.1:${port}`);
      expect(out).toMatch(/TLS, an account per organisation/);
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

      // The console answers, and the operator signs in with the password made for this bus.
      const consoleUrl = /console +(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      expect((await fetch(`${consoleUrl}/`)).status).toBe(200);
      const passwords = readFileSync(join(home, "console", "dev-passwords.txt"), "utf8");
      const password = /^operator (\S+)$/m.exec(passwords)?.[1];
      const signIn = await fetch(`${consoleUrl}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "operator", password }),
      });
      expect(signIn.status).toBe(200);

      let nc = await operator(home, port);
      await (await jetstreamManager(nc)).streams.add({ name: "KEEP", subjects: ["keep"] });
      await nc.close();

      // nats-server dies (kill -9): up restarts it on the same store, the services reconnect.
      const pidFile = join(home, "nats", "nats-server.pid");
      const serverPid = Number(readFileSync(pidFile, "utf8"));
      const miit = /miit .*(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      process.kill(serverPid, "SIGKILL");
      await waitFor(() => first.output().includes("nats-server is back"), {
        name: "the server restarted",
        timeout: 30_000,
      });
      await waitFor(async () => (await fetch(`${miit}/ready`)).status === 200, {
        name: "miit ready again after the restart",
        timeout: 30_000,
      });

      // A bring-up killed outright leaves its nats-server running. (That one dies of SIGPIPE
      // when it next logs to the dead parent's pipe, so the left-over here is one started from
      // the same configuration with no pipe to die of.) The next bring-up stops it instead of
      // failing on the port.
      process.kill(first.proc.pid!, "SIGKILL");
      await first.exited;
      const orphan = Number(readFileSync(pidFile, "utf8"));
      if (processesUsing(home).includes(orphan)) process.kill(orphan, "SIGKILL");
      await waitFor(() => !processesUsing(home).includes(orphan), { name: "the orphan gone" });
      const conf = readdirSync(join(home, "nats")).find((f) => f.endsWith(".conf"))!;
      spawn((await findNatsServerBinary())!, ["-c", join(home, "nats", conf)], {
        stdio: "ignore",
        detached: true,
      }).unref();
      await waitFor(
        () => {
          const pid = Number(readFileSync(pidFile, "utf8"));
          return pid !== orphan && processesUsing(home).includes(pid);
        },
        { name: "a left-over nats-server", timeout: 20_000 },
      );
      const leftOver = Number(readFileSync(pidFile, "utf8"));

      const second = startUp(args, { TONGBAO_HOME: home });
      runs.push(second);
      await waitFor(() => second.output().includes("Demo complete (earlier run)"), {
        name: "bring-up on the kept data",
        timeout: 50_000,
      });
      expect(second.output()).toContain(
        `a nats-server (pid ${leftOver}) left by an earlier bring-up`,
      );
      expect(second.output()).toMatch(
        /0 organisations and 0 keys registered now \(0 encryption keys\)/,
      );
      expect(second.output()).not.toMatch(/sends +IncidentReport/);
      nc = await operator(home, port);
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
      // A terminal's Ctrl-C: the whole group, nats-server included, gets SIGINT.
      process.kill(-second.proc.pid!, "SIGINT");
      expect(await second.exited).toBe(0);
      expect(second.output()).toContain("Stopped");
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

  it("stops cleanly, nothing left running, when a department cannot start (its port is taken)", async () => {
    const home = await mkdtemp(join(tmpdir(), "tongbao-up-"));
    const [port, monitor, taken] = [await freePort(), await freePort(), await freePort()];
    const blocker = createServer(() => {}).listen(taken, "127.0.0.1");
    await once(blocker, "listening");
    try {
      const run = startUp(
        [
          ...["--port", String(port), "--monitor-port", String(monitor)],
          ...["--http-port", String(taken), "--tracker-port", "0", "--console-port", "0"],
          "--no-demo",
        ],
        { TONGBAO_HOME: home },
      );
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(/the js-ca service did not start: .*is port \d+ taken\?/s);
      expect(run.output()).toContain("Stopping…");
      expect(processesUsing(home)).toEqual([]);
    } finally {
      blocker.close();
      await rm(home, { recursive: true, force: true });
    }
  });

  it("refuses a bad port with a message that says which flag", async () => {
    const run = startUp(["--port", "99999"], {});
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/--port must be a port number/);
  });
});
