import { createInbox, type Msg, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { inboxPrefixOf } from "./connection-inbox.js";
import { serverHas } from "./server-features.js";

/** One stored message as a direct get returns it. */
export interface ScannedMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  data: Uint8Array;
  headers: MsgHdrs | undefined;
}

/** Messages asked for per batched direct get: a registry of 300 organisations in a few requests. */
const BATCH = 256;

/**
 * Reads a stream in order by direct get (`next_by_subj` from the last sequence read): no
 * consumer is made, so a member account that was granted nothing but
 * `$JS.API.DIRECT.GET.<stream>` can read it, and the answers go back into its own account.
 * Ends at the last message matching `filter` that exists when the scan reaches it.
 *
 * On servers with batched direct get (2.11+) each request brings up to {@link BATCH}
 * messages; older ones are asked one message per request. A member's import must let the
 * owner account answer one request many times (`response_type: stream`): a plain one lets
 * the first answer through and the scan fails when the rest never come.
 */
export async function* scanStream(
  nc: NatsConnection,
  stream: string,
  filter: string,
  opts: { fromSeq?: number; timeoutMs?: number } = {},
): AsyncGenerator<ScannedMessage> {
  const subject = `$JS.API.DIRECT.GET.${stream}`;
  const timeoutMs = opts.timeoutMs ?? 5_000;
  const batched = serverHas(nc.info?.version, "batchDirectGet");
  let seq = opts.fromSeq ?? 1;
  for (;;) {
    const answers = batched
      ? requestBatch(nc, subject, { seq, next_by_subj: filter, batch: BATCH }, timeoutMs)
      : requestOne(nc, subject, { seq, next_by_subj: filter }, timeoutMs);
    let read = 0;
    let more = false;
    for await (const m of answers) {
      const code = m.headers?.code ?? 0;
      if (code === 404) return;
      // End of a batch: more may match beyond it (it was cut at BATCH), or none did.
      if (code === 204) {
        more = Number(m.headers?.get("Nats-Num-Pending") || "0") > 0;
        break;
      }
      if (code !== 0) {
        throw new TongbaoError(
          code === 503 ? "TB_ERR_FORBIDDEN" : "TB_ERR_UNAVAILABLE",
          `reading ${stream} by direct get: ${code} ${m.headers?.description ?? ""}`.trim(),
        );
      }
      const h = m.headers!;
      const found = Number(h.get("Nats-Sequence"));
      yield {
        seq: found,
        subject: h.get("Nats-Subject"),
        storedAt: new Date(h.get("Nats-Time-Stamp")),
        data: m.data,
        headers: h,
      };
      seq = found + 1;
      read++;
    }
    if (batched ? !more || read === 0 : read === 0) return;
  }
}

async function* requestOne(
  nc: NatsConnection,
  subject: string,
  request: object,
  timeoutMs: number,
): AsyncGenerator<Msg> {
  try {
    yield await nc.request(subject, JSON.stringify(request), { timeout: timeoutMs });
  } catch (err) {
    throw unavailable(subject, err);
  }
}

/**
 * One batched direct get: its answers, ended by a 204 (EOB) or 404 status. Read from a
 * subscription of its own rather than nats.js's `requestMany` sentinel, which ends at the
 * first message without data — and a KV delete marker is one.
 */
async function* requestBatch(
  nc: NatsConnection,
  subject: string,
  request: object,
  timeoutMs: number,
): AsyncGenerator<Msg> {
  const inbox = createInbox(inboxPrefixOf(nc));
  const sub = nc.subscribe(inbox);
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      sub.unsubscribe();
    }, timeoutMs);
  };
  try {
    arm();
    nc.publish(subject, JSON.stringify(request), { reply: inbox });
    for await (const m of sub) {
      arm();
      yield m;
      if ((m.headers?.code ?? 0) !== 0) return;
    }
    // Without its closing status the batch may be cut short: never end a scan on that.
    throw unavailable(
      subject,
      new Error(timedOut ? `no answer within ${timeoutMs} ms` : "the connection closed mid-batch"),
    );
  } finally {
    clearTimeout(timer);
    sub.unsubscribe();
  }
}

function unavailable(subject: string, err: unknown): TongbaoError {
  const stream = subject.slice("$JS.API.DIRECT.GET.".length);
  return new TongbaoError(
    "TB_ERR_UNAVAILABLE",
    `reading ${stream} by direct get failed: ${(err as Error).message}`,
    { cause: err },
  );
}
