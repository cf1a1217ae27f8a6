import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { MiB } from "../statistics.js";

/** What one command did, seen from outside, as an operator waiting on it would. */
export interface ChildFigures {
  /** From spawning the process to its first byte on stdout. */
  firstMs: number;
  /** From spawning the process to its exit. */
  totalMs: number;
  /** The highest resident set the kernel saw (VmHWM), sampled while it ran. */
  peakRssMiB: number;
  stdoutBytes: number;
}

const SAMPLE_MS = 20;

/** The process's peak resident set so far (VmHWM), or undefined once it has gone. */
async function peakRss(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kib = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
    return Number.isFinite(kib) ? (kib * 1024) / MiB : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node <args>` as a fresh process with stdout piped here (read and counted, as a pipe
 * to another tool would be) and its peak RSS sampled every 20 ms. Fails with the command's
 * stderr when it exits with anything but 0.
 */
export function timedChild(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let firstMs: number | undefined;
    let stdoutBytes = 0;
    let peak = 0;
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => {
      firstMs ??= performance.now() - started;
      stdoutBytes += b.length;
    });
    child.stderr.on("data", (b: Buffer) => {
      if (stderr.length < 8_192) stderr += b.toString();
    });
    const sample = async () => {
      const hwm = child.pid === undefined ? undefined : await peakRss(child.pid);
      if (hwm !== undefined && hwm > peak) peak = hwm;
    };
    const timer = setInterval(() => void sample(), SAMPLE_MS);
    void sample();
    child.once("error", (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.once("close", (code, signal) => {
      clearInterval(timer);
      const totalMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`node ${args.join(" ")} exited with ${code ?? signal}: ${stderr.trim()}`));
      } else if (firstMs === undefined) {
        reject(new Error(`node ${args.join(" ")} wrote nothing to stdout`));
      } else {
        resolve({ firstMs, totalMs, peakRssMiB: peak, stdoutBytes });
      }
    });
  });
}
