import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import { LogTree, subtreeRoot } from "../crypto/log-tree.js";
import { leafHash } from "../crypto/merkle.js";
import type { Signer } from "../crypto/types.js";
import type { KeyResolver, MessageVerifier } from "../envelope/types.js";
import { replay } from "../replay/replay.js";
import { signCheckpoint, type Checkpoint } from "./checkpoint-head.js";
import { CheckpointLog } from "./checkpoint-log.js";

/**
 * At most this many messages per checkpoint: a replay holds a range until its tree is checked,
 * and one signature per 4,096 messages already makes signature checks a small part of a replay.
 */
export const CHECKPOINT_MAX_MESSAGES = 4_096;
/** At most this many stored bytes per checkpoint (unless one message alone is larger). */
export const CHECKPOINT_MAX_BYTES = 8 * 1024 * 1024;

export interface SealOptions {
  nc: NatsConnection;
  /** Verifies every message by its originator's own signature before it is sealed. */
  verifier: MessageVerifier;
  /** A registry admin key: the signer of checkpoints. */
  signer: Signer;
  /** The registry admin keys, to check the checkpoints already stored. */
  admins: KeyResolver;
  stream: string;
  /** Seal up to this sequence (default: the stream's last when sealing starts). */
  toSeq?: number;
  maxMessages?: number;
  maxBytes?: number;
  /** Who seals and why: the reading is a replay, recorded in TB_AUDIT. */
  audit: { actor: string; reason: string };
  logger?: Logger;
}

export interface SealReport {
  stream: string;
  /** The checkpoints stored by this run, in order. */
  sealed: Checkpoint[];
  /** Checkpoints of the stream now, this run's included. */
  total: number;
  /** Messages that failed verification and were left out of the trees (listed in their checkpoint). */
  excluded: number;
  /** Last sequence sealed (0 when the stream has none yet). */
  lastSeq: number;
}

/**
 * Seals what the stream holds after its last checkpoint: reads it with every message verified
 * by its own signature (a full replay, audited), cuts it into ranges of at most `maxMessages`
 * messages or `maxBytes`, and stores one signed checkpoint per range, each extending the log's
 * tree with a consistency proof from the one before. Messages that fail verification are not
 * leaves; their sequences are listed in the checkpoint so that a replay checks them alone.
 */
export async function sealCheckpoints(opts: SealOptions): Promise<SealReport> {
  const maxMessages = opts.maxMessages ?? CHECKPOINT_MAX_MESSAGES;
  const maxBytes = opts.maxBytes ?? CHECKPOINT_MAX_BYTES;
  if (!Number.isSafeInteger(maxMessages) || maxMessages < 1) {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "maxMessages must be 1 or more", {
      path: "maxMessages",
    });
  }
  const log = await CheckpointLog.open({ nc: opts.nc, stream: opts.stream, admins: opts.admins });
  const from = (log.last?.lastSeq ?? 0) + 1;
  const info = await (await jetstreamManager(opts.nc)).streams.info(opts.stream);
  const toSeq = Math.min(opts.toSeq ?? info.state.last_seq, info.state.last_seq);
  const report = (sealed: Checkpoint[], excluded: number): SealReport => ({
    stream: opts.stream,
    sealed,
    total: log.checkpoints.length,
    excluded,
    lastSeq: log.last?.lastSeq ?? 0,
  });
  if (from > toSeq) return report([], 0);

  interface Range {
    firstSeq: number;
    lastSeq: number;
    leaves: Buffer[];
    bytes: number;
  }
  const ranges: Range[] = [];
  let cur: Range = { firstSeq: from, lastSeq: from - 1, leaves: [], bytes: 0 };
  const run = replay({
    nc: opts.nc,
    verifier: opts.verifier,
    stream: opts.stream,
    from: { seq: from },
    to: { seq: toSeq },
    full: true,
    audit: opts.audit,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  for await (const m of run) {
    const full =
      cur.leaves.length >= maxMessages ||
      (cur.leaves.length > 0 && cur.bytes + m.data.length > maxBytes);
    if (full) {
      ranges.push({ ...cur, lastSeq: m.seq - 1 });
      cur = { firstSeq: m.seq, lastSeq: m.seq, leaves: [], bytes: 0 };
    }
    cur.leaves.push(leafHash(m.digest!));
    cur.lastSeq = m.seq;
    cur.bytes += m.data.length;
  }
  if (cur.leaves.length > 0) ranges.push(cur);
  const summary = await run.summary;
  if (summary.failed > summary.failures.length) {
    throw new TongbaoError(
      "TB_ERR_CHECKPOINT",
      `${summary.failed} messages of ${opts.stream} failed verification, too many to list in checkpoints; seal a shorter range (toSeq)`,
    );
  }
  const failed = summary.failures.map((f) => f.seq);

  const tree = new LogTree(log.last?.treeSize ?? 0, log.last?.frontier ?? []);
  const sealed: Checkpoint[] = [];
  let excluded = 0;
  for (const r of ranges) {
    const old = { size: tree.size, frontier: [...tree.frontier] };
    for (const leaf of r.leaves) tree.append(leaf);
    const inRange = failed.filter((s) => s >= r.firstSeq && s <= r.lastSeq);
    excluded += inRange.length;
    const checkpoint = signCheckpoint(
      {
        stream: opts.stream,
        index: (log.last?.index ?? 0) + 1,
        firstSeq: r.firstSeq,
        lastSeq: r.lastSeq,
        size: r.leaves.length,
        rangeRoot: subtreeRoot(r.leaves),
        treeSize: tree.size,
        treeRoot: tree.root(),
        excluded: inRange,
        time: new Date(),
        keyId: opts.signer.keyId,
      },
      opts.signer,
      LogTree.consistencyProof(old, r.leaves),
      [...tree.frontier],
    );
    await log.append(checkpoint);
    sealed.push(checkpoint);
  }
  return report(sealed, excluded);
}
