import { Kvm, type KV } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { BUCKETS } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { canonicalJson } from "./canonical-json.js";
import type { TrackingState } from "./types.js";

/**
 * The tracking state in the `tb_tracking` KV bucket, one record per key under a prefix per
 * status (`live.msg.<id>`, `live.inc.<base64url incident id>`, `live.warn.<id>`,
 * `live.refused.<id>`, `live.cursor`), so other tools can read it without the tracker. The
 * bucket is a copy: the stream is the truth, and a starting tracker rewrites it from a replay.
 */
export class TrackingStore {
  private constructor(
    private readonly kv: KV,
    private readonly prefix: string,
  ) {}

  static async open(
    nc: NatsConnection,
    status: string,
    bucket = BUCKETS.TRACKING,
  ): Promise<TrackingStore> {
    try {
      return new TrackingStore(await new Kvm(nc).open(bucket), `${status}.`);
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `cannot open KV bucket ${bucket}: ${String(err)}`,
        {
          cause: err,
        },
      );
    }
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
    for (const key of (await this.keys()).sort()) {
      const e = await this.kv.get(this.prefix + key);
      if (e && e.operation === "PUT") out[key] = e.json();
    }
    return out;
  }

  /** Removes every record under this status (a bucket wiped by hand, or a reset). */
  async clear(): Promise<void> {
    for (const key of await this.keys()) await this.kv.purge(this.prefix + key);
  }

  private async keys(): Promise<string[]> {
    const out: string[] = [];
    const it = await this.kv.keys(`${this.prefix}>`);
    for await (const k of it) out.push(k.slice(this.prefix.length));
    return out;
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
