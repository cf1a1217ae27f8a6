import { readEnvelope, type MerklePath, type SignatureView } from "@tongbao/contracts";
import { messageDigestString, sha256String } from "../crypto/digest.js";
import {
  climbPath,
  isPathPosition,
  leafHashOf,
  nodeString,
  type NodeString,
} from "../crypto/merkle.js";

/**
 * The hashing half of verifying an envelope, done apart from the rest so that it can run in
 * another thread: the payload's SHA-256, the signed digest, and the Merkle root that the
 * signature's inclusion path leads to. Nothing here is trusted on its own: the verifier
 * compares the payload hash with the signed header, checks the signature over the root and
 * everything about the key itself (`EnvelopeVerifier.verifyHashed`).
 *
 * Each result is a fixed record of HASH_RECORD_BYTES:
 *
 *   status (1) ‖ SHA-256(payload) (32) ‖ signed digest (32) ‖ Merkle root (32) ‖ verdict (1)
 *
 * Status HASHED means the three hashes are there; NOT_HASHED means this envelope takes the
 * verifier's ordinary path (unreadable, not exactly one signature, a path that cannot belong
 * to its tree), which also names what is wrong with it. The verdict is SIGNATURE_HOLDS when a
 * hasher given a signature check (a replay's worker, taught the registry's keys) found the
 * signature to hold over that root under the key its id names; anything else proves nothing
 * and leaves the check to the verifier.
 */
export const HASH_RECORD_BYTES = 98;
export const HASHED = 1;
export const NOT_HASHED = 0;
export const PAYLOAD_HASH_AT = 1;
export const DIGEST_AT = 33;
export const ROOT_AT = 65;
export const VERDICT_AT = 97;
export const SIGNATURE_HOLDS = 1;

/** Checks a signature over a Merkle root (a latin1 NodeString); false when it cannot tell. */
export type RootSignatureCheck = (sig: SignatureView, root: string) => boolean;

/**
 * Nodes remembered with the root they lead to. A climb that reaches a remembered node stops
 * there: that node is in the tree of that root, so the leaf is too, whatever the rest of this
 * message's path says (the verifier's proven-node cache rests on the same fact, after the
 * signature). Siblings are remembered as well, so the next leaf of a group usually stops at
 * its own hash: about two tree hashes per message instead of log2(group size) + 1.
 */
const MEMO_NODES = 8_192;

export class EnvelopeHasher {
  private readonly roots = new Map<NodeString, NodeString>();
  private readonly passed: NodeString[] = [];

  constructor(private readonly checkSignature?: RootSignatureCheck) {}

  /** Hashes one envelope into `out` at `at` (HASH_RECORD_BYTES). */
  hash(bytes: Uint8Array, out: Buffer, at: number): void {
    out[at] = NOT_HASHED;
    out[at + VERDICT_AT] = 0;
    let envelope;
    try {
      envelope = readEnvelope(bytes);
    } catch {
      return;
    }
    const sig = envelope.signatures.length === 1 ? envelope.signatures[0]! : undefined;
    if (!sig) return;
    const payloadSha256 = sha256String(envelope.payload);
    const digest = messageDigestString(envelope.header, payloadSha256);
    const root = this.rootOf(digest, sig.leafIndex, sig.leafCount, sig.merklePath);
    if (root === undefined) return;
    out.write(payloadSha256, at + PAYLOAD_HASH_AT, 32, "latin1");
    out.write(digest, at + DIGEST_AT, 32, "latin1");
    out.write(root, at + ROOT_AT, 32, "latin1");
    out[at + VERDICT_AT] = this.checkSignature?.(sig, root) ? SIGNATURE_HOLDS : 0;
    out[at] = HASHED;
  }

  private rootOf(
    digest: string,
    index: number,
    count: number,
    path: MerklePath,
  ): NodeString | undefined {
    if (!isPathPosition(index, count, path.length)) return undefined;
    const leaf = leafHashOf(digest);
    const known = this.roots.get(leaf);
    if (known !== undefined) return known;
    const passed = this.passed;
    passed.length = 0;
    passed.push(leaf);
    let root: NodeString | undefined;
    const end = climbPath(leaf, index, count, path, (sibling, node) => {
      passed.push(nodeString(sibling));
      root = this.roots.get(node);
      if (root !== undefined) return true;
      passed.push(node);
      return false;
    });
    if (!end) return undefined;
    root ??= end.node;
    if (this.roots.size + passed.length > MEMO_NODES) this.roots.clear();
    for (const n of passed) this.roots.set(n, root);
    return root;
  }
}
