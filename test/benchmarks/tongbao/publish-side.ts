import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { Publisher } from "@tongbao/bus";
import { publishWindowed } from "../raw/windowed-publish.js";
import { openSession } from "../raw/bench-stream.js";
import { perSecond } from "../statistics.js";
import { benchOrg, bulletinOfSize, dropLive, freshBus } from "./bench-org.js";
import type { TongbaoPublishSide } from "./types.js";

/** As many publish() calls outstanding as raw has publishes in flight. */
const WINDOW = 1024;

/**
 * Tongbao signed publish: `Publisher.publish` (encode, seal under one signature per group
 * commit, fsync into the outbox) with many calls outstanding, then `drain()` until the stream
 * has acknowledged every copy. The clock covers both: a message counts once it is on the bus.
 */
export function publishSide(): TongbaoPublishSide {
  const org = benchOrg("miit");
  return {
    async publish(ctx, count, payloadBytes) {
      await using s = await openSession(ctx.url, "tongbao-publisher");
      await freshBus(s.nc);
      const dir = await mkdtemp(join(ctx.workDir, "outbox-"));
      const bulletin = bulletinOfSize(payloadBytes);
      const publisher = await Publisher.open({
        nc: s.nc,
        signer: org.signer,
        producerId: `bench-${ctx.run}`,
        outboxDir: dir,
      });
      try {
        const start = performance.now();
        await publishWindowed(count, WINDOW, (seq) => publisher.publish(bulletin(seq)));
        await publisher.drain(120_000);
        return perSecond(count, performance.now() - start);
      } finally {
        await publisher.close();
        await dropLive(s.nc);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
