import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { messageDigest } from "../src/crypto/digest.js";
import { leafHash, merkleTree, nodeHash, rootFromPath } from "../src/crypto/merkle.js";

const sha = (...parts: Uint8Array[]): Buffer => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};

/** MTH of RFC 6962 §2.1, written straight from its definition. */
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return sha(Buffer.from([0]), leaves[0] as Buffer);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

const digests = (n: number): Buffer[] =>
  Array.from({ length: n }, (_, i) =>
    messageDigest(Buffer.from(`header ${i}`), Buffer.from(`payload ${i}`)),
  );

describe("messageDigest", () => {
  it("is SHA-256 over the domain, the length-prefixed header and the payload's SHA-256", () => {
    const header = Buffer.from("hdr");
    const payload = Buffer.from("payload!");
    const want = sha(
      Buffer.from("tongbao/envelope/v1\0"),
      Buffer.from([0, 0, 0, 3]),
      header,
      sha(payload),
    );
    expect(messageDigest(header, payload)).toEqual(want);
    const big = Buffer.alloc(10_000, 7);
    expect(messageDigest(big, payload)).toEqual(
      sha(Buffer.from("tongbao/envelope/v1\0"), Buffer.from([0, 0, 0x27, 0x10]), big, sha(payload)),
    );
  });

  it("differs when bytes move between header and payload", () => {
    expect(messageDigest(Buffer.from("ab"), Buffer.from("c"))).not.toEqual(
      messageDigest(Buffer.from("a"), Buffer.from("bc")),
    );
  });
});

describe("Merkle tree (RFC 6962 shape)", () => {
  it("matches the RFC 6962 definition for sizes 1 to 33", () => {
    for (let n = 1; n <= 33; n++) {
      const leaves = digests(n);
      expect(merkleTree(leaves).root, `size ${n}`).toEqual(referenceRoot(leaves));
    }
  });

  it("gives every leaf of trees of 1 to 33 leaves a path that leads to the root", () => {
    for (let n = 1; n <= 33; n++) {
      const leaves = digests(n);
      const { root, paths } = merkleTree(leaves);
      leaves.forEach((d, i) => {
        expect(rootFromPath(leafHash(d), i, n, paths[i] as Buffer[]), `leaf ${i} of ${n}`).toEqual(
          root,
        );
      });
    }
  });

  it("fails every path when any byte of the leaf or the path is flipped", () => {
    for (let n = 1; n <= 33; n++) {
      const leaves = digests(n);
      const { root, paths } = merkleTree(leaves);
      leaves.forEach((d, i) => {
        const path = paths[i] as Buffer[];
        for (let b = 0; b < 32; b++) {
          const leaf = Buffer.from(d);
          leaf[b] = (leaf[b] ?? 0) ^ 0x01;
          expect(rootFromPath(leafHash(leaf), i, n, path)).not.toEqual(root);
        }
        path.forEach((_, level) => {
          for (let b = 0; b < 32; b += 7) {
            const tampered = path.map((p) => Buffer.from(p));
            const node = tampered[level] as Buffer;
            node[b] = (node[b] ?? 0) ^ 0x80;
            expect(rootFromPath(leafHash(d), i, n, tampered)).not.toEqual(root);
          }
        });
      });
    }
  });

  it("fails a path claimed for another index", () => {
    for (let n = 2; n <= 33; n++) {
      const leaves = digests(n);
      const { root, paths } = merkleTree(leaves);
      leaves.forEach((d, i) => {
        const path = paths[i] as Buffer[];
        for (let j = 0; j < n; j++) {
          if (j !== i) expect(rootFromPath(leafHash(d), j, n, path)).not.toEqual(root);
        }
      });
    }
  });

  it("rejects impossible positions, too long paths and wrong-sized path elements", () => {
    const d = leafHash(Buffer.alloc(32));
    expect(rootFromPath(d, 0, 0, [])).toBeNull();
    expect(rootFromPath(d, 1, 1, [])).toBeNull();
    expect(rootFromPath(d, -1, 2, [d])).toBeNull();
    expect(rootFromPath(d, 0, 2, [])).toBeNull();
    expect(rootFromPath(d, 0, 1, [d])).toBeNull();
    expect(rootFromPath(d, 0, 2, [d.subarray(1)])).toBeNull();
    expect(
      rootFromPath(
        d,
        0,
        2 ** 31,
        Array.from({ length: 33 }, () => d),
      ),
    ).toBeNull();
  });

  it("keeps leaves and inner nodes apart (an inner node is not a leaf)", () => {
    const [a, b] = digests(2) as [Buffer, Buffer];
    const inner = nodeHash(leafHash(a), leafHash(b));
    expect(leafHash(inner)).not.toEqual(inner);
    expect(merkleTree([a]).root).toEqual(leafHash(a));
  });
});
