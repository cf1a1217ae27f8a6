import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import { LatencySamples } from "../latency-samples.js";
import { sendOnSchedule } from "../paced-schedule.js";
import { openDurable } from "./durable-consume.js";
import { payloadSeq, sequencedPayload } from "./bench-stream.js";

export interface LatencyFigures {
  p50: number;
  p99: number;
  p999: number;
  /** Largest delay of the sender behind its own schedule (ms): above a few ms it is the bottleneck. */
  senderLateMs: number;
}

/**
 * Raw end-to-end latency at a fixed offered load: a paced `js.publish` (not awaited, so
 * publishes overlap as they would from many producers) to a durable pull consumer that acks
 * each message. Latency = handler time − scheduled send time.
 */
export async function rawLatency(
  session: { js: JetStreamClient; jsm: JetStreamManager },
  consumerSession: { js: JetStreamClient; jsm: JetStreamManager },
  stream: string,
  subject: string,
  rate: number,
  count: number,
  payloadBytes = 1024,
): Promise<LatencyFigures> {
  const scheduled = new Float64Array(count);
  const samples = new LatencySamples(count);
  const payload = sequencedPayload(payloadBytes);
  await using reader = await openDurable(
    consumerSession.js,
    consumerSession.jsm,
    stream,
    `lat-${rate}`,
  );
  const consumed = reader.handle(count, (m) =>
    samples.record(performance.now() - scheduled[payloadSeq(m.data)]!),
  );
  let publishFailure: unknown;
  const { lateMs } = await sendOnSchedule(rate, count, (seq, at) => {
    scheduled[seq] = at;
    session.js.publish(subject, payload(seq)).catch((err: unknown) => (publishFailure ??= err));
  });
  await consumed;
  if (publishFailure !== undefined) throw publishFailure;
  const [p50, p99, p999] = samples.percentiles([0.5, 0.99, 0.999]);
  return { p50: p50!, p99: p99!, p999: p999!, senderLateMs: lateMs };
}
