import { Kvm, type KV } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { LogTree, verifyConsistency } from "../crypto/log-tree.js";
import type { KeyResolver } from "../envelope/types.js";
import { BUCKETS } from "../topology.js";
import {
  bad,
  checkCheckpointSignature,
  decodeCheckpoint,
  encodeCheckpoint,
  type Checkpoint,
} from "./checkpoint-head.js";

/** The key of a stream's checkpoint: zero-padded so that keys sort in index order. */
export function checkpointKey(stream: string, index: number): string {
  return `${stream}.${String(index).padStart(10, "0")}`;
}

export interface CheckpointLogOptions {
  nc: NatsConnection;
  stream: string;
  /** The registry admin keys, which alone may sign checkpoints. */
  admins: KeyResolver;
  /** Bucket (default tb_checkpoints, in the operator's account: no member imports it). */
  bucket?: string;
}

/**
 * A stream's checkpoints, read from the checkpoint bucket and checked as a whole when opened:
 * each one's signature by a registry admin key, its frontier against its root, the consistency
 * proof from the one before, and ranges that follow each other with no sequence skipped or
 * sealed twice. Anything else fails the open with TB_ERR_CHECKPOINT naming the checkpoint.
 */
export class CheckpointLog {
  private constructor(
    private readonly kv: KV,
    readonly stream: string,
    /** In index order. */
    readonly checkpoints: readonly Checkpoint[],
  ) {}

  static async open(opts: CheckpointLogOptions): Promise<CheckpointLog> {
    const bucket = opts.bucket ?? BUCKETS.CHECKPOINTS;
    let kv: KV;
    const keys: string[] = [];
    try {
      kv = await new Kvm(opts.nc).open(bucket);
      for await (const k of await kv.keys(`${opts.stream}.>`)) keys.push(k);
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_NOT_FOUND",
        `the checkpoint bucket "${bucket}" cannot be read (provision the topology first): ${String(err)}`,
        { path: "bucket", cause: err },
      );
    }
    keys.sort();
    const checkpoints: Checkpoint[] = [];
    for (const key of keys) {
      const entry = await kv.get(key);
      if (entry?.operation !== "PUT") continue;
      const c = decodeCheckpoint(entry.value, key);
      await checkFollows(c, checkpoints.at(-1), opts.stream, key);
      await checkCheckpointSignature(c, opts.admins);
      checkpoints.push(c);
    }
    return new CheckpointLog(kv, opts.stream, checkpoints);
  }

  get last(): Checkpoint | undefined {
    return this.checkpoints.at(-1);
  }

  /** The checkpoint whose range holds `seq`, if any. */
  covering(seq: number): Checkpoint | undefined {
    const list = this.checkpoints;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = list[mid]!;
      if (seq < c.firstSeq) hi = mid - 1;
      else if (seq > c.lastSeq) lo = mid + 1;
      else return c;
    }
    return undefined;
  }

  /**
   * Stores the next checkpoint. Write-once: a checkpoint already stored under its index is
   * never replaced (another sealer got there first: open the log again).
   */
  async append(c: Checkpoint): Promise<void> {
    await checkFollows(c, this.last, this.stream, checkpointKey(c.stream, c.index));
    try {
      await this.kv.create(checkpointKey(c.stream, c.index), encodeCheckpoint(c));
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_CHECKPOINT",
        `checkpoint ${c.index} of ${c.stream} could not be stored (one already there?): ${String(err)}`,
        { cause: err },
      );
    }
    (this.checkpoints as Checkpoint[]).push(c);
  }
}

/** The checks that tie a checkpoint to the one before it (all but the signature). */
async function checkFollows(
  c: Checkpoint,
  prev: Checkpoint | undefined,
  stream: string,
  key: string,
): Promise<void> {
  if (c.stream !== stream || key !== checkpointKey(stream, c.index)) {
    throw bad(c, `is stored under "${key}", which is not its own place`);
  }
  const index = (prev?.index ?? 0) + 1;
  if (c.index !== index) throw bad(c, `follows checkpoint ${index - 1}: one is missing`);
  const firstSeq = (prev?.lastSeq ?? 0) + 1;
  if (prev ? c.firstSeq !== firstSeq : c.firstSeq < 1) {
    throw bad(
      c,
      `starts at #${c.firstSeq}, not right after #${firstSeq - 1} where the last one ended`,
    );
  }
  if (c.lastSeq < c.firstSeq || c.size > c.lastSeq - c.firstSeq + 1 - c.excluded.length) {
    throw bad(c, `holds ${c.size} messages in #${c.firstSeq}–#${c.lastSeq}, which cannot be`);
  }
  const prevSize = prev?.treeSize ?? 0;
  if (c.treeSize !== prevSize + c.size) {
    throw bad(c, `has a tree of ${c.treeSize} leaves, not ${prevSize} + ${c.size}`);
  }
  let frontierRoot: Buffer;
  try {
    frontierRoot = new LogTree(c.treeSize, c.frontier).root();
  } catch {
    throw bad(c, "carries a frontier that is not one of its tree");
  }
  if (!frontierRoot.equals(c.treeRoot))
    throw bad(c, "carries a frontier that is not one of its tree");
  if (
    prev &&
    !verifyConsistency(prev.treeSize, c.treeSize, prev.treeRoot, c.treeRoot, c.consistency)
  ) {
    throw bad(c, `does not extend checkpoint ${prev.index}: its consistency proof fails`);
  }
}
