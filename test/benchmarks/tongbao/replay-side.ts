import { replay } from "@tongbao/bus";
import { openSession } from "../raw/bench-stream.js";
import { perSecond } from "../statistics.js";
import { benchOrg, dropLive, freshBus, keyFromJson, keyToJson, verifierFor } from "./bench-org.js";
import { storeSigned } from "./signed-store.js";
import type { TongbaoReplaySide } from "./types.js";

/**
 * Verified replay with @tongbao/bus `replay()`: an ordered consumer over TB_LIVE from the
 * first stored message, every envelope verified (Merkle inclusion, one signature check per
 * sealed group thanks to the verifier's cache, key window, subject agreement), audited.
 */
export function replaySide(): TongbaoReplaySide {
  return {
    async store(url, count, payloadBytes, log) {
      const org = benchOrg("miit");
      await using s = await openSession(url, "tongbao-store");
      await freshBus(s.nc);
      await storeSigned(s.js, org.signer, "bench-replay", count, payloadBytes, log);
      const info = await s.jsm.streams.info("TB_LIVE");
      if (info.state.messages < count)
        throw new Error(`TB_LIVE holds ${info.state.messages} of the ${count} messages stored`);
      return {
        stream: "TB_LIVE",
        firstSeq: String(info.state.first_seq),
        ...keyToJson(org.key),
      };
    },
    async replay(url, source, count, onProgress, hashingThread) {
      await using s = await openSession(url, "tongbao-replay");
      const verifier = verifierFor(keyFromJson(source));
      const firstSeq = Number(source["firstSeq"]);
      const start = performance.now();
      const range = replay({
        nc: s.nc,
        verifier,
        stream: source["stream"]!,
        from: { seq: firstSeq },
        to: { seq: firstSeq + count - 1 },
        audit: { actor: "bench", reason: "replay throughput benchmark" },
        ...(hashingThread === undefined ? {} : { hashingThread }),
      });
      const every = Math.max(1, Math.floor(count / 100));
      let delivered = 0;
      for await (const m of range) {
        if (!m.verified) throw new Error(`message ${m.seq} did not verify`);
        if (++delivered % every === 0) onProgress?.(delivered);
      }
      const summary = await range.summary;
      if (delivered !== count || summary.failed > 0)
        throw new Error(
          `verified replay yielded ${delivered} of ${count} (${summary.failed} failed)`,
        );
      return perSecond(count, performance.now() - start);
    },
    async clear(url) {
      await using s = await openSession(url, "tongbao-store");
      await dropLive(s.nc);
    },
  };
}
