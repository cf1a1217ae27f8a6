import { parentPort } from "node:worker_threads";
import type { SignatureView } from "@tongbao/contracts";
import { rootSigningInput } from "../crypto/digest.js";
import { suiteFor } from "../crypto/suites.js";
import { EnvelopeHasher, HASH_RECORD_BYTES } from "../envelope/envelope-hasher.js";
import { WORKER_READY, type HashJob, type TaughtKey } from "./hashing-pool.js";

// A thread a replay's hashing and signature checks run in: each job is a chunk of envelopes;
// its buffers go back, with the hash records and verdicts written, as the answer. Keys come
// from the replay, which resolved them in the registry; an envelope under a key not taught
// yet gets no verdict and is checked by the replay itself.
const keys = new Map<string, TaughtKey>();

/** Signatures found to hold, with the root they hold over: a sealed batch costs one check. */
const held = new Map<string, string>();
const HELD_MAX = 4_096;

function holds(sig: SignatureView, root: string): boolean {
  const key = keys.get(sig.keyId);
  if (!key || key.algorithm !== sig.algorithm) return false;
  const value = Buffer.from(sig.value).toString("latin1");
  const known = held.get(value);
  if (known !== undefined) return known === root;
  let ok: boolean;
  try {
    ok = suiteFor(sig.algorithm).verify(
      key.publicKey,
      rootSigningInput(Buffer.from(root, "latin1")),
      sig.value,
    );
  } catch {
    return false;
  }
  if (!ok) return false;
  if (held.size >= HELD_MAX) held.clear();
  held.set(value, root);
  return true;
}

const hasher = new EnvelopeHasher(holds);

parentPort?.on("message", (m: HashJob | { key: TaughtKey }) => {
  if ("key" in m) {
    keys.set(m.key.keyId, m.key);
    return;
  }
  const job = m;
  const input = new Uint8Array(job.input);
  const ends = new Int32Array(job.ends);
  const out = Buffer.from(job.output);
  let start = 0;
  for (let i = 0; i < job.count; i++) {
    const end = ends[i]!;
    hasher.hash(input.subarray(start, end), out, i * HASH_RECORD_BYTES);
    start = end;
  }
  parentPort!.postMessage(job, [job.input, job.ends, job.output]);
});

// Loaded: from now on a job starts as soon as it arrives.
parentPort?.postMessage(WORKER_READY);
