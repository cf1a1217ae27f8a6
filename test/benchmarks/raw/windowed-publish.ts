import type { JetStreamClient } from "@nats-io/jetstream";
import { perSecond } from "../statistics.js";

/**
 * Keeps up to `window` async publishes awaiting their PubAck, starting the next one as soon
 * as any completes: as fast as the client and the server go, with bounded memory.
 */
export async function publishWindowed(
  count: number,
  window: number,
  publishOne: (seq: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async (): Promise<void> => {
    while (next < count && failure === undefined) {
      const seq = next++;
      try {
        await publishOne(seq);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, count) }, lane));
  if (failure !== undefined) throw failure;
}

/** Raw nats.js: `js.publish` of `count` payloads, `window` in flight; returns msg/s. */
export async function rawPublish(
  js: JetStreamClient,
  subject: (seq: number) => string,
  payload: (seq: number) => Uint8Array,
  count: number,
  window = 1024,
): Promise<number> {
  const start = performance.now();
  await publishWindowed(count, window, (seq) => js.publish(subject(seq), payload(seq)));
  return perSecond(count, performance.now() - start);
}
