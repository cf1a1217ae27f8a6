import { TongbaoError } from "@tongbao/errors";

/** What the `tongbao tracking` command asks a tracker for. */
export type TrackingQuery =
  { kind: "message"; id: string } | { kind: "obligations"; org: string } | { kind: "overdue" };

/**
 * Asks a running tracker over HTTP and returns its JSON answer: the CLI's way in, so the
 * command needs no connection to the bus. TB_ERR_NOT_FOUND / TB_ERR_BAD_REQUEST as the
 * tracker answers them, TB_ERR_UNAVAILABLE when it cannot be reached.
 */
export async function fetchTracking(baseUrl: string, q: TrackingQuery): Promise<unknown> {
  const path =
    q.kind === "message"
      ? `/messages/${encodeURIComponent(q.id)}`
      : q.kind === "obligations"
        ? `/obligations/${encodeURIComponent(q.org)}`
        : "/overdue";
  let res: Response;
  try {
    res = await fetch(new URL(path, baseUrl));
  } catch (err) {
    throw new TongbaoError(
      "TB_ERR_UNAVAILABLE",
      `tracker at ${baseUrl} not reachable: ${String(err)}`,
      {
        cause: err,
      },
    );
  }
  const body = (await res.json()) as { error?: { code: string; message: string; path?: string } };
  if (!res.ok) {
    const code =
      res.status === 404
        ? "TB_ERR_NOT_FOUND"
        : res.status === 400
          ? "TB_ERR_BAD_REQUEST"
          : "TB_ERR_UNAVAILABLE";
    throw new TongbaoError(code, body.error?.message ?? `tracker answered ${res.status}`, {
      ...(body.error?.path ? { path: body.error.path } : {}),
    });
  }
  return body;
}
