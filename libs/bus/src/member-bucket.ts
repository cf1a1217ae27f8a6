import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { headers, type NatsConnection } from "@nats-io/transport-node";
import { bucketStream } from "./topology.js";
import { scanStream } from "./stream-scan.js";

/**
 * A KV bucket as an account granted only its writes and its direct get sees it: puts and
 * deletes are plain publishes on `$KV.<bucket>.<key>` (the PubAck comes back as a service
 * reply), and reads scan the bucket by direct get. No watcher or key lister, which would
 * need a consumer, is involved.
 */
export class MemberBucket {
  readonly #js: JetStreamClient;
  readonly #prefix: string;

  constructor(
    private readonly nc: NatsConnection,
    private readonly bucket: string,
  ) {
    this.#js = jetstream(nc);
    this.#prefix = `$KV.${bucket}.`;
  }

  async put(key: string, value: Uint8Array | string): Promise<void> {
    await this.#js.publish(this.#prefix + key, value);
  }

  async delete(key: string): Promise<void> {
    const h = headers();
    h.set("KV-Operation", "DEL");
    await this.#js.publish(this.#prefix + key, new Uint8Array(0), { headers: h });
  }

  /** Deletes the key and its history (a rollup to one delete marker). */
  async purge(key: string): Promise<void> {
    const h = headers();
    h.set("KV-Operation", "PURGE");
    h.set("Nats-Rollup", "sub");
    await this.#js.publish(this.#prefix + key, new Uint8Array(0), { headers: h });
  }

  /** The current value of every key under `keyPrefix` (deleted keys left out). */
  async entries(keyPrefix = ""): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    const filter = `${this.#prefix}${keyPrefix}>`;
    for await (const m of scanStream(this.nc, bucketStream(this.bucket), filter)) {
      const key = m.subject.slice(this.#prefix.length);
      const op = m.headers?.get("KV-Operation");
      if (op === "DEL" || op === "PURGE") out.delete(key);
      else out.set(key, m.data);
    }
    return out;
  }
}
