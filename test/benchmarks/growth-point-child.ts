import { reportToParent } from "./isolated-process.js";
import {
  benchStream,
  openSession,
  sequencedPayload,
  type JetStreamSession,
} from "./raw/bench-stream.js";
import { openDurable } from "./raw/durable-consume.js";
import { rawPublish } from "./raw/windowed-publish.js";
import { RssSampler } from "./rss-sampler.js";
import { perSecond } from "./statistics.js";
import { tongbaoDepartmentSide, tongbaoPublishSide } from "./tongbao/slots.js";

/**
 * Child process for one point of a growth curve, so the memory figure is this point's own:
 * publish `count` messages of one size, or drain a stored stream with N department services.
 * Argument: the order as JSON. Sends { rate, startMiB, peakMiB, growthMiB } to the parent.
 */
export type GrowthOrder =
  | {
      kind: "publish";
      side: "raw" | "tongbao";
      url: string;
      workDir: string;
      run: number;
      payloadBytes: number;
      count: number;
    }
  | {
      kind: "fan-out";
      side: "raw" | "tongbao";
      url: string;
      run: number;
      services: number;
      count: number;
      /** Raw: the stream to drain. Tongbao: the key to verify with (TB_LIVE is read). */
      source: Record<string, string>;
      /** Tongbao: each service a generated organisation profile with its own filters. */
      profiles?: boolean;
    };

/**
 * The point's figures, or why its Tongbao side could not be measured. `cpuMicros` is this
 * process's user + system time over the measured round (nats-server runs apart).
 */
export type GrowthFigures =
  | { rate: number; cpuMicros: number; startMiB: number; peakMiB: number; growthMiB: number }
  | { unavailable: string };

/** A Tongbao side that is missing or fails to load: reported, not thrown. */
class SideUnavailable extends Error {}

const order = JSON.parse(process.argv[2] ?? "{}") as GrowthOrder;
/** Each point first does a small round of the same work, unmeasured, so JIT warm-up is not measured. */
const WARM_UP = 500;
/**
 * A fan-out point warms up with one service reading the whole range: a department service runs
 * for months, and after 500 messages the receiving side (the verifier, the decoders, nats.js's
 * consume) is still being compiled, which made the next 5,000 take up to five times as long
 * as the 5,000 after them, on either side.
 */
const WARM_UP_FAN_OUT = Number.POSITIVE_INFINITY;
const rss = new RssSampler(20).start();
try {
  const warmUp = order.kind === "fan-out" ? WARM_UP_FAN_OUT : WARM_UP;
  await measure(Math.min(warmUp, order.count), order.run + 1_000, true);
  const cpu = process.cpuUsage();
  const rate = await measure(order.count, order.run, false);
  const { user, system } = process.cpuUsage(cpu);
  reportToParent({ rate, cpuMicros: user + system, ...rss.stop() } satisfies GrowthFigures);
} catch (err) {
  if (!(err instanceof SideUnavailable)) throw err;
  reportToParent({ unavailable: err.message } satisfies GrowthFigures);
}

async function measure(count: number, run: number, warmingUp: boolean): Promise<number> {
  if (order.kind === "publish") {
    if (order.side === "raw") {
      await using s = await openSession(order.url);
      await using _stream = await benchStream(s.jsm, `RAW_SIZE_${order.payloadBytes}_${run}`, [
        "raw.size.>",
      ]);
      // Awaited here: the stream is disposed of when this block is left.
      return await rawPublish(
        s.js,
        (seq) => `raw.size.${seq % 8}`,
        sequencedPayload(order.payloadBytes),
        count,
      );
    }
    const slot = await tongbaoPublishSide();
    if (!slot.available) throw new SideUnavailable(slot.reason);
    return slot.side.publish({ ...order, run }, count, order.payloadBytes);
  }
  // Fan-out warm-up: one service reads the range through its own durable.
  const services = warmingUp ? 1 : order.services;
  if (order.side === "raw")
    return rawFanOut(order.url, order.source["stream"] ?? "", services, count, run);
  const slot = await tongbaoDepartmentSide();
  if (!slot.available) throw new SideUnavailable(slot.reason);
  return slot.side.fanOut(order.url, order.source, services, count, run, order.profiles);
}

/** N raw department services (own connection, own durable, ack each) draining one stream. */
async function rawFanOut(
  url: string,
  stream: string,
  services: number,
  count: number,
  run: number,
) {
  const sessions: JetStreamSession[] = [];
  try {
    for (let i = 0; i < services; i++) sessions.push(await openSession(url, `department-${i}`));
    const readers = await Promise.all(
      sessions.map((d, i) => openDurable(d.js, d.jsm, stream, `dept-${services}-${i}-${run}`)),
    );
    const start = performance.now();
    await Promise.all(readers.map((r) => r.handle(count, () => undefined)));
    const elapsed = performance.now() - start;
    for (const r of readers) await r[Symbol.asyncDispose]();
    return perSecond(services * count, elapsed);
  } finally {
    for (const d of sessions) await d[Symbol.asyncDispose]();
  }
}
