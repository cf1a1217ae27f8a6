import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Logger } from "pino";
import { bucketStream } from "../topology.js";
import { scanStream } from "../stream-scan.js";
import type { RegistryCache } from "./registry-cache.js";

/**
 * The registry as a member organisation reads it: every stored value of the bucket by
 * direct get (its whole history, in order, as the KV watch would give it), and each later
 * write as the owner account's export delivers it. No consumer is made, so the member's
 * grant needs nothing but the direct get of the bucket and the export of its subjects.
 */
export async function followRegistry(
  nc: NatsConnection,
  bucket: string,
  cache: RegistryCache,
  log: Logger | undefined,
): Promise<Subscription> {
  const prefix = `$KV.${bucket}.`;
  const early: { key: string; value: Uint8Array; operation: "PUT" | "DEL" | "PURGE" }[] = [];
  let loaded = false;
  // Subscribed before the scan: a write made during it is seen at least once.
  const sub = nc.subscribe(`${prefix}>`, {
    callback: (err, m) => {
      if (err) return;
      const e = {
        key: m.subject.slice(prefix.length),
        value: m.data,
        operation: operationOf(m.headers?.get("KV-Operation")),
      };
      if (!loaded) early.push(e);
      else void cache.apply({ ...e, revision: 0 });
    },
  });
  await nc.flush();
  try {
    await loadRegistry(nc, bucket, cache);
  } catch (err) {
    sub.unsubscribe();
    throw err;
  }
  for (const e of early) await cache.apply({ ...e, revision: 0 });
  loaded = true;
  log?.debug({ entries: cache.stats.accepted }, "registry loaded by direct get");
  return sub;
}

/** Applies the stored history of the bucket, or of one entry, to the cache. */
export async function loadRegistry(
  nc: NatsConnection,
  bucket: string,
  cache: RegistryCache,
  key?: string,
): Promise<void> {
  const prefix = `$KV.${bucket}.`;
  for await (const m of scanStream(nc, bucketStream(bucket), `${prefix}${key ?? ">"}`)) {
    await cache.apply({
      key: m.subject.slice(prefix.length),
      value: m.data,
      operation: operationOf(m.headers?.get("KV-Operation")),
      revision: m.seq,
    });
  }
}

function operationOf(op: string | undefined): "PUT" | "DEL" | "PURGE" {
  return op === "DEL" || op === "PURGE" ? op : "PUT";
}
