import { open, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";

export const LOCK_FILE = "LOCK";

/** Directories this process holds, so a second open in the same process is caught too. */
const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims an outbox directory for this process: two writers appending to one journal would
 * interleave records. The lock file holds the owner's pid; a lock left by a process that no
 * longer runs (a crash) is taken over. Returns the release function.
 */
export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  if (heldHere.has(path)) throw inUse(dir, process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      heldHere.add(path);
      return async () => {
        heldHere.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const owner = Number((await readFile(path, "utf8").catch(() => "")).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw inUse(dir, owner);
    }
    await unlink(path).catch(() => undefined);
  }
  throw inUse(dir, Number.NaN);
}

function inUse(dir: string, pid: number): TongbaoError {
  return new TongbaoError(
    "TB_ERR_OUTBOX",
    `outbox directory ${dir} is in use by process ${pid}; each publisher needs its own`,
    { retryable: false, path: "dir" },
  );
}
