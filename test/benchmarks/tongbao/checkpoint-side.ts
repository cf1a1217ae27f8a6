import {
  AdminKeys,
  BUCKETS,
  CheckpointLog,
  HashingPool,
  bucketStream,
  generateAdminSigner,
  replay,
  sealCheckpoints,
} from "@tongbao/bus";
import { openSession } from "../raw/bench-stream.js";
import { perSecond } from "../statistics.js";
import { benchOrg, freshBus, keyFromJson, keyToJson, verifierFor } from "./bench-org.js";
import { storeSigned } from "./signed-store.js";
import type { PerMessageReplayMode, TongbaoPerMessageSide } from "./types.js";

const WHO = { actor: "bench", reason: "per-message replay benchmark" };

/**
 * Traffic signed one message at a time in TB_LIVE, sealed into checkpoints by the operator's
 * sealer (`sealCheckpoints`, as `tongbao checkpoint` runs it), and replayed verified three
 * ways: every signature on the replay's own thread, every signature in the worker pool, and
 * by the checkpoints (one signature per range, each range's tree recomputed).
 */
export function perMessageSide(): TongbaoPerMessageSide {
  return {
    async store(url, count, payloadBytes, log) {
      const org = benchOrg("miit");
      const admin = generateAdminSigner();
      await using s = await openSession(url, "tongbao-store");
      // A fresh log too: checkpoints of an earlier TB_LIVE would not match this one.
      await s.jsm.streams.delete(bucketStream(BUCKETS.CHECKPOINTS)).catch(() => undefined);
      await freshBus(s.nc);
      await storeSigned(s.js, org.signer, "bench-per-message", count, payloadBytes, log, 1);
      const info = await s.jsm.streams.info("TB_LIVE");
      if (info.state.messages < count)
        throw new Error(`TB_LIVE holds ${info.state.messages} of the ${count} messages stored`);
      const started = performance.now();
      const sealed = await sealCheckpoints({
        nc: s.nc,
        verifier: verifierFor(org.key),
        signer: admin.signer,
        admins: new AdminKeys(admin.adminKeys),
        stream: "TB_LIVE",
        audit: WHO,
      });
      log(
        `sealed ${sealed.sealed.length} checkpoints over ${count} messages in ` +
          `${Math.round(performance.now() - started)} ms`,
      );
      const [adminKeyId, adminKey] = Object.entries(admin.adminKeys)[0]!;
      return {
        stream: "TB_LIVE",
        firstSeq: String(info.state.first_seq),
        adminKeyId,
        adminPublicKey: Buffer.from(adminKey.publicKey as Uint8Array).toString("base64"),
        ...keyToJson(org.key),
      };
    },
    async replay(url, source, count, mode: PerMessageReplayMode) {
      await using s = await openSession(url, "tongbao-replay");
      const verifier = verifierFor(keyFromJson(source));
      const firstSeq = Number(source["firstSeq"]);
      const start = performance.now();
      const checkpoints =
        mode === "checkpoint"
          ? await CheckpointLog.open({
              nc: s.nc,
              stream: source["stream"]!,
              admins: new AdminKeys({
                [source["adminKeyId"]!]: { publicKey: source["adminPublicKey"]!, suite: "ed25519" },
              }),
            })
          : undefined;
      const range = replay({
        nc: s.nc,
        verifier,
        stream: source["stream"]!,
        from: { seq: firstSeq },
        to: { seq: firstSeq + count - 1 },
        audit: WHO,
        hashingThread: mode !== "onethread",
        // A pool of one worker: what spreading the checks over the cores adds beyond one.
        ...(mode === "oneworker" ? { pool: new HashingPool(1) } : {}),
        ...(checkpoints ? { checkpoints } : {}),
      });
      let delivered = 0;
      for await (const m of range) {
        if (!m.verified) throw new Error(`message ${m.seq} did not verify`);
        delivered++;
      }
      const summary = await range.summary;
      if (delivered !== count || summary.failed > 0)
        throw new Error(
          `verified replay yielded ${delivered} of ${count} (${summary.failed} failed)`,
        );
      if (mode === "checkpoint" && summary.checkpointed !== count)
        throw new Error(`${summary.checkpointed} of ${count} verified by checkpoints`);
      return perSecond(count, performance.now() - start);
    },
    async clear(url) {
      await using s = await openSession(url, "tongbao-store");
      await s.jsm.streams.delete("TB_LIVE").catch(() => undefined);
      await s.jsm.streams.delete(bucketStream(BUCKETS.CHECKPOINTS)).catch(() => undefined);
    },
  };
}
