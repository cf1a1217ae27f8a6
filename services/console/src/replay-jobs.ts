import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import type { OperatorCommands } from "./operator-commands.js";

export interface ReplayRequest {
  status: "live" | "exercise" | "test";
  reason: string;
  fromSeq?: number;
  toSeq?: number;
  since?: string;
  until?: string;
  family?: string;
  origin?: string;
}

export interface ReplayJob {
  id: string;
  by: string;
  request: ReplayRequest;
  state: "running" | "done" | "failed";
  /** The command's progress and summary lines, as it wrote them. */
  lines: string[];
  startedAt: string;
  file: string;
}

/**
 * Replays started from the console: each is `tongbao replay` itself (verified, audited with the
 * signed-in operator as actor) writing JSON Lines into the console's data directory, where the
 * result is downloaded from.
 */
export class ReplayJobs {
  readonly #jobs = new Map<string, ReplayJob>();

  constructor(
    private readonly commands: OperatorCommands,
    private readonly dir: string,
  ) {}

  async start(by: string, body: unknown): Promise<ReplayJob> {
    const request = parseRequest(body);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const job: ReplayJob = {
      id,
      by,
      request,
      state: "running",
      lines: [],
      startedAt: new Date().toISOString(),
      file: join(this.dir, `${id}.jsonl`),
    };
    const args = ["replay", "--status", request.status, "--reason", request.reason];
    if (request.fromSeq !== undefined) args.push("--from-seq", String(request.fromSeq));
    if (request.toSeq !== undefined) args.push("--to-seq", String(request.toSeq));
    if (request.since) args.push("--since", request.since);
    if (request.until) args.push("--until", request.until);
    if (request.family) args.push("--family", request.family);
    if (request.origin) args.push("--origin", request.origin);
    args.push("--format", "jsonl", "--output", job.file);
    this.commands.spawn(args, by, {
      stdout: (l) => job.lines.push(l),
      stderr: (l) => job.lines.push(l),
      exit: (code) => {
        job.state = code === 0 ? "done" : "failed";
      },
    });
    this.#jobs.set(id, job);
    return job;
  }

  get(id: string): ReplayJob | undefined {
    return this.#jobs.get(id);
  }

  list(): ReplayJob[] {
    return [...this.#jobs.values()];
  }
}

function parseRequest(body: unknown): ReplayRequest {
  const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const bad = (path: string, message: string) =>
    new TongbaoError("TB_ERR_BAD_REQUEST", message, { path });
  const status = b["status"] ?? "live";
  if (status !== "live" && status !== "exercise" && status !== "test")
    throw bad("status", "status must be live, exercise or test");
  const reason = typeof b["reason"] === "string" ? b["reason"].trim() : "";
  if (reason.length < 3)
    throw bad("reason", "a replay needs a reason (it goes into the audit trail)");
  const seq = (k: string) => {
    const v = b[k];
    if (v === undefined || v === "" || v === null) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw bad(k, `${k} must be a stream sequence (1, 2, …)`);
    return n;
  };
  const text = (k: string, re: RegExp) => {
    const v = b[k];
    if (v === undefined || v === "" || v === null) return undefined;
    if (typeof v !== "string" || !re.test(v)) throw bad(k, `${k} "${String(v)}" is not valid here`);
    return v;
  };
  const out: ReplayRequest = { status, reason };
  const fromSeq = seq("fromSeq");
  const toSeq = seq("toSeq");
  const since = text("since", /^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
  const until = text("until", /^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
  const family = text("family", /^[a-z]+$/);
  const origin = text("origin", /^[a-z0-9-]+$/);
  if (fromSeq === undefined && since === undefined) throw bad("fromSeq", "give fromSeq or since");
  if (fromSeq !== undefined) out.fromSeq = fromSeq;
  if (toSeq !== undefined) out.toSeq = toSeq;
  if (since) out.since = since;
  if (until) out.until = until;
  if (family) out.family = family;
  if (origin) out.origin = origin;
  return out;
}
