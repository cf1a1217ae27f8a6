import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SigningKeyInfo } from "../envelope/types.js";

/**
 * A chunk of envelopes for a hashing worker. Its buffers are moved to the thread and back,
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

/** A public key taught to the workers, so that they check signatures by it. */
export interface TaughtKey {
  keyId: string;
  algorithm: number;
  publicKey: Uint8Array;
}

/** A job's buffers as they come back: with the records written, or null if the thread failed. */
export type HashedJob = Omit<HashJob, "id" | "count">;

interface PoolWorker {
  worker: Worker;
  waiting: Map<number, (done: HashedJob | null) => void>;
  /** The worker has loaded its modules and said so: jobs sent now start at once. */
  ready: boolean;
}

/** What a worker sends once its modules are loaded, before any job. */
export const WORKER_READY = "ready";

/**
 * The worker threads of this process that hash envelopes for replays and check their
 * signatures (EnvelopeHasher, SignatureChecks): one Ed25519 check costs about 120 µs, so a
 * range signed one message at a time verifies only as fast as the cores that check it. Each
 * job goes to the worker with the fewest waiting; results come back per job, and the reader
 * takes them in its own order. Started by `warm()` (or the first job) and shared by every
 * replay; a worker takes jobs only once it has loaded (`ready`), which takes 100–200 ms, so a
 * replay does its first chunks on its own thread rather than wait for it. The workers do not
 * keep the process alive while no job is waiting. A worker that fails settles its jobs
 * null and is not used again; the caller then verifies those envelopes on its own thread.
 */
export class HashingPool {
  private readonly workers: PoolWorker[] = [];
  private started: Promise<void> | undefined;
  private nextId = 1;
  /** What the workers were taught, by key id: a verdict counts only under this same key. */
  private readonly taught = new Map<string, TaughtKey>();

  /**
   * @param size workers (default os.availableParallelism())
   * @param spawn starts one worker (hashing-worker); tests give one that fails.
   */
  constructor(
    readonly size: number = availableParallelism(),
    private readonly spawn: () => Worker = spawnHashingWorker,
  ) {}

  /** Workers alive (0 before first use, and once all have failed). */
  get alive(): number {
    return this.workers.length;
  }

  /** True once a worker can take jobs; until then a caller does the work itself. */
  get ready(): boolean {
    return this.workers.some((w) => w.ready);
  }

  /**
   * Starts the workers if they are not started yet; settles when each has loaded or failed.
   * A replay calls it as soon as it knows its range is long, so that the workers load while
   * it connects, writes its audit record and reads its first messages.
   */
  warm(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /**
   * Hands the job's buffers to a worker; resolves with them once the records are written, or
   * with null when no worker can (the buffers are then lost with it).
   */
  run(job: Omit<HashJob, "id">): Promise<HashedJob | null> {
    void this.warm();
    let chosen: PoolWorker | undefined;
    for (const w of this.workers) {
      if (w.ready && (!chosen || w.waiting.size < chosen.waiting.size)) chosen = w;
    }
    // None loaded yet: the first that is takes it (a job is never lost to a slow start).
    chosen ??= this.workers[0];
    if (!chosen) return Promise.resolve(null);
    const w = chosen;
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (w.waiting.size === 0) w.worker.ref();
      w.waiting.set(id, resolve);
      w.worker.postMessage({ ...job, id } satisfies HashJob, [job.input, job.ends, job.output]);
    });
  }

  /**
   * Teaches the workers a key the caller has resolved and trusts, so that jobs sent from now
   * on carry their signature verdicts under it. A key id is taught once.
   */
  teach(key: SigningKeyInfo): void {
    if (this.taught.has(key.keyId)) return;
    const taught = { keyId: key.keyId, algorithm: key.algorithm, publicKey: key.publicKey };
    this.taught.set(key.keyId, taught);
    for (const w of this.workers) w.worker.postMessage({ key: taught });
  }

  /** True when a verdict of the workers under `key.keyId` was reached with this very key. */
  checkedWith(key: SigningKeyInfo): boolean {
    const taught = this.taught.get(key.keyId);
    return (
      taught !== undefined &&
      taught.algorithm === key.algorithm &&
      Buffer.from(taught.publicKey).equals(key.publicKey)
    );
  }

  private async start(): Promise<void> {
    const loading: Promise<void>[] = [];
    for (let i = 0; i < Math.max(1, this.size); i++) {
      let worker: Worker;
      try {
        worker = this.spawn();
      } catch {
        continue;
      }
      const w: PoolWorker = { worker, waiting: new Map(), ready: false };
      let loaded!: () => void;
      loading.push(new Promise((resolve) => (loaded = resolve)));
      worker.on("message", (job: HashJob | typeof WORKER_READY) => {
        if (job === WORKER_READY) {
          w.ready = true;
          loaded();
        } else this.settle(w, job.id, job);
      });
      worker.on("error", () => {
        this.fail(w);
        loaded();
      });
      worker.on("exit", () => {
        this.fail(w);
        loaded();
      });
      worker.unref();
      for (const key of this.taught.values()) worker.postMessage({ key });
      this.workers.push(w);
    }
    await Promise.all(loading);
  }

  private settle(w: PoolWorker, id: number, done: HashedJob | null): void {
    const resolve = w.waiting.get(id);
    w.waiting.delete(id);
    if (w.waiting.size === 0) w.worker.unref();
    resolve?.(done);
  }

  private fail(w: PoolWorker): void {
    const at = this.workers.indexOf(w);
    if (at >= 0) this.workers.splice(at, 1);
    for (const id of [...w.waiting.keys()]) this.settle(w, id, null);
  }
}

/**
 * The worker, from the module beside this one. Run from the TypeScript sources (the test
 * suite), the worker loads them through tsx, which Node does not do for a worker by itself.
 */
function spawnHashingWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".js")) {
    return new Worker(new URL("./hashing-worker.js", here), { resourceLimits: WORKER_LIMITS });
  }
  const source = new URL("./hashing-worker.ts", here).href;
  return new Worker(
    `(await import("tsx/esm/api")).register(); await import(${JSON.stringify(source)});`,
    { eval: true, resourceLimits: WORKER_LIMITS },
  );
}

/**
 * A worker's young generation, capped: left to itself V8 grows it to 32 MiB per thread over
 * a long replay (traced: the workers' heaps were most of a 200,000-message replay's RSS
 * growth), though what a worker keeps between jobs is a few remembered signatures. Its
 * garbage is short-lived, so small semi-spaces cost it nothing measurable.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

/** The pool every replay of this process shares. */
export const hashingPool = new HashingPool();
