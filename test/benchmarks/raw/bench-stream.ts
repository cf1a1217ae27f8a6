import {
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";

/** A connection with its JetStream client and manager, closed together. */
export interface JetStreamSession extends AsyncDisposable {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

export async function openSession(url: string, name = "tongbao-bench"): Promise<JetStreamSession> {
  const nc = await connect({ servers: url, name });
  const jsm = await jetstreamManager(nc);
  return {
    nc,
    js: jetstream(nc),
    jsm,
    async [Symbol.asyncDispose]() {
      if (!nc.isClosed()) await nc.close();
    },
  };
}

/**
 * A file-storage stream made for one measurement, as the Tongbao streams are configured
 * (limits retention, a 2-minute duplicate window), deleted with `await using`.
 */
export async function benchStream(
  jsm: JetStreamManager,
  name: string,
  subjects: string[],
): Promise<AsyncDisposable & { name: string }> {
  await jsm.streams.add({
    name,
    subjects,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(120_000),
  });
  return {
    name,
    async [Symbol.asyncDispose]() {
      await jsm.streams.delete(name).catch(() => undefined);
    },
  };
}

/** A payload of `size` bytes whose first 8 bytes carry `seq` (little-endian). */
export function sequencedPayload(size: number): (seq: number) => Uint8Array {
  const template = new Uint8Array(size);
  for (let i = 0; i < size; i++) template[i] = 97 + (i % 26);
  return (seq) => {
    const bytes = template.slice();
    new DataView(bytes.buffer).setFloat64(0, seq, true);
    return bytes;
  };
}

export function payloadSeq(data: Uint8Array): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getFloat64(0, true);
}
