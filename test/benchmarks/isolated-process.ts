import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs a measurement in a fresh Node process (same loader flags as this one), so its resident
 * set holds only what that measurement needs; the child sends its figures back over IPC.
 */
export function runIsolated<T>(entry: URL, args: string[], what: string): Promise<T> {
  const child = fork(fileURLToPath(entry), args, {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let figures: T | undefined;
    child.once("message", (m) => (figures = m as T));
    child.once("error", reject);
    child.once("exit", (code) =>
      figures !== undefined
        ? resolve(figures)
        : reject(new Error(`${what}: the child process exited with ${code} before reporting`)),
    );
  });
}

/**
 * In the child: sends the figures to the parent and lets the process end. Run by hand (no
 * IPC channel, e.g. under `node --cpu-prof`), it prints them as JSON instead.
 */
export function reportToParent(figures: unknown): void {
  if (process.send) process.send(figures, () => process.disconnect());
  else process.stdout.write(`${JSON.stringify(figures)}\n`);
}
