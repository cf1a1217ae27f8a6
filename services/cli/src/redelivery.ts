import type { ReplayPoint } from "@tongbao/bus";
import type { RedeliverySummary } from "@tongbao/department";
import { CliError, EXIT, type Output } from "./command.js";

export interface RedeliveryRequest {
  url: string;
  stream: string;
  from: ReplayPoint;
  to?: ReplayPoint;
  reason: string;
  actor: string;
}

/**
 * Asks a department service to re-deliver a stream range to its own handlers (its
 * `POST /replay`): the department runs the audited replay, so only it knows what it handled.
 */
export async function requestRedelivery(r: RedeliveryRequest): Promise<RedeliverySummary> {
  const base = departmentUrl(r.url);
  const body = {
    stream: r.stream,
    ...("seq" in r.from ? { fromSeq: r.from.seq } : { fromTime: r.from.time.toISOString() }),
    ...(r.to ? ("seq" in r.to ? { toSeq: r.to.seq } : { toTime: r.to.time.toISOString() }) : {}),
    reason: r.reason,
    actor: r.actor,
  };
  let res: Response;
  try {
    res = await fetch(new URL("replay", base), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new CliError(
      `the department service at ${base.origin} did not answer: ${(err as Error).message}`,
      "check --deliver-to (the department's HTTP API, e.g. http://127.0.0.1:18301)",
      EXIT.unavailable,
    );
  }
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const path = typeof answer["path"] === "string" && answer["path"] ? ` (${answer["path"]})` : "";
    throw new CliError(
      `the department refused the re-delivery: ${String(answer["code"] ?? res.status)} ` +
        `${String(answer["message"] ?? res.statusText)}${path}`,
      undefined,
      res.status >= 500 ? EXIT.unavailable : EXIT.failure,
    );
  }
  return answer as unknown as RedeliverySummary;
}

/** Prints what the department did; exit 3 when any message failed. */
export function reportRedelivery(s: RedeliverySummary, json: boolean, out: Output): number {
  if (json) {
    out.log(JSON.stringify(s));
  } else {
    const range = s.firstSeq === 0 ? "nothing" : `#${s.firstSeq}–#${s.lastSeq}`;
    out.log(
      `re-delivered ${s.stream} ${range} to ${s.org}: ${s.matched} on its subjects, ` +
        `${s.delivered} delivered, ${s.alreadyHandled} already handled, ` +
        `${s.failed.length} failed (audit record #${s.auditSeq})`,
    );
    for (const f of s.failed) out.log(`  failed #${f.seq}: ${f.code} ${f.message}`);
  }
  return s.failed.length > 0 ? EXIT.verification : EXIT.ok;
}

function departmentUrl(raw: string): URL {
  try {
    const url = new URL(raw.endsWith("/") ? raw : `${raw}/`);
    if (url.protocol === "http:" || url.protocol === "https:") return url;
  } catch {
    // reported below
  }
  throw new CliError(
    `--deliver-to "${raw}" is not an http(s) URL`,
    "give the department service's HTTP API, e.g. --deliver-to http://127.0.0.1:18301",
    EXIT.usage,
  );
}
