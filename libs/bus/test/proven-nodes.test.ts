import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { merkleTree } from "../src/crypto/merkle.js";
import { climb, VerifiedBatches } from "../src/envelope/verified-batches.js";

describe("proven nodes of a verified batch", () => {
  it("proves the later messages of a 256-message batch with under two hashes each on average", () => {
    const count = 256;
    const digests = Array.from({ length: count }, () => randomBytes(32));
    const { root, paths } = merkleTree(digests);
    const batches = new VerifiedBatches(262_144);
    const signature = randomBytes(64);
    const first = climb(digests[0]!, 0, count, paths[0]!, undefined);
    if (!first || first.proven) throw new Error("the first message must climb to the root");
    expect(Buffer.from(first.root, "latin1").equals(root)).toBe(true);
    batches.prove(batches.add("k", signature, first.root), first.nodes);
    let hashes = 0;
    for (let i = 1; i < count; i++) {
      const batch = batches.get("k", signature);
      const proof = climb(digests[i]!, i, count, paths[i]!, batch);
      expect(proof?.proven, `message ${i}`).toBe(true);
      if (!proof?.proven || !batch) throw new Error(`message ${i} was not proven`);
      // nodes: none when the leaf was proven (one hash), else the leaf, a (sibling, node)
      // per unproven step and the last sibling: one hash per step plus the leaf.
      hashes += proof.nodes.length === 0 ? 1 : proof.nodes.length / 2 + 1;
      batches.prove(batch, proof.nodes);
    }
    // Climbing to the root every time would take log2(256) = 8 hashes per message.
    expect(hashes / (count - 1)).toBeLessThan(2);
  });

  it("still refuses a path that leads away from the proven nodes", () => {
    const count = 8;
    const digests = Array.from({ length: count }, () => randomBytes(32));
    const { paths } = merkleTree(digests);
    const batches = new VerifiedBatches(1024);
    const first = climb(digests[0]!, 0, count, paths[0]!, undefined);
    if (!first || first.proven) throw new Error("the first message must climb to the root");
    const batch = batches.add("k", randomBytes(64), first.root);
    batches.prove(batch, first.nodes);
    const forged = climb(randomBytes(32), 5, count, paths[5]!, batch);
    expect(forged?.proven).toBe(false);
  });
});
