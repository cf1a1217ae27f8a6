import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from "@nats-io/jetstream";

export interface DurableReader extends AsyncDisposable {
  /**
   * Reads until `count` messages were handled, acknowledging each after `handle` returns.
   * Returns when the first and the last were handled (performance.now()).
   */
  handle(count: number, handle: (m: JsMsg) => void): Promise<{ firstAt: number; lastAt: number }>;
}

/**
 * A durable pull consumer read with `consume()`, acknowledging each message after its handler
 * returns: the delivery shape a department service uses. The consumer exists once this
 * resolves, and is deleted on dispose.
 */
export async function openDurable(
  js: JetStreamClient,
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  opts: { filter?: string; batch?: number } = {},
): Promise<DurableReader> {
  await jsm.consumers.add(stream, {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    max_ack_pending: 10_000,
    ...(opts.filter ? { filter_subject: opts.filter } : {}),
  });
  return {
    async handle(count, handle) {
      const consumer = await js.consumers.get(stream, durable);
      const messages = await consumer.consume({ max_messages: opts.batch ?? 1000 });
      let handled = 0;
      let firstAt = 0;
      let lastAt = 0;
      for await (const m of messages) {
        handle(m);
        m.ack();
        lastAt = performance.now();
        if (handled++ === 0) firstAt = lastAt;
        if (handled >= count) break;
      }
      await messages.close();
      if (handled < count)
        throw new Error(`consumer ${durable} stopped after ${handled} of ${count} messages`);
      return { firstAt, lastAt };
    },
    async [Symbol.asyncDispose]() {
      await jsm.consumers.delete(stream, durable).catch(() => undefined);
    },
  };
}
