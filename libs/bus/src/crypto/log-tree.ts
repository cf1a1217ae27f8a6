import { nodeHash } from "./merkle.js";

/**
 * The growing Merkle tree of a transparency log (RFC 9162 §2.1), over leaf hashes made as in
 * `merkle.ts` (leaf = H(0x00 ‖ digest), node = H(0x01 ‖ left ‖ right)). It is held as its
 * compact range: the roots of the perfect subtrees that make up its first `size` leaves, the
 * largest first, one per set bit of `size` — log2(size) hashes, enough to append, to give the
 * root, and (with the leaves appended since) to prove that a later tree extends this one.
 */
export class LogTree {
  private readonly nodes: Buffer[];

  constructor(
    private count = 0,
    frontier: readonly Uint8Array[] = [],
  ) {
    if (!Number.isSafeInteger(count) || count < 0 || frontier.length !== popCount(count)) {
      throw new RangeError(`a tree of ${count} leaves has ${popCount(count)} frontier nodes`);
    }
    this.nodes = frontier.map((n) => Buffer.from(n));
  }

  get size(): number {
    return this.count;
  }

  /** The perfect subtrees' roots, the largest first. */
  get frontier(): readonly Buffer[] {
    return this.nodes;
  }

  append(leaf: Buffer): void {
    let node = leaf;
    for (let s = this.count; s % 2 === 1; s = Math.floor(s / 2)) {
      node = nodeHash(this.nodes.pop()!, node);
    }
    this.nodes.push(node);
    this.count++;
  }

  /** The tree head's root (RFC 9162 MTH); the empty tree's is SHA-256 of nothing. */
  root(): Buffer {
    return foldRight(this.nodes) ?? EMPTY_ROOT;
  }

  /**
   * The consistency proof (RFC 9162 §2.1.4.1) from the tree this one was (size and frontier
   * as given) to this tree, given the leaves appended since, in order.
   */
  static consistencyProof(
    old: { size: number; frontier: readonly Uint8Array[] },
    appended: readonly Buffer[],
  ): Buffer[] {
    const m = old.size;
    const n = m + appended.length;
    if (m === 0 || m === n) return [];
    const spans = frontierSpans(m);
    const hashOf = (lo: number, hi: number): Buffer => {
      if (lo >= m) return subtreeRoot(appended, lo - m, hi - m);
      // Inside the old tree the proof only asks for one or more whole frontier subtrees.
      const parts = spans.flatMap((s, i) => (s.lo >= lo && s.hi <= hi ? [old.frontier[i]!] : []));
      const covered = spans
        .filter((s) => s.lo >= lo && s.hi <= hi)
        .reduce((a, s) => a + s.hi - s.lo, 0);
      if (hi > m || covered !== hi - lo) throw new RangeError("not a frontier-aligned range");
      return foldRight(parts.map((p) => Buffer.from(p)))!;
    };
    const sub = (mm: number, lo: number, hi: number, whole: boolean): Buffer[] => {
      const len = hi - lo;
      if (mm === len) return whole ? [] : [hashOf(lo, hi)];
      const k = splitPoint(len);
      return mm <= k
        ? [...sub(mm, lo, lo + k, whole), hashOf(lo + k, hi)]
        : [...sub(mm - k, lo + k, hi, false), hashOf(lo, lo + k)];
    };
    return sub(m, 0, n, true);
  }
}

/**
 * Checks a consistency proof (RFC 9162 §2.1.4.2): the tree of `second` leaves with root
 * `secondRoot` extends the tree of `first` leaves with root `firstRoot`.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (first > second || first < 0) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (first === 0) return proof.length === 0;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = fr;
  for (const c of path.slice(1)) {
    if (c.length !== 32 || sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

/** RFC 9162 MTH of a list of leaf hashes (the root of a range sealed on its own). */
export function subtreeRoot(leaves: readonly Buffer[], lo = 0, hi = leaves.length): Buffer {
  if (hi - lo === 0) return EMPTY_ROOT;
  if (hi - lo === 1) return leaves[lo]!;
  const k = splitPoint(hi - lo);
  return nodeHash(subtreeRoot(leaves, lo, lo + k), subtreeRoot(leaves, lo + k, hi));
}

const EMPTY_ROOT = Buffer.from(
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "hex",
);

function foldRight(nodes: readonly Buffer[]): Buffer | undefined {
  let r: Buffer | undefined;
  for (let i = nodes.length - 1; i >= 0; i--) r = r ? nodeHash(nodes[i]!, r) : nodes[i]!;
  return r;
}

/** Leaf ranges of the frontier subtrees of a tree of m leaves, the largest first. */
function frontierSpans(m: number): { lo: number; hi: number }[] {
  const spans: { lo: number; hi: number }[] = [];
  let lo = 0;
  for (let bit = highestPowerOfTwo(m); bit >= 1; bit /= 2) {
    if (Math.floor(m / bit) % 2 === 1) {
      spans.push({ lo, hi: lo + bit });
      lo += bit;
    }
  }
  return spans;
}

function popCount(n: number): number {
  let c = 0;
  for (let s = n; s > 0; s = Math.floor(s / 2)) c += s % 2;
  return c;
}

function highestPowerOfTwo(n: number): number {
  let k = 1;
  while (k * 2 <= n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && highestPowerOfTwo(n) === n;
}

/** Largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
