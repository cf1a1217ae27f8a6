import { parentPort } from "node:worker_threads";
import { EnvelopeHasher, HASH_RECORD_BYTES } from "../envelope/envelope-hasher.js";
import type { HashJob } from "./hashing-thread.js";

// The thread a replay's hashing runs in: each job is a chunk of envelopes; its buffers go back,
// with the hash records written, as the answer.
const hasher = new EnvelopeHasher();

parentPort?.on("message", (job: HashJob) => {
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
