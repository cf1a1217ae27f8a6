import {
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JsMsg,
  type OrderedConsumerOptions,
} from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { CliError } from "./command.js";

export interface ReadRange {
  subject?: string | undefined;
  fromSeq?: number | undefined;
  since?: Date | undefined;
}

/**
 * Reads a stream from a point to its end as it was when reading began, through an ordered
 * consumer whose next pull waits for the reader (bounded memory). For operator listings; the
 * verified reading of traffic is the bus's replay().
 */
export async function* readStream(
  nc: NatsConnection,
  stream: string,
  range: ReadRange,
): AsyncGenerator<JsMsg> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(stream).catch((err: unknown) => {
    throw new CliError(
      `stream ${stream} cannot be read: ${(err as Error).message}`,
      "is the bus provisioned? `tongbao status` lists the streams",
    );
  });
  const endSeq = info.state.last_seq;
  if (info.state.messages === 0) return;
  const opts: Partial<OrderedConsumerOptions> = {};
  if (range.subject) opts.filter_subjects = range.subject;
  if (range.fromSeq !== undefined) opts.opt_start_seq = range.fromSeq;
  else if (range.since) opts.opt_start_time = range.since.toISOString();
  else opts.deliver_policy = DeliverPolicy.All;
  const consumer = await jetstream(nc).consumers.get(stream, opts);
  if ((await consumer.info(true)).num_pending === 0) {
    await consumer.delete().catch(() => {});
    return;
  }
  const messages = await consumer.consume({ max_bytes: 1024 * 1024 });
  try {
    for await (const m of messages) {
      if (m.seq > endSeq) break;
      yield m;
      if (m.seq >= endSeq || m.info.pending === 0) break;
    }
  } finally {
    messages.stop();
    await consumer.delete().catch(() => {});
  }
}
