import type { NatsConnection } from "@nats-io/transport-node";
import { BUCKETS, MemberBucket } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { canonicalJson } from "./canonical-json.js";
import type { TrackingState } from "./types.js";

/**
 * The tracking state in the `tb_tracking` KV bucket, one record per key under a prefix per
 * status (`live.msg.<id>`, `live.inc.<base64url incident id>`, `live.warn.<id>`,
 * `live.refused.<id>`, `live.cursor`), so other tools can read it without the tracker. The
 * bucket is a copy: the stream is the truth, and a starting tracker rewrites it from a replay.
 * The tracker reaches it under its own account's grant: writes and direct get, no consumer.
 */
export class TrackingStore {
  private constructor(
    private readonly kv: MemberBucket,
    private readonly prefix: string,
  ) {}

  static open(nc: NatsConnection, status: string, bucket = BUCKETS.TRACKING): TrackingStore {
    return new TrackingStore(new MemberBucket(nc, bucket), `${status}.`);
  }

  /** Writes the records behind the given keys (deleting those that no longer exist). */
  async write(state: TrackingState, keys: readonly string[]): Promise<void> {
    try {
      for (const key of keys) {
        const value = recordFor(state, key);
        if (value === undefined) await this.kv.delete(this.prefix + key);
        else await this.kv.put(this.prefix + key, canonicalJson(value));
      }
    } catch (err) {
      // Retryable: the consumer naks and the write is tried again with the next delivery.
      throw new TongbaoError("TB_ERR_UNAVAILABLE", `cannot write tracking state: ${String(err)}`, {
        cause: err,
      });
    }
  }

  /** Makes the bucket hold exactly this state: every record written, stale ones deleted. */
  async replaceAll(state: TrackingState): Promise<void> {
    const wanted = new Map(allRecords(state));
    for (const key of await this.keys()) {
      if (!wanted.has(key)) await this.kv.delete(this.prefix + key);
    }
    for (const [key, value] of wanted) await this.kv.put(this.prefix + key, canonicalJson(value));
  }

  /** Every record in the bucket under this status, by key (what the bucket says, not memory). */
  async read(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const entries = await this.kv.entries(this.prefix);
    for (const key of [...entries.keys()].sort()) {
      out[key.slice(this.prefix.length)] = JSON.parse(new TextDecoder().decode(entries.get(key)));
    }
    return out;
  }

  /** Removes every record under this status (a bucket wiped by hand, or a reset). */
  async clear(): Promise<void> {
    for (const key of await this.keys()) await this.kv.purge(this.prefix + key);
  }

  private async keys(): Promise<string[]> {
    return [...(await this.kv.entries(this.prefix)).keys()].map((k) => k.slice(this.prefix.length));
  }
}

function allRecords(state: TrackingState): [string, unknown][] {
  return [
    ["cursor", state.cursor],
    ...Object.entries(state.messages).map(([id, v]) => [`msg.${id}`, v] as [string, unknown]),
    ...Object.entries(state.incidents).map(
      ([id, v]) => [`inc.${Buffer.from(id).toString("base64url")}`, v] as [string, unknown],
    ),
    ...Object.entries(state.warnings).map(([id, v]) => [`warn.${id}`, v] as [string, unknown]),
    ...Object.entries(state.refused).map(([id, v]) => [`refused.${id}`, v] as [string, unknown]),
  ];
}

function recordFor(state: TrackingState, key: string): unknown {
  if (key === "cursor") return state.cursor;
  const dot = key.indexOf(".");
  const kind = key.slice(0, dot);
  const id = key.slice(dot + 1);
  switch (kind) {
    case "msg":
      return state.messages[id];
    case "inc":
      return state.incidents[Buffer.from(id, "base64url").toString()];
    case "warn":
      return state.warnings[id];
    case "refused":
      return state.refused[id];
    default:
      return undefined;
  }
}
