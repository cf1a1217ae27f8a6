/**
 * What a reader learns from producer chains: each producer numbers its messages per subject
 * (producer_seq from 1, no gaps) and links each to the signed digest of the one before
 * (prev_digest). A jump in the numbers is a gap (messages missing or not yet seen); a link
 * that does not match the previous digest is a fork (two different messages claim the same
 * place, e.g. a producer restored from an old backup).
 */
export interface ChainBreak {
  kind: "gap" | "fork";
  producerId: string;
  subject: string;
  /** Last position seen before this message (0 when none). */
  lastSeq: number;
  /** Position of the message that revealed the break. */
  seq: number;
  /** For a gap: how many positions were skipped. */
  missing: number;
  /** Header.id of the message that revealed the break. */
  messageId: string;
}

export interface ChainLink {
  producerId: string;
  subject: string;
  seq: number;
  prevDigest: Uint8Array;
  digest: Uint8Array;
  messageId: string;
}

interface ChainHead {
  seq: number;
  digest: Uint8Array;
}

/**
 * Follows the head of each (producer, subject) chain and reports breaks. It never blocks
 * delivery: a break is reported and the chain continues from the new message. A chain seen
 * for the first time is taken as it comes unless it starts at 1 (a reader that joins a
 * stream mid-way, or after retention dropped the start, has nothing to compare with).
 * Late messages (a position at or below the head, e.g. a redelivery or the gap being
 * filled) are not breaks. Memory is bounded: the least recently used chains are forgotten.
 */
export class ChainTracker {
  readonly #heads = new Map<string, ChainHead>();
  /** The chain set last, i.e. the newest in the LRU order of #heads. */
  #newest: { key: string; producerId: string; subject: string; head: ChainHead } | undefined;
  #breaks = 0;

  constructor(readonly capacity = 100_000) {}

  /** Records a verified message; returns the break it reveals, if any. */
  observe(link: ChainLink): ChainBreak | undefined {
    if (!link.producerId || link.seq < 1) return undefined;
    // A run of one chain (the common case) is followed without building its key.
    const newest = this.#newest;
    const same =
      newest !== undefined &&
      newest.producerId === link.producerId &&
      newest.subject === link.subject;
    const key = same ? newest.key : `${link.producerId}\u0000${link.subject}`;
    const head = same ? newest.head : this.#heads.get(key);
    let found: ChainBreak | undefined;
    if (head === undefined) {
      if (link.seq === 1 && link.prevDigest.length !== 0) found = chainBreak(link, "fork", 0);
    } else if (link.seq <= head.seq) {
      return undefined;
    } else if (link.seq > head.seq + 1) {
      found = chainBreak(link, "gap", head.seq);
    } else if (!sameBytes(link.prevDigest, head.digest)) {
      found = chainBreak(link, "fork", head.seq);
    }
    if (head !== undefined && key === newest?.key) {
      // Already the most recently used chain (a run of one subject): update in place.
      head.seq = link.seq;
      head.digest = link.digest;
      if (found) this.#breaks++;
      return found;
    }
    this.#heads.delete(key);
    const fresh = { seq: link.seq, digest: link.digest };
    this.#heads.set(key, fresh);
    this.#newest = { key, producerId: link.producerId, subject: link.subject, head: fresh };
    if (this.#heads.size > this.capacity) {
      const oldest = this.#heads.keys().next();
      if (!oldest.done) this.#heads.delete(oldest.value);
    }
    if (found) this.#breaks++;
    return found;
  }

  /** Breaks reported so far. */
  get breaks(): number {
    return this.#breaks;
  }
}

function chainBreak(link: ChainLink, kind: ChainBreak["kind"], lastSeq: number): ChainBreak {
  return {
    kind,
    producerId: link.producerId,
    subject: link.subject,
    lastSeq,
    seq: link.seq,
    missing: kind === "gap" ? link.seq - lastSeq - 1 : 0,
    messageId: link.messageId,
  };
}

// Digests are public: no need for a constant-time comparison, and 32 bytes compare faster
// here than through a call into C++.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
