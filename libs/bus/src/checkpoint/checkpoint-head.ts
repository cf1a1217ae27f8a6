import { TongbaoError } from "@tongbao/errors";
import { suiteFor } from "../crypto/suites.js";
import type { Signer } from "../crypto/types.js";
import type { KeyResolver } from "../envelope/types.js";
import { ADMIN_ORG } from "../registry/types.js";

/**
 * A signed tree head over a range of a stream (a checkpoint): the bus read the range, verified
 * every message against its originator's key, and sealed the digests of those that verified,
 * in stream order, into a Merkle tree (RFC 9162 hashing, as `crypto/merkle.ts`). Successive
 * checkpoints of a stream form a transparency log: `treeSize` and `treeRoot` are those of the
 * tree over every range sealed so far, and `consistency` proves that tree extends the one of
 * the previous checkpoint.
 */
export interface CheckpointHead {
  stream: string;
  /** 1 for a stream's first checkpoint, then one more each. */
  index: number;
  /** The range sealed: every stored message from `firstSeq` through `lastSeq`. */
  firstSeq: number;
  lastSeq: number;
  /** Leaves of the range: the messages in it that verified. */
  size: number;
  /** Root of the range's own tree (what a replay of the range recomputes). */
  rangeRoot: Buffer;
  /** Leaves and root of the log's tree, every range so far. */
  treeSize: number;
  treeRoot: Buffer;
  /** Sequences in the range that failed verification when it was sealed: not leaves. */
  excluded: number[];
  time: Date;
  /** The registry admin key that signed it. */
  keyId: string;
}

/** A checkpoint as stored: the signed head, its signature, and what is checked without one. */
export interface Checkpoint extends CheckpointHead {
  algorithm: number;
  signature: Buffer;
  /** RFC 9162 consistency proof from the previous checkpoint's tree to this one's. */
  consistency: Buffer[];
  /** The log tree's frontier (LogTree), checked against `treeRoot`: where sealing resumes. */
  frontier: Buffer[];
}

/** Domain prefix of the bytes a checkpoint signature covers (apart from every other signature). */
export const CHECKPOINT_DOMAIN = "tongbao/checkpoint/v1\0";

/** The exact bytes signed: the domain, then the head's fields in a fixed order as JSON. */
export function checkpointSigningInput(h: CheckpointHead): Buffer {
  const fields = [
    h.stream,
    h.index,
    h.firstSeq,
    h.lastSeq,
    h.size,
    h.rangeRoot.toString("base64"),
    h.treeSize,
    h.treeRoot.toString("base64"),
    h.excluded,
    h.time.toISOString(),
    h.keyId,
  ];
  return Buffer.from(CHECKPOINT_DOMAIN + JSON.stringify(fields), "utf8");
}

export function signCheckpoint(
  head: CheckpointHead,
  signer: Signer,
  consistency: Buffer[],
  frontier: Buffer[],
): Checkpoint {
  const signature = Buffer.from(signer.suite.sign(signer.privateKey, checkpointSigningInput(head)));
  return { ...head, algorithm: signer.suite.algorithm, signature, consistency, frontier };
}

/**
 * Checks a checkpoint's signature: by a registry admin key (the root of trust, who already
 * decides every organisation's keys), with that key's algorithm. Throws TB_ERR_CHECKPOINT.
 */
export async function checkCheckpointSignature(c: Checkpoint, admins: KeyResolver): Promise<void> {
  const key = admins.cachedKey?.(c.keyId) ?? (await admins.key(c.keyId));
  if (!key || key.orgId !== ADMIN_ORG) {
    throw bad(c, `is signed by "${c.keyId}", which is not a registry admin key`);
  }
  if (key.algorithm !== c.algorithm) throw bad(c, `does not use the algorithm of key "${c.keyId}"`);
  if (!suiteFor(key.algorithm).verify(key.publicKey, checkpointSigningInput(c), c.signature)) {
    throw bad(c, `has a signature by "${c.keyId}" that does not verify`);
  }
}

export function bad(c: { stream: string; index: number }, why: string): TongbaoError {
  return new TongbaoError("TB_ERR_CHECKPOINT", `checkpoint ${c.index} of ${c.stream} ${why}`, {
    details: { stream: c.stream, index: c.index },
  });
}

const b64 = (b: Buffer) => b.toString("base64");

/** The stored form: JSON, hashes and signature in base64. */
export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  return Buffer.from(
    JSON.stringify({
      v: 1,
      stream: c.stream,
      index: c.index,
      firstSeq: c.firstSeq,
      lastSeq: c.lastSeq,
      size: c.size,
      rangeRoot: b64(c.rangeRoot),
      treeSize: c.treeSize,
      treeRoot: b64(c.treeRoot),
      excluded: c.excluded,
      time: c.time.toISOString(),
      keyId: c.keyId,
      algorithm: c.algorithm,
      signature: b64(c.signature),
      consistency: c.consistency.map(b64),
      frontier: c.frontier.map(b64),
    }),
  );
}

/** Parses a stored checkpoint; throws TB_ERR_CHECKPOINT naming the field that is wrong. */
export function decodeCheckpoint(bytes: Uint8Array, where: string): Checkpoint {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(Buffer.from(bytes).toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new TongbaoError("TB_ERR_CHECKPOINT", `checkpoint ${where} is not JSON`);
  }
  const fail = (field: string): never => {
    throw new TongbaoError(
      "TB_ERR_CHECKPOINT",
      `checkpoint ${where}: "${field}" is missing or invalid`,
      {
        path: field,
      },
    );
  };
  if (v === null || typeof v !== "object" || v["v"] !== 1) fail("v");
  const int = (f: string, min: number): number => {
    const n = v[f];
    return typeof n === "number" && Number.isSafeInteger(n) && n >= min ? n : fail(f);
  };
  const str = (f: string): string =>
    typeof v[f] === "string" && v[f] !== "" ? (v[f] as string) : fail(f);
  const hash = (f: string, x: unknown = v[f]): Buffer => {
    const b = typeof x === "string" ? Buffer.from(x, "base64") : undefined;
    return b?.length === 32 ? b : fail(f);
  };
  const hashes = (f: string): Buffer[] =>
    Array.isArray(v[f]) ? (v[f] as unknown[]).map((x) => hash(f, x)) : fail(f);
  const excluded =
    Array.isArray(v["excluded"]) && v["excluded"].every((s) => Number.isSafeInteger(s))
      ? (v["excluded"] as number[])
      : fail("excluded");
  const time = new Date(str("time"));
  if (Number.isNaN(time.getTime())) fail("time");
  const signature =
    typeof v["signature"] === "string" ? Buffer.from(v["signature"], "base64") : fail("signature");
  return {
    stream: str("stream"),
    index: int("index", 1),
    firstSeq: int("firstSeq", 1),
    lastSeq: int("lastSeq", 1),
    size: int("size", 0),
    rangeRoot: hash("rangeRoot"),
    treeSize: int("treeSize", 0),
    treeRoot: hash("treeRoot"),
    excluded,
    time,
    keyId: str("keyId"),
    algorithm: int("algorithm", 0),
    signature,
    consistency: hashes("consistency"),
    frontier: hashes("frontier"),
  };
}
