import { TongbaoError } from "@tongbao/errors";
import { messageDigest, rootSigningInput } from "../crypto/digest.js";
import { merkleTree } from "../crypto/merkle.js";
import type { Signer } from "../crypto/types.js";
import { encodeSealedEnvelope, signaturePrefix } from "./envelope-bytes.js";
import type { SealedBatch, SealItem } from "./types.js";

/** Largest batch one signature covers: bounds the inclusion path at 16 hashes. */
export const MAX_BATCH = 65_536;

/**
 * Seals a batch: one Merkle tree over the signed digests of the items, ONE signature over its
 * root, and for each item an encoded SignedEnvelope carrying that signature with the item's
 * own inclusion path, so each envelope still verifies on its own.
 */
export function sealBatchWithDigests(items: readonly SealItem[], signer: Signer): SealedBatch {
  if (items.length === 0 || items.length > MAX_BATCH) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `a sealed batch holds 1 to ${MAX_BATCH} messages, not ${items.length}`,
      { path: "items" },
    );
  }
  return sealDigested(
    items,
    items.map((item) => messageDigest(item.header, item.payload)),
    signer,
  );
}

/**
 * sealBatchWithDigests for items whose signed digests the caller has already computed (the
 * publisher needs each one for its producer chain before sealing): hashing every payload
 * again would double the SHA-256 work of a publish. `digests[i]` must be
 * messageDigest(items[i].header, items[i].payload); the batch size is the caller's to bound.
 */
export function sealDigested(
  items: readonly SealItem[],
  digests: Buffer[],
  signer: Signer,
): SealedBatch {
  const { root, paths } = merkleTree(digests);
  const value = signer.suite.sign(signer.privateKey, rootSigningInput(root));
  const prefix = signaturePrefix(signer.keyId, signer.suite.algorithm, value, items.length);
  const envelopes = items.map((item, i) =>
    encodeSealedEnvelope(item.header, item.payload, prefix, paths[i] ?? [], i, item.frame),
  );
  return { envelopes, digests, root };
}

/** Encoded SignedEnvelopes of a batch, in order (see sealBatchWithDigests). */
export function sealBatch(items: readonly SealItem[], signer: Signer): Uint8Array[] {
  return sealBatchWithDigests(items, signer).envelopes;
}
