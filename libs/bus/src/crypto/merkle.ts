import { hash } from "node:crypto";
import type { MerklePath } from "@tongbao/contracts";
import { DIGEST_LENGTH } from "./digest.js";

/**
 * Merkle trees over message digests, hashed and shaped as RFC 6962 / RFC 9162 §2.1: SHA-256,
 * leaf = H(0x00 ‖ digest), node = H(0x01 ‖ left ‖ right), and a tree of n leaves splits at
 * the largest power of two below n. A batch of one has an empty path; its root is its leaf.
 */

const leafInput = Buffer.alloc(1 + DIGEST_LENGTH); // 0x00 ‖ digest
const nodeInput = Buffer.alloc(1 + 2 * DIGEST_LENGTH).fill(1, 0, 1); // 0x01 ‖ left ‖ right

/** Deeper than any batch can be (2^32 leaves); longer paths are rejected unread. */
export const MAX_PATH_LENGTH = 32;

/**
 * A tree hash as a latin1 string, one character per byte ("binary" is node's name for latin1). Node's one-shot hash returns a
 * string without allocating a Buffer, which for inputs this short costs a third as much; the
 * climb, which hashes several nodes per message at replay rates, stays in strings throughout.
 */
export type NodeString = string;

export function leafHash(digest: Uint8Array): Buffer {
  return Buffer.from(leafHashString(digest), "latin1");
}

export function leafHashString(digest: Uint8Array): NodeString {
  if (digest.length !== DIGEST_LENGTH) throw new RangeError("a leaf is a 32-byte digest");
  leafInput.set(digest, 1);
  return hash("sha256", leafInput, "binary");
}

/** leafHashString of a digest given as a latin1 string. */
export function leafHashOf(digest: string): NodeString {
  if (digest.length !== DIGEST_LENGTH) throw new RangeError("a leaf is a 32-byte digest");
  leafInput.write(digest, 1, DIGEST_LENGTH, "latin1");
  return hash("sha256", leafInput, "binary");
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== DIGEST_LENGTH || right.length !== DIGEST_LENGTH) {
    throw new RangeError("tree nodes are 32-byte hashes");
  }
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + DIGEST_LENGTH);
  return Buffer.from(hash("sha256", nodeInput, "binary"), "latin1");
}

/** The parent of a 32-byte sibling and a node string, in the order the climb gives. */
function parentString(sibling: Uint8Array, node: NodeString, nodeOnLeft: boolean): NodeString {
  nodeInput.set(sibling, nodeOnLeft ? 1 + DIGEST_LENGTH : 1);
  nodeInput.write(node, nodeOnLeft ? 1 : 1 + DIGEST_LENGTH, DIGEST_LENGTH, "latin1");
  return hash("sha256", nodeInput, "binary");
}

export interface MerkleTree {
  root: Buffer;
  /** Audit path of each leaf, lowest level first. */
  paths: Buffer[][];
}

/** Root and every leaf's audit path, with one hash per node (n − 1 node hashes). */
export function merkleTree(digests: readonly Uint8Array[]): MerkleTree {
  if (digests.length === 0) throw new RangeError("a Merkle tree needs at least one leaf");
  const paths: Buffer[][] = digests.map(() => []);
  const build = (lo: number, hi: number): Buffer => {
    if (hi - lo === 1) return leafHash(digests[lo] as Uint8Array);
    const mid = lo + splitPoint(hi - lo);
    const left = build(lo, mid);
    const right = build(mid, hi);
    for (let i = lo; i < mid; i++) (paths[i] as Buffer[]).push(right);
    for (let i = mid; i < hi; i++) (paths[i] as Buffer[]).push(left);
    return nodeHash(left, right);
  };
  return { root: build(0, digests.length), paths };
}

/** True when a leaf at `index` of a tree of `count` leaves can have a path of this length. */
export function isPathPosition(index: number, count: number, pathLength: number): boolean {
  return (
    Number.isInteger(index) &&
    Number.isInteger(count) &&
    count >= 1 &&
    index >= 0 &&
    index < count &&
    pathLength <= MAX_PATH_LENGTH
  );
}

/**
 * Called at each node on the way up with the sibling just used and the node it made;
 * returning true ends the climb there (a verifier stops at a node it has already proven).
 */
export type PathVisitor = (sibling: Uint8Array, node: NodeString) => boolean;

/**
 * Climbs from a leaf hash along its audit path (RFC 9162 §2.1.3.2). Resolves to the root, or
 * to the node where `visit` stopped the climb; null when the path cannot belong to a tree of
 * `count` leaves at `index` (wrong length, wrong element size). The one place of the RFC's
 * climbing rule: `rootFromPath` and the verifier's batch cache both use it.
 */
export function climbPath(
  leaf: NodeString,
  index: number,
  count: number,
  path: MerklePath,
  visit?: PathVisitor,
): { node: NodeString; stopped: boolean } | null {
  if (!isPathPosition(index, count, path.length) || leaf.length !== DIGEST_LENGTH) return null;
  let fn = index;
  let sn = count - 1;
  let r = leaf;
  for (let i = 0; i < path.length; i++) {
    const p = path.at(i);
    if (p?.length !== DIGEST_LENGTH || sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = parentString(p, r, false);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = parentString(p, r, true);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
    if (visit?.(p, r)) return { node: r, stopped: true };
  }
  return sn === 0 ? { node: r, stopped: false } : null;
}

/**
 * The root that a leaf and its audit path lead to (RFC 9162 §2.1.3.2), or null when the path
 * cannot belong to a tree of `count` leaves at `index` (wrong length, wrong element size).
 */
export function rootFromPath(
  leaf: Uint8Array,
  index: number,
  count: number,
  path: readonly Uint8Array[],
): Buffer | null {
  const end = climbPath(nodeString(leaf), index, count, path);
  return end ? Buffer.from(end.node, "latin1") : null;
}

/** A 32-byte hash as the NodeString the climb works with. */
export function nodeString(bytes: Uint8Array): NodeString {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** Largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
