import { readFile } from "node:fs/promises";
import { MiB } from "../statistics.js";

/** Kernel clock ticks per second (USER_HZ): 100 on every Linux the bench runs on. */
const CLOCK_TICKS = 100;

/** Resident set of a process in MiB, from /proc/<pid>/status. */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return (kib * 1024) / MiB;
}

/** CPU seconds a process has used (user + system), from /proc/<pid>/stat. */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * The CPU each process uses over a fixed window, in percent of one core: the bus at rest
 * (no traffic, every durable pulled) costs what its heartbeats, pull expiries and, on a
 * cluster, its Raft groups cost.
 */
export async function idleCpuPercent(pids: readonly number[], windowMs: number): Promise<number[]> {
  const before = await Promise.all(pids.map(cpuSeconds));
  const started = performance.now();
  await new Promise((r) => setTimeout(r, windowMs));
  const elapsed = (performance.now() - started) / 1000;
  const after = await Promise.all(pids.map(cpuSeconds));
  return after.map((a, i) => ((a - before[i]!) / elapsed) * 100);
}
