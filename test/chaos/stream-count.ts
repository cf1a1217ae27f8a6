import { PubHeaders, jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";

/** Longest one whole read of a stream may take (a few thousand messages here). */
const READ_LIMIT_MS = 10_000;

/** What a stream holds, counted by the test's own reader: copies per Nats-Msg-Id. */
export interface StreamCount {
  /** Copies stored per message id. */
  copies: Map<string, number>;
  /** When the stream stored each id (its first copy), in ms since the epoch. */
  storedAt: Map<string, number>;
  /** Every stored message's sequence, by id (the first copy's). */
  seqOf: Map<string, number>;
  lastSeq: number;
}

/**
 * Reads a whole stream with an ordered consumer under the operator's connection, the way a
 * replay does: every stored message once, in stream order, whatever node leads it.
 */
export async function countStream(nc: NatsConnection, stream: string): Promise<StreamCount> {
  const count: StreamCount = {
    copies: new Map(),
    storedAt: new Map(),
    seqOf: new Map(),
    lastSeq: 0,
  };
  const info = await (await jetstreamManager(nc, { checkAPI: false })).streams.info(stream);
  const last = info.state.last_seq;
  if (info.state.messages === 0) return count;
  const reader = await jetstream(nc).consumers.get(stream);
  const messages = await reader.consume({ max_messages: 512 });
  // A read that stalls (its consumer on a replica that went away) is ended and reported, so
  // the caller's waitFor tries again within its own timeout instead of waiting on it.
  const stall = setTimeout(() => void messages.stop(), READ_LIMIT_MS);
  try {
    for await (const m of messages) {
      const id = m.headers?.get(PubHeaders.MsgIdHdr) ?? `seq:${m.seq}`;
      count.copies.set(id, (count.copies.get(id) ?? 0) + 1);
      if (!count.storedAt.has(id)) {
        count.storedAt.set(id, Math.floor(m.info.timestampNanos / 1e6));
        count.seqOf.set(id, m.seq);
      }
      count.lastSeq = m.seq;
      if (m.seq >= last) break;
    }
  } finally {
    clearTimeout(stall);
    messages.stop();
  }
  if (count.lastSeq < last) {
    throw new Error(
      `reading ${stream} stalled at #${count.lastSeq} of ${last} after ${READ_LIMIT_MS} ms`,
    );
  }
  return count;
}

/** The ids stored more than once, with their counts. */
export function doubles(count: StreamCount): [string, number][] {
  return [...count.copies].filter(([, n]) => n > 1);
}
