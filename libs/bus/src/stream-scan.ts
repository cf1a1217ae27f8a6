import type { MsgHdrs, NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";

/** One stored message as a direct get returns it. */
export interface ScannedMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  data: Uint8Array;
  headers: MsgHdrs | undefined;
}

/**
 * Reads a stream in order by direct get, one message after another (`next_by_subj` from the
 * last sequence read): no consumer is made, so a member account that was granted nothing but
 * `$JS.API.DIRECT.GET.<stream>` can read it, and the answers go back into its own account.
 * Ends at the last message matching `filter` that exists when the scan reaches it.
 */
export async function* scanStream(
  nc: NatsConnection,
  stream: string,
  filter: string,
  opts: { fromSeq?: number; timeoutMs?: number } = {},
): AsyncGenerator<ScannedMessage> {
  let seq = opts.fromSeq ?? 1;
  const subject = `$JS.API.DIRECT.GET.${stream}`;
  for (;;) {
    let m;
    try {
      m = await nc.request(subject, JSON.stringify({ seq, next_by_subj: filter }), {
        timeout: opts.timeoutMs ?? 5_000,
      });
    } catch (err) {
      throw new TongbaoError(
        "TB_ERR_UNAVAILABLE",
        `reading ${stream} by direct get failed: ${(err as Error).message}`,
        { cause: err },
      );
    }
    const code = m.headers?.code ?? 0;
    if (code === 404) return;
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
  }
}
