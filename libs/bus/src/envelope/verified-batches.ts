import type { MerklePath } from "@tongbao/contracts";
import {
  climbPath,
  isPathPosition,
  leafHashString,
  nodeString,
  type NodeString,
} from "../crypto/merkle.js";

/**
 * Batches whose root signature has verified, with every tree node proven so far. A node is
 * proven once a path through it has led to the signed root; a later message of the same
 * batch then needs hashing only up to the first proven node (usually its own leaf, proven as
 * the sibling on an earlier message's path), so the rest of a batch costs one or two hashes
 * per message. Leaves and inner nodes are hashed with different prefixes, so a proven node
 * can only ever be matched by the same subtree.
 *
 * An entry records only the cryptographic fact "this key signed this root"; key windows and
 * revocation are checked on every message, so a revocation takes effect at once.
 */
export class VerifiedBatches {
  private readonly batches = new Map<string, Batch>();
  private nodeCount = 0;
  // The batch found last: consecutive messages nearly always share it, and comparing the
  // signature bytes costs less than building the map key from them for every message.
  private last: { keyId: string; signature: Uint8Array; batch: Batch } | undefined;

  /** @param maxNodes proven nodes kept across all batches; the oldest batches go first. */
  constructor(private readonly maxNodes: number) {}

  /** The batch signed by `keyId` with exactly this signature, if it has verified. */
  get(keyId: string, signature: Uint8Array): Batch | undefined {
    const last = this.last;
    if (last && last.keyId === keyId && sameBytes(last.signature, signature)) return last.batch;
    const batch = this.batches.get(batchId(keyId, signature));
    if (batch) this.last = { keyId, signature, batch };
    return batch;
  }

  add(keyId: string, signature: Uint8Array, root: NodeString): Batch {
    const batch = new Batch(root);
    if (this.maxNodes > 0) this.batches.set(batchId(keyId, signature), batch);
    return batch;
  }

  /** Records nodes of a batch as proven, keeping the total bounded. */
  prove(batch: Batch, nodes: readonly NodeString[]): void {
    if (this.maxNodes <= 0) return;
    this.nodeCount += batch.addAll(nodes);
    while (this.nodeCount > this.maxNodes) {
      const oldest = this.batches.entries().next();
      if (oldest.done) break;
      this.batches.delete(oldest.value[0]);
      this.nodeCount -= oldest.value[1].size;
      if (this.last?.batch === oldest.value[1]) this.last = undefined;
      if (oldest.value[1] === batch) break;
    }
  }

  get size(): number {
    return this.batches.size;
  }
}

export class Batch {
  // Nodes are kept as the latin1 strings the climb computes: no conversion per lookup.
  private readonly nodes = new Set<NodeString>();
  constructor(readonly root: NodeString) {}

  has(node: NodeString): boolean {
    return this.nodes.has(node);
  }

  addAll(nodes: readonly NodeString[]): number {
    const before = this.nodes.size;
    for (const n of nodes) this.nodes.add(n);
    return this.nodes.size - before;
  }

  get size(): number {
    return this.nodes.size;
  }
}

/** A leaf already proven (half of a batch's messages): one answer for all of them. */
const LEAF_PROVEN: Climb = Object.freeze({ proven: true, nodes: [] as NodeString[] });

export type Climb =
  /**
   * The path reached a node already proven in this batch; `nodes` are the ones it passed on
   * the way (the leaf, siblings and nodes below the proven one), now proven too.
   */
  | { proven: true; nodes: NodeString[] }
  /** The path reached a root; `nodes` are every node it passed, to prove if the root is good. */
  | { proven: false; root: NodeString; nodes: NodeString[] }
  /** The path cannot belong to a tree of that size at that index. */
  | null;

/**
 * Climbs from a message digest along its audit path (RFC 9162 §2.1.3.2), stopping early at a
 * node proven in `batch`.
 */
export function climb(
  digest: Uint8Array,
  index: number,
  count: number,
  path: MerklePath,
  batch: Batch | undefined,
): Climb {
  if (!isPathPosition(index, count, path.length)) return null;
  const leaf = leafHashString(digest);
  if (batch?.has(leaf)) return LEAF_PROVEN;
  const nodes: NodeString[] = [leaf];
  const end = climbPath(leaf, index, count, path, (sibling, node) => {
    if (batch?.has(node)) {
      // Without recording these, every later message under the same subtree would climb
      // the same way again: about log2(batch) hashes each instead of one or two.
      nodes.push(nodeString(sibling));
      return true;
    }
    nodes.push(nodeString(sibling), node);
    return false;
  });
  if (!end) return null;
  return end.stopped ? { proven: true, nodes } : { proven: false, root: end.node, nodes };
}

function batchId(keyId: string, signature: Uint8Array): string {
  return keyId + "\0" + nodeString(signature);
}

// Signatures are public: a plain loop, cheaper for 64 bytes than a call into C++.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
