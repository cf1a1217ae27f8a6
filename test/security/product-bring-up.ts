import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@tongbao/nats-server";
import { dataLayout, type DataLayout } from "@tongbao/organisations";

/** The `tongbao` command as it ships: built, run by node, nothing of the test in its process. */
const CLI = fileURLToPath(new URL("../../services/cli/dist/main.js", import.meta.url));
const READY_LINE = "Press Ctrl-C to stop.";

/** A running `tongbao up --no-demo`, as its output describes it. */
export interface RunningProduct {
  url: string;
  layout: DataLayout;
  /** Each department service's HTTP API, by org id. */
  departments: Map<string, string>;
  trackerUrl: string;
  output(): string;
  /** Ctrl-C, then waits for the process to end; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real bring-up as a child process on a temporary data directory and free ports,
 * and resolves once it prints that it is up. It fails with the process's output if the process
 * ends first or the line does not come within `timeoutMs`.
 */
export async function startProduct(timeoutMs = 60_000): Promise<RunningProduct> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
  const home = await mkdtemp(join(tmpdir(), "tongbao-attacks-"));
  const [port, monitor] = [await freePort(), await freePort()];
  const proc = spawn(
    process.execPath,
    [
      CLI,
      "up",
      "--no-demo",
      "--data-dir",
      home,
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
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
  const up = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`tongbao up did not come up in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout.on("data", onData);
    proc.stderr.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`tongbao up exited (${code}) before it was up:\n${output}`));
    });
  });
  try {
    await up;
  } catch (err) {
    await stopProcess(proc, exited);
    await rm(home, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `tls://127.0.0.1:${port}`,
    layout: dataLayout(home),
    departments: departmentUrls(output),
    trackerUrl: /^ {2}tracker .*(http:\/\/127\.0\.0\.1:\d+)$/m.exec(output)?.[1] ?? "",
    output: () => output,
    async stop() {
      const code = await stopProcess(proc, exited);
      // TB_ATTACK_KEEP=1 keeps the data directory (the services' log is tongbao.log there).
      if (process.env["TB_ATTACK_KEEP"]) console.log(`data kept in ${home}`);
      else await rm(home, { recursive: true, force: true });
      return code;
    },
  };
}

/** The department table `tongbao up` prints: `  <id>  <names>  http://127.0.0.1:<port>`. */
function departmentUrls(output: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of output.matchAll(/^ {2}([a-z][a-z0-9-]*) .* (http:\/\/127\.0\.0\.1:\d+)$/gm)) {
    if (m[1] !== "tracker" && m[1] !== "department") out.set(m[1]!, m[2]!);
  }
  return out;
}

async function stopProcess(
  proc: ChildProcess,
  exited: Promise<number | null>,
): Promise<number | null> {
  if (proc.exitCode !== null) return proc.exitCode;
  proc.kill("SIGINT");
  return exited;
}
