import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { freePort, waitFor } from "@tongbao/testing";
import { describe, expect, it } from "vitest";

const MAIN = new URL("../src/main.ts", import.meta.url).pathname;

/** Runs `tongbao up` as a real process from its TypeScript source. */
function startUp(args: string[], env: NodeJS.ProcessEnv) {
  const proc = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx/esm", MAIN, "up", ...args],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  proc.stdout.on("data", (c: Buffer) => (output += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
  return { proc, output: () => output, exited };
}

describe("tongbao up", () => {
  it("brings up JetStream on the given port, stops on Ctrl-C, and keeps its data for the next run", async () => {
    const home = await mkdtemp(join(tmpdir(), "tongbao-up-"));
    const [port, monitor] = [await freePort(), await freePort()];
    const args = ["--port", String(port), "--monitor-port", String(monitor)];
    try {
      const first = startUp(args, { TONGBAO_HOME: home });
      await waitFor(() => first.output().includes("Press Ctrl-C"), {
        name: "bus up",
        timeout: 30_000,
      });
      expect(first.output()).toContain(`nats://127.0.0.1:${port}`);
      expect(first.output()).toMatch(/healthz → ok/);

      let nc = await connect({ servers: `127.0.0.1:${port}` });
      await (await jetstreamManager(nc)).streams.add({ name: "KEEP", subjects: ["keep"] });
      await nc.close();

      first.proc.kill("SIGINT");
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain("Stopped");

      const second = startUp(args, { TONGBAO_HOME: home });
      await waitFor(() => second.output().includes("Press Ctrl-C"), {
        name: "bus up again",
        timeout: 30_000,
      });
      nc = await connect({ servers: `127.0.0.1:${port}` });
      expect((await (await jetstreamManager(nc)).streams.info("KEEP")).config.name).toBe("KEEP");
      await nc.close();
      second.proc.kill("SIGINT");
      expect(await second.exited).toBe(0);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it("refuses a bad port with a message that says which flag", async () => {
    const run = startUp(["--port", "99999"], {});
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/--port must be a port number/);
  });
});
