import { open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { syncDir } from "./segment-files.js";
import type { ChainEntry } from "./types.js";

/*
 * chains.json keeps the latest `meta` per subject from journal segments that compaction
 * deleted. It is replaced atomically (write to a temp file, fsync, rename, fsync the
 * directory) before any segment is deleted, so the meta of a deleted PUT is never lost.
 */

export const CHAINS_FILE = "chains.json";

interface ChainsFile {
  version: 1;
  subjects: Record<string, ChainEntry>;
}

export async function readChainSnapshot(dir: string): Promise<Map<string, ChainEntry>> {
  let text: string;
  try {
    text = await readFile(join(dir, CHAINS_FILE), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw err;
  }
  let parsed: ChainsFile;
  try {
    parsed = JSON.parse(text) as ChainsFile;
  } catch (err) {
    throw new TongbaoError("TB_ERR_OUTBOX", `${join(dir, CHAINS_FILE)} is not valid JSON`, {
      cause: err,
    });
  }
  if (parsed.version !== 1 || typeof parsed.subjects !== "object" || parsed.subjects === null) {
    throw new TongbaoError("TB_ERR_OUTBOX", `${join(dir, CHAINS_FILE)} has an unknown layout`, {
      path: "version",
    });
  }
  return new Map(Object.entries(parsed.subjects));
}

export async function writeChainSnapshot(
  dir: string,
  chains: ReadonlyMap<string, ChainEntry>,
): Promise<void> {
  const body: ChainsFile = { version: 1, subjects: Object.fromEntries(chains) };
  const tmp = join(dir, `${CHAINS_FILE}.tmp`);
  const handle = await open(tmp, "w");
  try {
    await handle.writeFile(JSON.stringify(body));
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(tmp, join(dir, CHAINS_FILE));
  await syncDir(dir);
}
