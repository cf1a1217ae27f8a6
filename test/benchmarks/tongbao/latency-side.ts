import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { Consumer, Publisher } from "@tongbao/bus";
import { withDeadline } from "../deadline.js";
import { LatencySamples } from "../latency-samples.js";
import { sendOnSchedule } from "../paced-schedule.js";
import { openSession } from "../raw/bench-stream.js";
import {
  POWER_BULLETINS,
  benchOrg,
  bulletinOfSize,
  bulletinSeq,
  dropLive,
  freshBus,
  verifierFor,
} from "./bench-org.js";
import type { TongbaoLatencySide } from "./types.js";

/**
 * Publisher → department Consumer: a paced `Publisher.publish` (not awaited: calls overlap as
 * they would from a busy service) on one connection, a `Consumer` on another whose handler
 * records the latency from the scheduled send time of the message it was handed.
 */
export function latencySide(): TongbaoLatencySide {
  const org = benchOrg("miit");
  return {
    async latency(ctx, rate, count) {
      await using producer = await openSession(ctx.url, "tongbao-producer");
      await using department = await openSession(ctx.url, "tongbao-department");
      await freshBus(producer.nc);
      const dir = await mkdtemp(join(ctx.workDir, "outbox-"));
      const bulletin = bulletinOfSize(1024);
      const scheduled = new Float64Array(count);
      const samples = new LatencySamples(count);
      let allHandled!: () => void;
      const handled = new Promise<void>((resolve) => (allHandled = resolve));
      const publisher = await Publisher.open({
        nc: producer.nc,
        signer: org.signer,
        producerId: `bench-lat-${rate}-${ctx.run}`,
        outboxDir: dir,
      });
      const consumer = await Consumer.start({
        nc: department.nc,
        verifier: verifierFor(org.key),
        durable: `nea-lat-${rate}-${ctx.run}`,
        filterSubjects: [POWER_BULLETINS],
        handler: async (m) => {
          samples.record(performance.now() - scheduled[bulletinSeq(m.payload)]!);
          if (samples.count === count) allHandled();
        },
      });
      try {
        let failure: unknown;
        const { lateMs } = await sendOnSchedule(rate, count, (seq, at) => {
          scheduled[seq] = at;
          publisher.publish(bulletin(seq)).catch((err: unknown) => (failure ??= err));
        });
        await withDeadline(
          handled,
          60_000,
          `Tongbao latency @ ${rate}/s (${samples.count} of ${count} handled)`,
        );
        if (failure !== undefined) throw failure;
        const [p50, p99, p999] = samples.percentiles([0.5, 0.99, 0.999]);
        return { p50: p50!, p99: p99!, p999: p999!, senderLateMs: lateMs };
      } finally {
        await consumer.stop();
        await publisher.close();
        await dropLive(producer.nc);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
