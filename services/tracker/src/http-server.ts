import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isOrgId } from "@tongbao/bus";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { METRICS_PATH, type ServiceMetrics } from "@tongbao/metrics";
import type { Tracker } from "./tracker.js";

export interface TrackingHttpServer {
  url: string;
  close(): Promise<void>;
}

const STATUS: Partial<Record<string, number>> = {
  TB_ERR_NOT_FOUND: 404,
  TB_ERR_BAD_REQUEST: 400,
  TB_ERR_UNAVAILABLE: 503,
};

/**
 * Tracking status over HTTP (JSON): GET /health, /messages/:id, /obligations/:org, /overdue,
 * and the Prometheus metrics at GET /metrics. Read-only: the server answers from the tracker's
 * state and its clock.
 */
export async function serveTracking(
  tracker: Tracker,
  opts: { host?: string; port?: number; metrics?: ServiceMetrics } = {},
): Promise<TrackingHttpServer> {
  const fail = (res: ServerResponse, err: unknown) => {
    const e = isTongbaoError(err) ? err : new TongbaoError("TB_ERR_INTERNAL", String(err));
    send(res, STATUS[e.code] ?? 500, {
      error: { code: e.code, message: e.message, ...(e.path ? { path: e.path } : {}) },
    });
  };
  const server: Server = createServer((req, res) => {
    const metrics = opts.metrics;
    if (metrics && req.method === "GET" && req.url === METRICS_PATH) {
      metrics.exposition().then(
        ({ contentType, text }) => {
          res.writeHead(200, { "content-type": contentType });
          res.end(text);
        },
        (err: unknown) => fail(res, err),
      );
      return;
    }
    try {
      route(tracker, req, res);
    } catch (err) {
      fail(res, err);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(tracker: Tracker, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET") {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", `method ${req.method ?? ""} not allowed`);
  }
  const url = new URL(req.url ?? "/", "http://tracker");
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const [head, arg, ...extra] = parts;
  if (extra.length === 0 && head === "health" && arg === undefined) {
    return send(res, 200, { status: "ok", cursor: tracker.cursor });
  }
  if (extra.length === 0 && head === "overdue" && arg === undefined) {
    return send(res, 200, tracker.overdue());
  }
  if (extra.length === 0 && head === "messages" && arg) {
    const status = tracker.message(arg);
    if (!status) {
      throw new TongbaoError("TB_ERR_NOT_FOUND", `no tracked message ${arg}`, { path: "id" });
    }
    return send(res, 200, status);
  }
  if (extra.length === 0 && head === "obligations" && arg) {
    if (!isOrgId(arg)) {
      throw new TongbaoError("TB_ERR_BAD_REQUEST", `"${arg}" is not an org id`, { path: "org" });
    }
    return send(res, 200, tracker.obligations(arg));
  }
  throw new TongbaoError("TB_ERR_NOT_FOUND", `no route ${url.pathname}`, { path: "path" });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, undefined, 2);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
