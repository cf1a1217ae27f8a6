import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LogTree, subtreeRoot, verifyConsistency } from "../src/crypto/log-tree.js";
import { leafHash, merkleTree } from "../src/crypto/merkle.js";

const digest = (i: number) => createHash("sha256").update(`message ${i}`).digest();
const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(digest(i)));

function treeOf(n: number): LogTree {
  const t = new LogTree();
  for (const l of leaves(n)) t.append(l);
  return t;
}

describe("log tree", () => {
  it("has the RFC 9162 root of the batch trees for every size, appended one leaf at a time", () => {
    for (let n = 1; n <= 70; n++) {
      const expected = merkleTree(Array.from({ length: n }, (_, i) => digest(i))).root;
      expect(treeOf(n).root().equals(expected), `size ${n}`).toBe(true);
      expect(subtreeRoot(leaves(n)).equals(expected), `range of ${n}`).toBe(true);
    }
  });

  it("resumes from its frontier as if it had never stopped", () => {
    const half = treeOf(13);
    const resumed = new LogTree(13, half.frontier);
    for (const l of leaves(40).slice(13)) resumed.append(l);
    expect(resumed.root().equals(treeOf(40).root())).toBe(true);
    expect(() => new LogTree(13, half.frontier.slice(1))).toThrow(/frontier nodes/);
  });

  it("proves every older size consistent with every newer one, and no altered history", () => {
    const all = leaves(40);
    for (let m = 1; m <= 40; m++) {
      const old = treeOf(m);
      for (let n = m; n <= 40; n++) {
        const proof = LogTree.consistencyProof(old, all.slice(m, n));
        const newRoot = treeOf(n).root();
        expect(verifyConsistency(m, n, old.root(), newRoot, proof), `${m} → ${n}`).toBe(true);
        if (n > m) {
          // Positive control above; here the same proof for a tree whose first leaf differs.
          const forged = new LogTree();
          forged.append(leafHash(digest(999)));
          for (const l of all.slice(1, m)) forged.append(l);
          expect(verifyConsistency(m, n, forged.root(), newRoot, proof), `forged ${m}`).toBe(false);
        }
      }
    }
  });
});
