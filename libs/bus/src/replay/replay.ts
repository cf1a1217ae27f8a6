import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { TongbaoError, toTongbaoError } from "@tongbao/errors";
import { AuditLog } from "../audit/audit-log.js";
import type { Checkpoint } from "../checkpoint/checkpoint-head.js";
import {
  readUnverified,
  type SigningKeyInfo,
  type VerifiedEnvelope,
  type VerifyContext,
} from "../envelope/mod.js";
import { CheckpointedRange } from "./checkpointed-range.js";
import { compileFilter } from "./replay-filter.js";
import { HashedReader } from "./hashed-reader.js";
import { hashingPool } from "./hashing-pool.js";
import { OrderedReader, type StoredMessage } from "./ordered-reader.js";
import { ReplayTally } from "./replay-tally.js";
import type { ReplayOptions, ReplayPoint, ReplaySummary, ReplayedMessage } from "./types.js";

type SyncVerifier = (bytes: Uint8Array, ctx: VerifyContext) => VerifiedEnvelope | undefined;
type HashedVerifier = (
  bytes: Uint8Array,
  ctx: VerifyContext,
  records: Uint8Array,
  at: number,
  checkedWith?: (key: SigningKeyInfo) => boolean,
) => VerifiedEnvelope | undefined;
type IncludedVerifier = (
  bytes: Uint8Array,
  ctx: VerifyContext,
  records?: Uint8Array,
  at?: number,
) => VerifiedEnvelope | undefined;
type IncludedFetcher = (bytes: Uint8Array, ctx: VerifyContext) => Promise<VerifiedEnvelope>;

/** Ranges at least this long are hashed in the hashing pool (unless `hashingThread` says). */
const HASHING_THREAD_MIN = 2_048;

const ACTOR = /^[a-z0-9_-]{1,64}$/;

/** A running replay: iterate it for the messages; `summary` settles when iteration ends. */
export interface Replay extends AsyncIterable<ReplayedMessage> {
  readonly summary: Promise<ReplaySummary>;
}

/**
 * Replays a stream range through an ordered consumer, verified by default, with bounded
 * memory: messages are pulled in batches only as the reader asks for more, so a slow reader
 * holds back the pull instead of filling memory. Before the first message is read, an audit
 * record (who, which range, which filters, why) is stored in TB_AUDIT; when the replay ends,
 * a second one carries its summary.
 *
 * Verification is amortised by the verifier: the messages of one publisher batch share one
 * signed Merkle root, so one signature check covers the batch and the rest is hashing. Long
 * ranges are hashed, and their signatures checked, in the hashing pool's worker threads, one
 * per core. A range sealed by a checkpoint (`checkpoints`) and read whole is verified by the
 * checkpoint's one signature and by recomputing the range's tree from the messages read,
 * unless `full` asks for every originator's signature (libs/bus/src/replay/README.md).
 * Messages that fail verification are not yielded; they are listed, with their stream
 * sequence and reason, in the summary.
 */
export function replay(opts: ReplayOptions): Replay {
  checkOptions(opts);
  let settle!: { resolve: (s: ReplaySummary) => void; reject: (e: unknown) => void };
  const summary = new Promise<ReplaySummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A summary nobody awaits must not become an unhandled rejection.
  summary.catch(() => {});
  let started = false;
  return {
    summary,
    [Symbol.asyncIterator]() {
      if (started) throw new TongbaoError("TB_ERR_BAD_REQUEST", "a replay can be iterated once");
      started = true;
      return run(opts, settle);
    },
  };
}

async function* run(
  opts: ReplayOptions,
  settle: { resolve: (s: ReplaySummary) => void; reject: (e: unknown) => void },
): AsyncGenerator<ReplayedMessage> {
  const js = jetstream(opts.nc);
  const jsm = await jetstreamManager(opts.nc);
  const verify = opts.verify ?? true;
  const matches = compileFilter(opts.filter);
  const info = await jsm.streams.info(opts.stream).catch((err: unknown) => {
    throw new TongbaoError("TB_ERR_NOT_FOUND", `stream ${opts.stream}: ${String(err)}`, {
      path: "stream",
      cause: err,
    });
  });
  const endSeq = Math.min(
    opts.to && "seq" in opts.to ? opts.to.seq : info.state.last_seq,
    info.state.last_seq,
  );
  const endTime = opts.to && "time" in opts.to ? opts.to.time.getTime() : undefined;
  const hashedVerify = (opts.verifier as { verifyHashed?: HashedVerifier }).verifyHashed?.bind(
    opts.verifier,
  );
  const startSeq = "seq" in opts.from ? opts.from.seq : undefined;
  const rangeLength = endSeq - (startSeq ?? info.state.first_seq) + 1;
  const pool = opts.pool ?? hashingPool;
  const useWorkers =
    verify &&
    hashedVerify !== undefined &&
    (opts.hashingThread ?? rangeLength >= HASHING_THREAD_MIN);
  // The workers load (100–200 ms) while the audit record is written and the first messages
  // verified here; chunks go to them once they are up.
  if (useWorkers) void pool.warm();
  const audit = new AuditLog(js);
  const { actor, reason } = opts.audit;
  const receipt = await audit.write({
    action: "replay",
    actor,
    reason,
    detail: {
      phase: "start",
      stream: opts.stream,
      from: point(opts.from),
      to: opts.to ? point(opts.to) : { seq: endSeq },
      endSeq,
      filter: describeFilter(opts),
      verify,
    },
  });

  const tally = new ReplayTally(endSeq, opts.onProgress, opts.progressIntervalMs ?? 500, (err) =>
    opts.logger?.warn({ err }, "replay progress callback threw"),
  );
  const sync = (opts.verifier as { verifySync?: SyncVerifier }).verifySync?.bind(opts.verifier);
  const includedSync = (
    opts.verifier as { verifyIncludedSync?: IncludedVerifier }
  ).verifyIncludedSync?.bind(opts.verifier);
  const includedFetch = (
    opts.verifier as { verifyIncluded?: IncludedFetcher }
  ).verifyIncluded?.bind(opts.verifier);
  // A subject filter read on the server shows a range only in part: no tree to recompute.
  const log =
    verify && !opts.full && !opts.filter?.subject && includedSync && includedFetch
      ? opts.checkpoints
      : undefined;
  let reader: OrderedReader | undefined;
  let complete = false;
  let failure: unknown;
  try {
    /** The first sequence read: a checkpoint whose range starts before it is not read whole. */
    let firstRead = startSeq;
    // A range stands for its messages only when the replay reads all of it.
    const wholeRange = (seq: number): Checkpoint | undefined => {
      const c = log?.covering(seq);
      return c &&
        endTime === undefined &&
        firstRead !== undefined &&
        c.firstSeq >= firstRead &&
        c.lastSeq <= endSeq
        ? c
        : undefined;
    };
    if (startSeq === undefined || startSeq <= endSeq) {
      reader = await OrderedReader.open({
        nc: opts.nc,
        jsm,
        stream: opts.stream,
        from: opts.from,
        ...(opts.filter?.subject ? { filterSubject: opts.filter.subject } : {}),
        batch: messagesPerPull(info.state, opts.batchBytes ?? 4 * 1024 * 1024),
      });
      const hashed = useWorkers
        ? new HashedReader(reader, pool, (lo, hi) => !(wholeRange(lo) && wholeRange(hi)))
        : undefined;
      const checkedWith = (key: SigningKeyInfo) => pool.checkedWith(key);
      const source = hashed ?? reader;
      /** Verifies one message by its own signature. */
      const verifyOne = async (m: StoredMessage, viaRecords: boolean) => {
        const ctx = { subject: m.subject, storedAt: m.storedAt };
        try {
          // The synchronous path when the key is cached; a key fetch otherwise.
          const v =
            (viaRecords && hashed
              ? hashedVerify!(m.data, ctx, hashed.records, hashed.recordAt, checkedWith)
              : sync?.(m.data, ctx)) ?? (await opts.verifier.verify(m.data, ctx));
          // From now on the workers check this key's signatures too.
          if (hashed) pool.teach(v.key);
          return tally.verified(m, v);
        } catch (err) {
          tally.failed(m, err);
          return undefined;
        }
      };
      const emit = (out: ReplayedMessage | undefined): boolean => {
        if (!out || !matches(out.subject, out.header)) return false;
        tally.matched();
        return true;
      };
      let open: CheckpointedRange | undefined;
      /** The held range's messages, as verified by its checkpoint or, failing that, one by one. */
      async function* close(range: CheckpointedRange): AsyncGenerator<ReplayedMessage> {
        const why = range.mismatch();
        if (why === undefined) {
          tally.checkpointed(range.checkpoint);
          for (const { m, v } of range.held) {
            const out = tally.verified(m, v, range.checkpoint.index);
            if (emit(out)) yield out;
          }
          return;
        }
        const c = range.checkpoint;
        tally.failedWith({ seq: c.firstSeq, subject: "" }, "TB_ERR_CHECKPOINT", why);
        opts.logger?.warn({ stream: c.stream, checkpoint: c.index }, why);
        const all = [...range.held.map((h) => h.m), ...range.refused.map((r) => r.m)];
        for (const m of all.sort((a, b) => a.seq - b.seq)) {
          const out = await verifyOne(m, false);
          if (emit(out)) yield out!;
        }
      }
      for (let more = reader.pendingAtStart > 0; more;) {
        const m = source.take();
        if (m === undefined) {
          await source.ready();
          continue;
        }
        if (m.seq > endSeq || (endTime !== undefined && m.storedAt.getTime() > endTime)) break;
        firstRead ??= m.seq;
        tally.scanned(m.seq);
        more = m.seq < endSeq && m.pending > 0;
        const range = verify ? wholeRange(m.seq) : undefined;
        if (open && open.checkpoint !== range) {
          yield* close(open);
          open = undefined;
        }
        // A message that failed when the range was sealed is no leaf: it is checked alone.
        if (range && !range.excluded.includes(m.seq)) {
          open ??= new CheckpointedRange(range);
          const ctx = { subject: m.subject, storedAt: m.storedAt };
          try {
            const v =
              (hashed
                ? includedSync!(m.data, ctx, hashed.records, hashed.recordAt)
                : includedSync!(m.data, ctx)) ?? (await includedFetch!(m.data, ctx));
            open.add(m, v);
          } catch (err) {
            open.refuse(m, err);
          }
          tally.settled();
          continue;
        }
        const out = verify ? await verifyOne(m, true) : unverified(m, tally);
        tally.settled();
        if (emit(out)) yield out!;
      }
      if (open) yield* close(open);
    }
    complete = true;
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    await reader?.close();
    tally.report();
    const summary = tally.summary(opts.stream, complete, receipt.seq);
    try {
      await audit.write({
        action: "replay",
        actor,
        reason,
        detail: {
          phase: "end",
          startRecord: receipt.id,
          ...summary,
          failures: summary.failures.slice(0, 100),
          gaps: summary.gaps.slice(0, 100),
          ...(failure === undefined ? {} : { error: toTongbaoError(failure).toJSON() }),
        },
      });
    } catch (err) {
      opts.logger?.error({ err }, "the replay's closing audit record could not be stored");
    }
    if (failure === undefined) settle.resolve(summary);
    else settle.reject(failure);
  }
}

/** An envelope decoded for inspection only (operators' tools), never acted on. */
function unverified(m: StoredMessage, tally: ReplayTally): ReplayedMessage | undefined {
  try {
    const { envelope, header } = readUnverified(m.data);
    const { seq, subject, storedAt, data } = m;
    return {
      seq,
      subject,
      storedAt,
      data,
      header,
      payloadBytes: envelope.payload,
      verified: false,
    };
  } catch (err) {
    tally.failed(m, err);
    return undefined;
  }
}

/**
 * Messages per pull: as many as fit in `batchBytes` at the stream's average stored size, at
 * most 1,000 (beyond that a larger pull buys nothing and holds more memory).
 */
function messagesPerPull(state: { messages: number; bytes: number }, batchBytes: number): number {
  const average = state.messages > 0 ? state.bytes / state.messages : 1024;
  return Math.max(1, Math.min(1_000, Math.floor(batchBytes / average)));
}

function point(p: ReplayPoint): Record<string, unknown> {
  return "seq" in p ? { seq: p.seq } : { time: p.time.toISOString() };
}

function describeFilter(opts: ReplayOptions): Record<string, unknown> {
  const f = opts.filter ?? {};
  return {
    ...f,
    ...(f.timeWindow
      ? {
          timeWindow: {
            from: f.timeWindow.from?.toISOString(),
            to: f.timeWindow.to?.toISOString(),
          },
        }
      : {}),
  };
}

function checkOptions(opts: ReplayOptions): void {
  const bad = (path: string, why: string) => new TongbaoError("TB_ERR_BAD_REQUEST", why, { path });
  if (!opts.audit || !ACTOR.test(opts.audit.actor ?? "")) {
    throw bad("audit.actor", "a replay needs the actor's id (lower-case letters, digits, - and _)");
  }
  if (typeof opts.audit.reason !== "string" || opts.audit.reason.trim() === "") {
    throw bad("audit.reason", "a replay needs a reason, recorded in TB_AUDIT");
  }
  if (!opts.stream) throw bad("stream", "a replay needs a stream");
  const from = opts.from as Partial<{ seq: number; time: Date }> | undefined;
  if (!from || (from.seq === undefined && from.time === undefined)) {
    throw bad("from", "a replay starts from { seq } or { time }");
  }
  if (from.seq !== undefined && (!Number.isSafeInteger(from.seq) || from.seq < 1)) {
    throw bad("from.seq", "from.seq must be 1 or more");
  }
  if (from.time !== undefined && Number.isNaN(from.time.getTime())) {
    throw bad("from.time", "from.time is not a valid time");
  }
}
