import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import { TongbaoError, type ErrorCode } from "@tongbao/errors";
import { METRICS_PATH, ServiceMetrics } from "@tongbao/metrics";
import { OPERATOR, dataLayout } from "@tongbao/organisations";
import { DepartmentGateway, TrackerClient } from "./department-gateway.js";
import { matches, situation, type FlowFilter, type FlowItem } from "./flow.js";
import { checkScrape, ensureMetricsToken } from "./metrics-access.js";
import { operatorCommands } from "./operator-commands.js";
import { OperatorFlow } from "./operator-flow.js";
import { ReplayJobs } from "./replay-jobs.js";
import {
  SESSION_COOKIE,
  SessionStore,
  SignInLimiter,
  sameSecret,
  type Session,
} from "./sessions.js";
import { UserStore } from "./users.js";

export interface ConsoleOptions {
  /** The bus's data directory: operator credentials, where the console keeps users and replays. */
  home: string;
  /** The `tongbao` command (its dist/main.js) the operator's actions run as. */
  cli: string;
  /** The bus's server URL(s) for those commands (else theirs: TONGBAO_URL or the default). */
  server?: string;
  /** Each organisation's department service, for its duty officers. */
  departments: ReadonlyMap<string, string>;
  trackerUrl?: string;
  host?: string;
  port?: number;
  logger?: Logger;
  /** Session lifetime without a request (default 30 min) and at most (default 12 h). */
  idleMs?: number;
  maxMs?: number;
  /** Follow the traffic streams as the operator (off only where no operator view is wanted). */
  operatorFlow?: boolean;
}

export interface RunningConsole {
  url: string;
  users: UserStore;
  /** What GET /metrics serves (sign-ins by outcome), to the scraper with the token or an operator. */
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

const WEB = fileURLToPath(new URL("../web/", import.meta.url));
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
const HTTP: Partial<Record<ErrorCode, number>> = {
  TB_ERR_BAD_REQUEST: 400,
  TB_ERR_SCHEMA: 400,
  TB_ERR_CONTRACT: 400,
  TB_ERR_UNAUTHENTICATED: 401,
  TB_ERR_FORBIDDEN: 403,
  TB_ERR_NOT_FOUND: 404,
  TB_ERR_RATE_LIMITED: 429,
  TB_ERR_UNAVAILABLE: 503,
  TB_ERR_HANDLER: 502,
};
const MAX_BODY = 64 * 1024;

export function consoleUsersFile(home: string): string {
  return dataLayout(home).consoleUsers;
}

/** Starts the console: static pages, the JSON API behind them, and sign-in. */
export async function startConsole(o: ConsoleOptions): Promise<RunningConsole> {
  const users = await UserStore.open(consoleUsersFile(o.home));
  const sessions = new SessionStore({
    idleMs: o.idleMs ?? 30 * 60_000,
    maxMs: o.maxMs ?? 12 * 3600_000,
    now: Date.now,
  });
  // Per name: guessing one user's password is slow. Per address, more: one office's users
  // share an address, yet one client cannot try many names quickly.
  const limiter = new SignInLimiter({ limit: 5, windowMs: 5 * 60_000, now: Date.now });
  const addressLimiter = new SignInLimiter({ limit: 30, windowMs: 5 * 60_000, now: Date.now });
  const commands = operatorCommands({
    cli: o.cli,
    home: o.home,
    ...(o.server ? { server: o.server } : {}),
  });
  const flow = new OperatorFlow(commands, o.logger);
  if (o.operatorFlow !== false) flow.start();
  const gateway = new DepartmentGateway(o.departments);
  const tracker = new TrackerClient(o.trackerUrl);
  const replays = new ReplayJobs(commands, join(o.home, "console", "replays"));
  // The console acts as the operator: its series are labelled so.
  const metrics = new ServiceMetrics({ service: "console", org: OPERATOR });
  const api = new ConsoleApi({
    metrics,
    metricsToken: await ensureMetricsToken(o.home),
    users,
    sessions,
    limiter,
    addressLimiter,
    commands,
    flow,
    gateway,
    tracker,
    replays,
  });

  const server = createServer((req, res) => {
    api.handle(req, res).catch((err: unknown) => {
      const e =
        err instanceof TongbaoError
          ? err
          : new TongbaoError("TB_ERR_INTERNAL", (err as Error).message);
      if (e.code === "TB_ERR_INTERNAL") o.logger?.error({ err }, "console request failed");
      if (res.headersSent) return void res.end();
      json(res, HTTP[e.code] ?? 500, { code: e.code, message: e.message, path: e.path ?? "" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port ?? 0, o.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    users,
    metrics,
    close: () =>
      new Promise<void>((resolve) => {
        flow.stop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Parts {
  metrics: ServiceMetrics;
  metricsToken: string;
  users: UserStore;
  sessions: SessionStore;
  limiter: SignInLimiter;
  addressLimiter: SignInLimiter;
  commands: ReturnType<typeof operatorCommands>;
  flow: OperatorFlow;
  gateway: DepartmentGateway;
  tracker: TrackerClient;
  replays: ReplayJobs;
}

class ConsoleApi {
  constructor(private readonly p: Parts) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://console");
    securityHeaders(res);
    // Counts only, but the console faces every organisation's officers: its scraper's token
    // or an operator's session (metrics-access.ts).
    if (url.pathname === METRICS_PATH && req.method === "GET") {
      checkScrape(
        req,
        res,
        this.p.metricsToken,
        this.p.sessions.get(cookieOf(req, SESSION_COOKIE)),
      );
      const { contentType, text } = await this.p.metrics.exposition();
      res.writeHead(200, { "content-type": contentType });
      return void res.end(text);
    }
    if (!url.pathname.startsWith("/api/")) return this.static(url.pathname, res);
    const method = req.method ?? "GET";
    const parts = url.pathname.slice(5).split("/").filter(Boolean).map(decodeURIComponent);
    const route = `${method} ${parts[0] ?? ""}`;

    if (route === "POST session") return this.signIn(req, res);
    const token = cookieOf(req, SESSION_COOKIE);
    const session = this.p.sessions.get(token);
    if (!session) throw new TongbaoError("TB_ERR_UNAUTHENTICATED", "sign in first");
    if (method !== "GET") this.checkCsrf(req, session);
    const user = session.user;
    const officerOrg = user.role === "officer" ? user.org : undefined;
    const operatorOnly = () => {
      if (user.role !== "operator")
        throw new TongbaoError("TB_ERR_FORBIDDEN", "only an operator may do this");
    };
    const [, a, b] = parts;

    switch (route) {
      case "GET session":
        return json(res, 200, { user, csrf: session.csrf });
      case "DELETE session":
        this.p.sessions.close(token);
        res.setHeader(
          "set-cookie",
          `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
        );
        return json(res, 200, { signedOut: true });
      case "GET flow":
        return this.flowEvents(req, res, officerOrg, filterOf(url));
      case "GET messages":
        if (!a) return json(res, 200, await this.visibleItems(officerOrg, filterOf(url)));
        return json(res, 200, await this.message(a, officerOrg));
      case "POST messages": {
        if (!officerOrg || !a || (b !== "receipt" && b !== "feedback"))
          throw new TongbaoError(
            "TB_ERR_FORBIDDEN",
            "a duty officer receipts and answers for their own organisation",
          );
        const r = await this.p.gateway.post(
          officerOrg,
          `/messages/${encodeURIComponent(a)}/${b}`,
          await body(req),
        );
        return json(res, r.status, r.body);
      }
      case "GET obligations":
        return json(res, 200, await this.obligations(officerOrg));
      case "GET situation": {
        const items = await this.visibleItems(officerOrg, {});
        return json(
          res,
          200,
          situation(items, new Date(), Number(url.searchParams.get("days") ?? 7)),
        );
      }
      case "GET quarantine":
        operatorOnly();
        if (a)
          return json(
            res,
            200,
            (await this.p.commands.json(["quarantine", "show", a], user.name))[0],
          );
        return json(
          res,
          200,
          await this.p.commands.json(["quarantine", "list", "--limit", "200"], user.name),
        );
      case "POST quarantine": {
        operatorOnly();
        const reason = String(((await body(req)) as Record<string, unknown>)["reason"] ?? "");
        if (!a || b !== "release")
          throw new TongbaoError("TB_ERR_NOT_FOUND", "POST /api/quarantine/SEQ/release");
        if (reason.trim().length < 3)
          throw new TongbaoError("TB_ERR_BAD_REQUEST", "a release needs a reason", {
            path: "reason",
          });
        const out = await this.p.commands.json(
          ["quarantine", "release", a, "--reason", reason],
          user.name,
        );
        return json(res, 200, out[0] ?? {});
      }
      case "POST replays":
        operatorOnly();
        return json(res, 202, jobView(await this.p.replays.start(user.name, await body(req))));
      case "GET replays": {
        operatorOnly();
        if (!a) return json(res, 200, this.p.replays.list().map(jobView));
        const job = this.p.replays.get(a);
        if (!job) throw new TongbaoError("TB_ERR_NOT_FOUND", `no replay ${a}`, { path: "id" });
        if (b === "download") return download(res, job.file, `replay-${job.id}.jsonl`);
        return json(res, 200, jobView(job));
      }
      case "GET registry": {
        operatorOnly();
        const [keys, audit] = await Promise.all([
          this.p.commands.json(["keys", "list"], user.name),
          this.p.commands.json(["audit", "--limit", "200"], user.name),
        ]);
        return json(res, 200, { keys, audit });
      }
      default:
        throw new TongbaoError("TB_ERR_NOT_FOUND", `no route ${method} ${url.pathname}`, {
          path: "path",
        });
    }
  }

  async signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const b = (await body(req)) as Record<string, unknown>;
    const name = typeof b["name"] === "string" ? b["name"] : "";
    const password = typeof b["password"] === "string" ? b["password"] : "";
    const byName = [name];
    const byAddress = [req.socket.remoteAddress ?? ""];
    try {
      this.p.limiter.check(byName);
      this.p.addressLimiter.check(byAddress);
    } catch (err) {
      this.p.metrics.countSignIn("limited");
      throw err;
    }
    const user = await this.p.users.check(name, password);
    if (!user) {
      this.p.metrics.countSignIn("refused");
      this.p.limiter.failed(byName);
      this.p.addressLimiter.failed(byAddress);
      throw new TongbaoError("TB_ERR_UNAUTHENTICATED", "wrong name or password");
    }
    this.p.metrics.countSignIn("ok");
    this.p.limiter.succeeded(byName);
    const { token, session } = this.p.sessions.open(user);
    res.setHeader("set-cookie", `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    json(res, 200, { user, csrf: session.csrf });
  }

  checkCsrf(req: IncomingMessage, session: Session): void {
    const header = req.headers["x-csrf-token"];
    const given = Array.isArray(header) ? header[0] : header;
    // Same-origin requests only: a browser names the origin of a cross-site request.
    const origin = req.headers.origin;
    if (origin && origin !== `http://${req.headers.host ?? ""}`)
      throw new TongbaoError("TB_ERR_FORBIDDEN", `requests from ${origin} are refused`);
    if (!sameSecret(given, session.csrf))
      throw new TongbaoError("TB_ERR_FORBIDDEN", "missing or wrong X-CSRF-Token");
  }

  async visibleItems(org: string | undefined, f: FlowFilter): Promise<FlowItem[]> {
    const items = org ? await this.p.gateway.backlog(org) : this.p.flow.items();
    return items.filter((m) => matches(m, f)).sort((x, y) => x.storedAt.localeCompare(y.storedAt));
  }

  /**
   * One message with everything known about it. An officer sees a message only if their
   * organisation received it or sent it; of its recipients' states, all when they sent it, their
   * own otherwise.
   */
  async message(id: string, org: string | undefined): Promise<Record<string, unknown>> {
    let item: FlowItem | undefined;
    let sent: Record<string, unknown> | undefined;
    if (org) {
      [item, sent] = await Promise.all([
        this.p.gateway.entry(org, id),
        this.p.gateway.sent(org, id),
      ]);
      if (!item && !sent)
        throw new TongbaoError(
          "TB_ERR_NOT_FOUND",
          `${org} neither received nor sent message ${id}`,
          { path: "id" },
        );
    } else {
      item = this.p.flow.get(id);
    }
    const tracking = (await this.p.tracker
      .get(`/messages/${encodeURIComponent(id)}`)
      .catch(() => undefined)) as
      | { recipients?: { org: string }[]; message?: Record<string, unknown>; incident?: unknown }
      | undefined;
    if (!item && !tracking)
      throw new TongbaoError("TB_ERR_NOT_FOUND", `no message ${id}`, { path: "id" });
    if (tracking && org && !sent)
      tracking.recipients = (tracking.recipients ?? []).filter((r) => r.org === org);
    const related = org ? [] : this.p.flow.related(id);
    return { id, item, sent, tracking, related };
  }

  async obligations(org: string | undefined): Promise<Record<string, unknown>> {
    const overdue = (await this.p.tracker.get("/overdue")) as
      { overdue?: { obligor?: string }[] } | undefined;
    if (!org) return { overdue };
    const mine = (await this.p.tracker.get(`/obligations/${encodeURIComponent(org)}`)) ?? [];
    return {
      overdue: overdue
        ? { ...overdue, overdue: (overdue.overdue ?? []).filter((o) => o.obligor === org) }
        : undefined,
      open: mine,
    };
  }

  flowEvents(
    req: IncomingMessage,
    res: ServerResponse,
    org: string | undefined,
    f: FlowFilter,
  ): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const send = (m: FlowItem) => {
      if (matches(m, f)) res.write(`event: message\ndata: ${JSON.stringify(m)}\n\n`);
    };
    let stop: () => void;
    if (org) {
      stop = this.p.gateway.follow(org, {
        backlog: (items) => {
          items.forEach(send);
          res.write(": caught up\n\n");
        },
        item: send,
        error: () => res.end(),
      });
    } else {
      this.p.flow.items().forEach(send);
      res.write(": caught up\n\n");
      stop = this.p.flow.onItem(send);
    }
    req.on("close", () => stop());
  }

  async static(path: string, res: ServerResponse): Promise<void> {
    const name = path === "/" || !extname(path) ? "index.html" : path.slice(1);
    if (!/^[a-z0-9-]+\.(html|js|css|svg)$/.test(name))
      throw new TongbaoError("TB_ERR_NOT_FOUND", `no page ${path}`, { path: "path" });
    const file = join(WEB, name);
    await stat(file).catch(() => {
      throw new TongbaoError("TB_ERR_NOT_FOUND", `no page ${path}`, { path: "path" });
    });
    res.writeHead(200, { "content-type": TYPES[extname(name)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  }
}

function jobView(j: {
  id: string;
  by: string;
  request: unknown;
  state: string;
  lines: string[];
  startedAt: string;
}) {
  return {
    id: j.id,
    by: j.by,
    request: j.request,
    state: j.state,
    lines: j.lines.slice(-20),
    startedAt: j.startedAt,
  };
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader(
    "content-security-policy",
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  );
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("cache-control", "no-store");
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body ?? null));
}

async function download(res: ServerResponse, file: string, name: string): Promise<void> {
  await stat(file).catch(() => {
    throw new TongbaoError("TB_ERR_NOT_FOUND", "the replay wrote no result (yet)", { path: "id" });
  });
  res.writeHead(200, {
    "content-type": "application/x-ndjson",
    "content-disposition": `attachment; filename="${name}"`,
  });
  createReadStream(file).pipe(res);
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

function filterOf(url: URL): FlowFilter {
  const f: FlowFilter = {};
  for (const k of ["family", "origin", "sector", "tlp", "status"] as const) {
    const v = url.searchParams.get(k);
    if (v) f[k] = v;
  }
  return f;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/json"))
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "send application/json", { path: "content-type" });
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY)
      throw new TongbaoError("TB_ERR_BAD_REQUEST", "request body too large", { path: "body" });
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "the body is not JSON", { path: "body" });
  }
}
