import { KvWatchInclude, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { QueuedIterator } from "@nats-io/transport-node";
import { isTongbaoError, TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import type { RegistryCache } from "./registry-cache.js";

/** Applies the whole history of the bucket (or of one entry) to the cache. */
export async function loadHistory(kv: KV, cache: RegistryCache, key?: string): Promise<void> {
  const history = await kv.history(key === undefined ? {} : { key });
  for await (const e of history) await cache.apply(e);
}

/**
 * Watches every value of the bucket from the start of its history, so a rolled-back value is
 * merged with the revisions it tries to hide. Resolves once the values present at the start
 * (`values`) are applied; later changes keep arriving until the watcher is stopped.
 */
export async function watchRegistry(
  kv: KV,
  cache: RegistryCache,
  values: number,
  timeoutMs: number,
  log: Logger | undefined,
): Promise<QueuedIterator<KvWatchEntry>> {
  const watcher = await kv.watch({ include: KvWatchInclude.AllHistory });
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  if (values === 0) loaded();
  void (async () => {
    for await (const e of watcher) {
      await cache.apply(e);
      if (e.delta === 0) loaded();
    }
  })().catch((err: unknown) => log?.error({ err }, "registry watch ended"));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new TongbaoError("TB_ERR_TIMEOUT", `registry not loaded within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([ready, timeout]);
    return watcher;
  } catch (err) {
    watcher.stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a bucket operation, turning client errors into TB_ERR_UNAVAILABLE. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw unavailable(err);
  }
}

export function unavailable(err: unknown): TongbaoError {
  if (isTongbaoError(err)) return err;
  return new TongbaoError(
    "TB_ERR_UNAVAILABLE",
    `registry bucket: ${err instanceof Error ? err.message : String(err)}`,
    { cause: err },
  );
}

export function badRequest(message: string, path: string): TongbaoError {
  return new TongbaoError("TB_ERR_BAD_REQUEST", message, { path });
}
