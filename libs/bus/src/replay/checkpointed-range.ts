import type { Checkpoint } from "../checkpoint/checkpoint-head.js";
import { subtreeRoot } from "../crypto/log-tree.js";
import { leafHash } from "../crypto/merkle.js";
import type { VerifiedEnvelope } from "../envelope/mod.js";
import type { StoredMessage } from "./ordered-reader.js";

/**
 * The messages of one checkpoint's range while a replay reads it: each checked for everything
 * but its signature (`verifyIncluded`), held until the whole range is read and its tree
 * recomputed. Only then does the checkpoint's one signature stand for theirs: a message
 * missing, added, altered or moved changes the range's size or root.
 */
export class CheckpointedRange {
  readonly held: { m: StoredMessage; v: VerifiedEnvelope }[] = [];
  /** Messages that failed the checks short of the signature, with why. */
  readonly refused: { m: StoredMessage; err: unknown }[] = [];
  /** Stored bytes held (a range is sealed at most `maxBytes` long, see the sealer). */
  bytes = 0;

  constructor(readonly checkpoint: Checkpoint) {}

  add(m: StoredMessage, v: VerifiedEnvelope): void {
    this.held.push({ m, v });
    this.bytes += m.data.length;
  }

  refuse(m: StoredMessage, err: unknown): void {
    this.refused.push({ m, err });
  }

  /** Why the range read is not the range sealed, or undefined when it is. */
  mismatch(): string | undefined {
    const c = this.checkpoint;
    const where = `checkpoint ${c.index} of ${c.stream} (#${c.firstSeq}–#${c.lastSeq})`;
    const read = this.held.length + this.refused.length;
    if (read !== c.size) {
      return `${where} sealed ${c.size} messages; the stream now holds ${read} there: a message was removed or added after it was sealed`;
    }
    if (this.refused.length > 0) {
      return `${where}: ${this.refused.length} of its messages no longer pass the checks they passed when it was sealed`;
    }
    const root = subtreeRoot(this.held.map((h) => leafHash(h.v.digest)));
    if (!root.equals(c.rangeRoot)) {
      return `${where}: the messages the stream holds there are not those sealed (one was altered or replaced)`;
    }
    return undefined;
  }
}
