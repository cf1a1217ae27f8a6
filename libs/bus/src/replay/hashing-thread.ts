import { Worker } from "node:worker_threads";

/**
 * A chunk of envelopes for the hashing thread. Its buffers are moved to the thread and back,
 * not copied (and not shared: copying into shared memory costs five times as much).
 */
export interface HashJob {
  id: number;
  /** The envelopes, one after another. */
  input: ArrayBuffer;
  /** Int32 end offset of each envelope in `input`. */
  ends: ArrayBuffer;
  /** HASH_RECORD_BYTES per envelope, written by the thread. */
  output: ArrayBuffer;
  count: number;
}

/** A job's buffers as they come back: with the records written, or null if the thread failed. */
export type HashedJob = Omit<HashJob, "id" | "count">;

/**
 * The one thread of this process that hashes envelopes for replays (EnvelopeHasher): a
 * verified replay spends most of its time hashing, and on its own thread that work runs
 * beside the reading and decoding instead of after it. Started on first use and shared by
 * every replay; it does not keep the process alive while no job is waiting. If it fails, its
 * jobs settle null and the caller verifies those envelopes on its own thread.
 */
export class HashingThread {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (done: HashedJob | null) => void>();

  /** @param spawn starts the worker (hashing-worker); tests give one that fails. */
  constructor(private readonly spawn: () => Worker = spawnHashingWorker) {}

  /**
   * Hands the job's buffers to the thread; resolves with them once the records are written,
   * or with null when the thread cannot (the buffers are then lost with it).
   */
  run(job: Omit<HashJob, "id">): Promise<HashedJob | null> {
    const worker = this.started();
    if (!worker) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.waiting.size === 0) worker.ref();
      this.waiting.set(id, resolve);
      worker.postMessage({ ...job, id } satisfies HashJob, [job.input, job.ends, job.output]);
    });
  }

  private started(): Worker | undefined {
    if (this.broken) return undefined;
    if (this.worker) return this.worker;
    try {
      const worker = this.spawn();
      worker.on("message", (job: HashJob) => this.settle(job.id, job));
      worker.on("error", () => this.fail());
      worker.on("exit", () => this.fail());
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return undefined;
    }
  }

  private settle(id: number, done: HashedJob | null): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
    resolve?.(done);
  }

  private fail(): void {
    this.broken = true;
    this.worker = undefined;
    for (const id of [...this.waiting.keys()]) this.settle(id, null);
  }
}

/**
 * The worker, from the module beside this one. Run from the TypeScript sources (the test
 * suite), the worker loads them through tsx, which Node does not do for a worker by itself.
 */
function spawnHashingWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".js")) return new Worker(new URL("./hashing-worker.js", here));
  const source = new URL("./hashing-worker.ts", here).href;
  return new Worker(
    `(await import("tsx/esm/api")).register(); await import(${JSON.stringify(source)});`,
    { eval: true },
  );
}

export const hashingThread = new HashingThread();
