import type { ChainState } from "../outbox/mod.js";

/** Head of one chain: the last position used on a subject and that message's signed digest. */
export interface ChainHead {
  seq: number;
  digest: Uint8Array;
}

/** Keys of the chain facts stored with each outbox record (`OutboxRecord.meta`). */
const META = { producer: "producer", seq: "producerSeq", digest: "digest" } as const;

/**
 * The producer's chains, one per subject: each copy published on a subject takes the next
 * position and links to the digest of the copy before it. Heads are written with every outbox
 * record, so after a restart or a crash the chains continue from what is durable on disk and
 * no position is ever used twice on the wire. Positions handed out for a batch that then fails
 * to reach the disk are taken back if no later batch has been placed after it; otherwise they
 * stay spent, and readers see a gap where messages were refused to their publishers.
 */
export class ProducerChains {
  readonly #heads = new Map<string, ChainHead>();
  /** Heads as they were before the latest batch; undefined for a new chain. */
  #undo: Map<string, ChainHead | undefined> | undefined;
  #batch = 0;

  constructor(readonly producerId: string) {}

  /** Chains as the outbox last stored them for this producer (other producers' are ignored). */
  static restore(producerId: string, state: ChainState): ProducerChains {
    const chains = new ProducerChains(producerId);
    for (const [subject, entry] of state) {
      const meta = entry.meta;
      if (meta[META.producer] !== producerId) continue;
      const seq = Number(meta[META.seq]);
      const digest = meta[META.digest];
      if (!Number.isSafeInteger(seq) || seq < 1 || digest === undefined) continue;
      chains.#heads.set(subject, { seq, digest: Buffer.from(digest, "base64") });
    }
    return chains;
  }

  /**
   * Starts a batch: positions handed out from here on can be taken back with rollback() until
   * the next batch begins. Returns the batch's number.
   */
  begin(): number {
    this.#undo = new Map();
    return ++this.#batch;
  }

  /** The next position on a subject and the digest it links to. */
  next(subject: string): { seq: number; prevDigest: Uint8Array } {
    const head = this.#heads.get(subject);
    return head ? { seq: head.seq + 1, prevDigest: head.digest } : { seq: 1, prevDigest: EMPTY };
  }

  /** Takes a position (as returned by next()) for a message with this digest. */
  advance(subject: string, seq: number, digest: Uint8Array): void {
    if (this.#undo && !this.#undo.has(subject)) this.#undo.set(subject, this.#heads.get(subject));
    this.#heads.set(subject, { seq, digest });
  }

  /** What an outbox record stores so the chain survives it. */
  meta(seq: number, digest: Uint8Array): Record<string, string> {
    return {
      [META.producer]: this.producerId,
      [META.seq]: String(seq),
      [META.digest]: Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString(
        "base64",
      ),
    };
  }

  /** The batch is durable: its positions are final. */
  commit(batch: number): void {
    if (batch === this.#batch) this.#undo = undefined;
  }

  /**
   * The batch never reached the disk: frees its positions if it is still the latest batch.
   * Returns false when a later batch already follows it (its positions then stay spent).
   */
  rollback(batch: number): boolean {
    if (batch !== this.#batch || !this.#undo) return false;
    for (const [subject, head] of this.#undo) {
      if (head) this.#heads.set(subject, head);
      else this.#heads.delete(subject);
    }
    this.#undo = undefined;
    return true;
  }

  head(subject: string): ChainHead | undefined {
    return this.#heads.get(subject);
  }

  get size(): number {
    return this.#heads.size;
  }
}

const EMPTY = new Uint8Array(0);
