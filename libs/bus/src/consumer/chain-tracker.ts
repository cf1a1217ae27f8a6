import { TongbaoError } from "@tongbao/errors";

/**
 * What a reader learns from producer chains: each producer numbers its messages per subject
 * (producer_seq from 1, no gaps) and links each to the signed digest of the one before
 * (prev_digest). A jump in the numbers is a gap (messages missing or not yet seen); a link
 * that does not match the previous digest is a fork (two different messages claim the same
 * place, e.g. a producer restored from an old backup).
 *
 * A jump alone does not prove loss: after a stream leader fails over, a producer's resends
 * can be stored out of its order, so the missing positions arrive a little later. A gap is
 * therefore reported only once it outlives a window (time, or messages of the same chain
 * held beyond it), and a reported gap whose positions all turn up later is reported again as
 * closed.
 */
export interface ChainBreak {
  /** "gap-closed": every position of a gap reported before has arrived since. */
  kind: "gap" | "fork" | "gap-closed";
  producerId: string;
  subject: string;
  /** Last position seen before this message (0 when none); for gap-closed, the gap's. */
  lastSeq: number;
  /** Position of the message that revealed the break; for gap-closed, the gap's. */
  seq: number;
  /** For a gap (and its closing): how many positions were skipped. */
  missing: number;
  /** Header.id of the message that revealed the break (for gap-closed: that closed it). */
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

export interface ChainTrackerOptions {
  /** Called for every gap, fork and gap closing, in the order found. */
  onBreak: (brk: ChainBreak) => void;
  /** Chains followed at most; the least recently used are forgotten (100,000). */
  capacity?: number;
  /**
   * How long missing positions may stay missing before the gap is reported, in ms (20,000,
   * raised by {@link ChainTracker.coverRedelivery}; given, it stays as given). `Infinity`
   * leaves it to the message window and {@link ChainTracker.flush} (a replay, where the
   * stream's own order counts, not the clock).
   */
  gapWindowMs?: number;
  /** Messages of one chain held beyond missing positions before the gap is reported (1,000). */
  gapWindowMessages?: number;
  /** Clock in ms, for the time window. */
  now?: () => number;
}

/**
 * Longer than a resend can take after a failover: the outbox's ack timeout (5 s) and its
 * longest retry pause (5 s) on top of an election (up to ~10 s measured on a loaded machine).
 * A follower kill under load showed a receipt stored more than 5 s after later ones.
 */
export const DEFAULT_GAP_WINDOW_MS = 20_000;
/** The JetStream ack wait a durable has unless told otherwise (the bus Consumer's). */
const DEFAULT_ACK_WAIT_MS = 30_000;
export const DEFAULT_GAP_WINDOW_MESSAGES = 1_000;
/** Reported gaps per chain still waiting for late positions; older ones are let go. */
const MAX_OPEN_GAPS = 16;
/** A gap wider than this (a producer reset, a retention cut) is not followed to its closing. */
const MAX_FOLLOWED_MISSING = 10_000;

/** A reported gap that is still waiting for its positions. */
interface OpenGap {
  lastSeq: number;
  seq: number;
  missing: number;
  waiting: Set<number>;
}

interface Chain {
  key: string;
  producerId: string;
  subject: string;
  /** Highest position up to which the chain has been seen without holes (or reported past). */
  seq: number;
  digest: Uint8Array;
  /** Positions seen beyond a hole, waiting for it to fill; empty in the common case. */
  ahead: Map<number, ChainLink> | undefined;
  /** When the current hole was first seen (its window starts then). */
  heldSince: number;
  open: OpenGap[] | undefined;
}

/**
 * Follows the head of each (producer, subject) chain and reports breaks. It never blocks
 * delivery: a message beyond a hole is delivered at once and held here only as a chain link.
 * A chain seen for the first time is taken as it comes unless it starts at 1 (a reader that
 * joins a stream mid-way, or after retention dropped the start, has nothing to compare with).
 * Repeats (a redelivery) are not breaks. Memory is bounded: the least recently used chains
 * are forgotten, and a chain holds at most the message window beyond a hole.
 */
export class ChainTracker {
  readonly #heads = new Map<string, Chain>();
  /** Chains with a hole, in the order their windows end. */
  readonly #holding = new Map<string, Chain>();
  /** The chain used last, i.e. the newest in the LRU order of #heads. */
  #newest: Chain | undefined;
  #breaks = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #onBreak: (brk: ChainBreak) => void;
  readonly #capacity: number;
  #windowMs: number;
  /** The window was given: redelivery does not widen it. */
  readonly #windowGiven: boolean;
  readonly #windowMessages: number;
  readonly #now: () => number;

  constructor(o: ChainTrackerOptions) {
    this.#onBreak = o.onBreak;
    this.#capacity = o.capacity ?? 100_000;
    this.#windowMs = o.gapWindowMs ?? DEFAULT_GAP_WINDOW_MS;
    this.#windowGiven = o.gapWindowMs !== undefined;
    this.#windowMessages = o.gapWindowMessages ?? DEFAULT_GAP_WINDOW_MESSAGES;
    this.#now = o.now ?? Date.now;
    if (!(this.#windowMs >= 0)) {
      throw new TongbaoError("TB_ERR_CONFIG", `gapWindowMs must be ≥ 0, not ${o.gapWindowMs}`, {
        path: "gapWindowMs",
      });
    }
    if (!Number.isInteger(this.#windowMessages) || this.#windowMessages < 1) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `gapWindowMessages must be an integer ≥ 1, not ${o.gapWindowMessages}`,
        { path: "gapWindowMessages" },
      );
    }
  }

  /**
   * Widens the window (unless it was given) to cover a redelivery by a durable with this ack
   * wait: a message the server delivered that never reached the reader (its connection's node
   * or the durable's leader killed while it was on its way) counts as delivered and comes
   * again only once the ack wait has run out, behind its successors. The resend margin stays
   * on top. Readers sharing the tracker each call it; the longest ack wait counts.
   */
  coverRedelivery(ackWaitMs: number = DEFAULT_ACK_WAIT_MS): void {
    if (this.#windowGiven) return;
    this.#windowMs = Math.max(this.#windowMs, DEFAULT_GAP_WINDOW_MS + ackWaitMs);
  }

  /** How long a hole may stay open before it is reported as a gap, in ms. */
  get gapWindowMs(): number {
    return this.#windowMs;
  }

  /** Records a verified message; breaks it reveals go to `onBreak`, now or once due. */
  observe(link: ChainLink): void {
    if (!link.producerId || link.seq < 1) return;
    // A run of one chain in order (the common case) is followed without building its key.
    const newest = this.#newest;
    if (
      newest !== undefined &&
      newest.ahead === undefined &&
      newest.producerId === link.producerId &&
      newest.subject === link.subject &&
      link.seq === newest.seq + 1
    ) {
      if (!sameBytes(link.prevDigest, newest.digest)) this.#report(link, "fork", newest.seq);
      newest.seq = link.seq;
      newest.digest = link.digest;
      return;
    }
    const key = `${link.producerId}\u0000${link.subject}`;
    const chain = this.#touch(key, link);
    if (chain === undefined) return;
    if (link.seq <= chain.seq) {
      this.#late(chain, link);
    } else if (link.seq === chain.seq + 1) {
      if (!sameBytes(link.prevDigest, chain.digest)) this.#report(link, "fork", chain.seq);
      chain.seq = link.seq;
      chain.digest = link.digest;
      if (chain.ahead) this.#drain(chain);
    } else if (!chain.ahead?.has(link.seq)) {
      const ahead = chain.ahead ?? new Map<number, ChainLink>();
      ahead.set(link.seq, link);
      if (chain.ahead === undefined) {
        chain.ahead = ahead;
        chain.heldSince = this.#now();
        this.#holding.set(key, chain);
        this.#arm();
      }
      if (ahead.size >= this.#windowMessages) this.#giveUp(chain);
    }
  }

  /**
   * Reports every gap still within its window as it stands (the end of a replay), or only
   * those of chains on `subjects` (a re-delivered batch, beside live chains still in theirs).
   */
  flush(subjects?: ReadonlySet<string>): void {
    for (const chain of [...this.#holding.values()]) {
      if (subjects === undefined || subjects.has(chain.subject)) this.#giveUp(chain);
    }
  }

  /** Reports the gaps whose time window has run out; the timer calls it, tests may too. */
  sweep(): void {
    const due = this.#now() - this.#windowMs;
    for (const chain of [...this.#holding.values()]) {
      if (chain.heldSince > due) break;
      this.#giveUp(chain);
    }
    this.#arm();
  }

  /** Stops the window timer; pending gaps are no longer reported by time. */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Chains with positions missing now, still within their window. */
  get holes(): number {
    return this.#holding.size;
  }

  /** Breaks reported so far (gaps and forks; closings are not breaks). */
  get breaks(): number {
    return this.#breaks;
  }

  /** The chain for a link, made most recently used; undefined when a new chain was started. */
  #touch(key: string, link: ChainLink): Chain | undefined {
    const chain = this.#heads.get(key);
    if (chain !== undefined) {
      if (this.#newest !== chain) {
        this.#heads.delete(key);
        this.#heads.set(key, chain);
        this.#newest = chain;
      }
      return chain;
    }
    if (link.seq === 1 && link.prevDigest.length !== 0) this.#report(link, "fork", 0);
    const fresh: Chain = {
      key,
      producerId: link.producerId,
      subject: link.subject,
      seq: link.seq,
      digest: link.digest,
      ahead: undefined,
      heldSince: 0,
      open: undefined,
    };
    this.#heads.set(key, fresh);
    this.#newest = fresh;
    if (this.#heads.size > this.#capacity) {
      const oldest = this.#heads.values().next();
      if (!oldest.done) {
        // A forgotten chain cannot wait any more: what it holds is reported as it stands.
        if (oldest.value.ahead) this.#giveUp(oldest.value);
        this.#heads.delete(oldest.value.key);
      }
    }
    return undefined;
  }

  /** A position at or below the head: a repeat, or one of a reported gap turning up. */
  #late(chain: Chain, link: ChainLink): void {
    const open = chain.open;
    if (open === undefined) return;
    const i = open.findIndex((g) => g.waiting.delete(link.seq));
    const gap = open[i];
    if (gap === undefined || gap.waiting.size > 0) return;
    open.splice(i, 1);
    if (open.length === 0) chain.open = undefined;
    this.#emit({
      kind: "gap-closed",
      producerId: chain.producerId,
      subject: chain.subject,
      lastSeq: gap.lastSeq,
      seq: gap.seq,
      missing: gap.missing,
      messageId: link.messageId,
    });
  }

  /** Moves the head over the positions held beyond it that now follow on without a hole. */
  #drain(chain: Chain): void {
    const ahead = chain.ahead!;
    for (let next = ahead.get(chain.seq + 1); next; next = ahead.get(chain.seq + 1)) {
      ahead.delete(chain.seq + 1);
      if (!sameBytes(next.prevDigest, chain.digest)) this.#report(next, "fork", chain.seq);
      chain.seq++;
      chain.digest = next.digest;
    }
    if (ahead.size > 0) return;
    // The hole filled within its window: the messages were reordered, not lost.
    chain.ahead = undefined;
    this.#holding.delete(chain.key);
  }

  /** The window ran out: every hole below the held positions is a gap; the chain goes on. */
  #giveUp(chain: Chain): void {
    const ahead = chain.ahead;
    this.#holding.delete(chain.key);
    chain.ahead = undefined;
    if (ahead === undefined) return;
    for (const seq of [...ahead.keys()].sort((a, b) => a - b)) {
      const next = ahead.get(seq)!;
      if (seq > chain.seq + 1) {
        const missing = seq - chain.seq - 1;
        this.#report(next, "gap", chain.seq);
        if (missing <= MAX_FOLLOWED_MISSING) {
          const waiting = new Set<number>();
          for (let s = chain.seq + 1; s < seq; s++) waiting.add(s);
          const open = (chain.open ??= []);
          open.push({ lastSeq: chain.seq, seq, missing, waiting });
          if (open.length > MAX_OPEN_GAPS) open.shift();
        }
      } else if (!sameBytes(next.prevDigest, chain.digest)) {
        this.#report(next, "fork", chain.seq);
      }
      chain.seq = seq;
      chain.digest = next.digest;
    }
  }

  #report(link: ChainLink, kind: "gap" | "fork", lastSeq: number): void {
    this.#breaks++;
    this.#emit({
      kind,
      producerId: link.producerId,
      subject: link.subject,
      lastSeq,
      seq: link.seq,
      missing: kind === "gap" ? link.seq - lastSeq - 1 : 0,
      messageId: link.messageId,
    });
  }

  #emit(brk: ChainBreak): void {
    this.#onBreak(brk);
  }

  /** One timer, for the window that ends first; none while nothing is held. */
  #arm(): void {
    if (this.#timer !== undefined || this.#windowMs === Infinity) return;
    const first = this.#holding.values().next();
    if (first.done) return;
    const wait = Math.max(0, first.value.heldSince + this.#windowMs - this.#now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.sweep();
    }, wait + 1);
    this.#timer.unref();
  }
}

// Digests are public: no need for a constant-time comparison, and 32 bytes compare faster
// here than through a call into C++.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
