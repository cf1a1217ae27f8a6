import { DeliverPolicy, type JetStreamClient } from "@nats-io/jetstream";
import { perSecond } from "../statistics.js";

export interface ReplayProgress {
  (delivered: number): void;
}

/**
 * Raw nats.js replay: an ordered consumer from the first message of `stream`, read with
 * `consume()` until `count` messages have arrived. Returns msg/s.
 */
export async function rawOrderedReplay(
  js: JetStreamClient,
  stream: string,
  count: number,
  onProgress?: ReplayProgress,
  batch = 1000,
): Promise<number> {
  const start = performance.now();
  const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.All });
  const messages = await consumer.consume({ max_messages: batch });
  let delivered = 0;
  let bytes = 0;
  const every = Math.max(1, Math.floor(count / 100));
  for await (const m of messages) {
    bytes += m.data.length;
    delivered++;
    if (onProgress && delivered % every === 0) onProgress(delivered);
    if (delivered >= count) break;
  }
  await messages.close();
  if (delivered < count || bytes === 0)
    throw new Error(`ordered replay ended after ${delivered} of ${count} messages`);
  return perSecond(count, performance.now() - start);
}
