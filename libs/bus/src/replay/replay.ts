import {
  jetstream,
  jetstreamManager,
  type Consumer as JsConsumer,
  type JsMsg,
  type OrderedConsumerOptions,
} from "@nats-io/jetstream";
import { TongbaoError, isTongbaoError, toTongbaoError } from "@tongbao/errors";
import { AuditLog } from "../audit/audit-log.js";
import { ChainTracker, type ChainBreak } from "../consumer/chain-tracker.js";
import { readUnverified, type VerifiedEnvelope, type VerifyContext } from "../envelope/mod.js";
import { compileFilter } from "./replay-filter.js";
import type {
  ReplayFailure,
  ReplayOptions,
  ReplayPoint,
  ReplayProgress,
  ReplaySummary,
  ReplayedMessage,
} from "./types.js";

const ACTOR = /^[a-z0-9_-]{1,64}$/;
const MAX_LISTED = 1_000;

/** A running replay: iterate it for the messages; `summary` settles when iteration ends. */
export interface Replay extends AsyncIterable<ReplayedMessage> {
  readonly summary: Promise<ReplaySummary>;
}

type SyncVerifier = (bytes: Uint8Array, ctx: VerifyContext) => VerifiedEnvelope | undefined;

/**
 * Replays a stream range through an ordered consumer, verified by default, with bounded
 * memory: messages are pulled in batches only as the reader asks for more, so a slow reader
 * holds back the pull instead of filling memory. Before the first message is read, an audit
 * record (who, which range, which filters, why) is stored in TB_AUDIT; when the replay ends,
 * a second one carries its summary.
 *
 * Verification is amortised by the verifier: the messages of one publisher batch share one
 * signed Merkle root, so one signature check covers the batch and the rest is hashing.
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
  const started = Date.now();
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

  const chains = new ChainTracker();
  const failures: ReplayFailure[] = [];
  const gaps: ChainBreak[] = [];
  const p: ReplayProgress = {
    scanned: 0,
    matched: 0,
    verified: 0,
    failed: 0,
    lastSeq: 0,
    endSeq,
    elapsedMs: 0,
  };
  let firstSeq = 0;
  let gapCount = 0;
  let complete = false;
  let lastProgress = Date.now();
  const interval = opts.progressIntervalMs ?? 500;
  const report = () => {
    p.elapsedMs = Date.now() - started;
    try {
      opts.onProgress?.({ ...p });
    } catch (err) {
      opts.logger?.warn({ err }, "replay progress callback threw");
    }
  };
  const verifier = opts.verifier as { verifySync?: SyncVerifier };
  const verifySync = verifier.verifySync?.bind(opts.verifier);

  let consumer: JsConsumer | undefined;
  let failure: unknown;
  try {
    const startSeq = "seq" in opts.from ? opts.from.seq : undefined;
    if (startSeq === undefined || startSeq <= endSeq) {
      consumer = await js.consumers.get(opts.stream, orderedOptions(opts));
      let pending = (await consumer.info(true)).num_pending;
      const batchSize = opts.batchSize ?? 500;
      const batchBytes = opts.batchBytes ?? 4 * 1024 * 1024;
      let reachedEnd = pending === 0;
      // Pulls ask for a count, never more than are pending (or the pull would wait out its
      // expiry at the end of the range), sized so a pull of the largest messages seen lately
      // stays within batchBytes.
      let largest = 1024;
      while (!reachedEnd) {
        const fits = Math.floor(batchBytes / largest);
        const batch = await consumer.fetch({
          max_messages: Math.max(1, Math.min(batchSize, fits, pending)),
          expires: 5_000,
        });
        let got = 0;
        largest = 1024;
        for await (const m of batch) {
          got++;
          pending = m.info.pending;
          if (m.data.length > largest) largest = m.data.length;
          if (m.seq > endSeq || (endTime !== undefined && m.time.getTime() > endTime)) {
            reachedEnd = true;
            break;
          }
          firstSeq ||= m.seq;
          p.scanned++;
          p.lastSeq = m.seq;
          let out: ReplayedMessage | undefined;
          if (verify) {
            const ctx = { subject: m.subject, storedAt: m.time };
            try {
              // The synchronous path when the key is cached; a key fetch otherwise.
              const v = verifySync?.(m.data, ctx) ?? (await opts.verifier.verify(m.data, ctx));
              out = accept(m, v);
            } catch (err) {
              fail(m, err);
            }
          } else {
            out = unverified(m);
          }
          if (out && matches(m.subject, out.header)) {
            p.matched++;
            yield out;
          }
          if (m.seq === endSeq || pending === 0) reachedEnd = true;
          if ((p.scanned & 1023) === 0 && Date.now() - lastProgress >= interval) {
            lastProgress = Date.now();
            report();
          }
          if (reachedEnd) break;
        }
        if (got === 0) pending = (await consumer.info()).num_pending;
        if (pending === 0) reachedEnd = true;
      }
    }
    complete = true;
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    await consumer?.delete().catch(() => {});
    report();
    const summary: ReplaySummary = {
      ...p,
      stream: opts.stream,
      firstSeq,
      failures,
      gaps,
      gapCount,
      complete,
      auditSeq: receipt.seq,
    };
    try {
      await audit.write({
        action: "replay",
        actor,
        reason,
        detail: {
          phase: "end",
          startRecord: receipt.id,
          ...summary,
          failures: failures.slice(0, 100),
          gaps: gaps.slice(0, 100),
          ...(failure === undefined ? {} : { error: toTongbaoError(failure).toJSON() }),
        },
      });
    } catch (err) {
      opts.logger?.error({ err }, "the replay's closing audit record could not be stored");
    }
    if (failure === undefined) settle.resolve(summary);
    else settle.reject(failure);
  }

  function accept(m: JsMsg, v: VerifiedEnvelope): ReplayedMessage {
    p.verified++;
    const brk = chains.observe({
      producerId: v.header.producerId,
      subject: m.subject,
      seq: Number(v.header.producerSeq),
      prevDigest: v.header.prevDigest,
      digest: v.digest,
      messageId: v.header.id,
    });
    if (brk) {
      gapCount++;
      if (gaps.length < MAX_LISTED) gaps.push(brk);
    }
    return {
      seq: m.seq,
      subject: m.subject,
      storedAt: m.time,
      data: m.data,
      header: v.header,
      payloadBytes: v.payloadBytes,
      verified: true,
      keyId: v.key.keyId,
    };
  }

  function unverified(m: JsMsg): ReplayedMessage | undefined {
    try {
      const { envelope, header } = readUnverified(m.data);
      return {
        seq: m.seq,
        subject: m.subject,
        storedAt: m.time,
        data: m.data,
        header,
        payloadBytes: envelope.payload,
        verified: false,
      };
    } catch (err) {
      fail(m, err);
      return undefined;
    }
  }

  function fail(m: JsMsg, err: unknown): void {
    p.failed++;
    if (failures.length >= MAX_LISTED) return;
    const e = isTongbaoError(err) ? err : toTongbaoError(err, "TB_ERR_INTERNAL");
    failures.push({ seq: m.seq, subject: m.subject, code: e.code, message: e.message });
  }
}

function orderedOptions(opts: ReplayOptions): Partial<OrderedConsumerOptions> {
  const o: Partial<OrderedConsumerOptions> = {};
  if (opts.filter?.subject) o.filter_subjects = opts.filter.subject;
  if ("seq" in opts.from) o.opt_start_seq = opts.from.seq;
  else o.opt_start_time = opts.from.time.toISOString();
  return o;
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
