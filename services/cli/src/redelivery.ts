import { replay, statusOfStream, type ReplayPoint } from "@tongbao/bus";
import type { NatsConnection } from "@nats-io/transport-node";
import { REDELIVERY_BATCH, type RedeliverySummary } from "@tongbao/department";
import {
  busProfiles,
  dataLayout,
  subjectMatches,
  subscriptionFilters,
} from "@tongbao/organisations";
import type { EnvelopeVerifier } from "@tongbao/bus";
import { CliError, EXIT, type Output } from "./command.js";
import { tongbaoHome } from "./home.js";

export interface RedeliveryRequest {
  nc: NatsConnection;
  verifier: EnvelopeVerifier;
  url: string;
  stream: string;
  from: ReplayPoint;
  to?: ReplayPoint;
  reason: string;
  actor: string;
  /** Where the bus's onboarded profiles are (`<data>/profiles`), besides deploy/departments. */
  dataDir?: string;
  profilesDir?: string;
}

/** What `tongbao replay --deliver-to` reports: the operator's replay and the department's answers. */
export interface RedeliveryReport extends Omit<RedeliverySummary, "failed"> {
  firstSeq: number;
  lastSeq: number;
  auditSeq: number;
  complete: boolean;
  failed: RedeliverySummary["failed"];
}

/** Bytes of base64 envelopes per request: well under the department's body limit. */
const BATCH_BYTES = 2 * 1_048_576;

/**
 * Re-delivers a stream range to one department: the operator's verified, audited replay,
 * filtered to that department's subscription subjects, handed over in batches to its
 * `POST /redeliveries`, where every envelope is verified again and taken through the live
 * delivery path. The department's own grant could not make this replay; the operator's
 * cannot make the department take anything its signatures and subjects do not allow.
 */
export async function redeliverTo(r: RedeliveryRequest): Promise<RedeliveryReport> {
  const base = departmentUrl(r.url);
  const org = await departmentOf(base);
  const profile = (
    await busProfiles(dataLayout(r.dataDir ?? tongbaoHome()).profiles, r.profilesDir)
  ).find((p) => p.id === org);
  if (!profile) {
    throw new CliError(
      `the department at ${base.origin} is ${org}, which has no profile on this bus`,
    );
  }
  const status = statusOfStream(r.stream);
  if (!status) throw new CliError(`${r.stream} is not a traffic stream`, undefined, EXIT.usage);
  const filters = subscriptionFilters(profile, status);
  const run = replay({
    nc: r.nc,
    verifier: r.verifier,
    stream: r.stream,
    from: r.from,
    ...(r.to ? { to: r.to } : {}),
    // Servers before 2.10 take one filter per consumer: several subjects are matched here.
    ...(filters.length === 1 ? { filter: { subject: filters[0]! } } : {}),
    audit: { actor: r.actor, reason: `${r.reason} (re-delivery to ${org})` },
  });
  const total: RedeliveryReport = {
    org,
    stream: r.stream,
    matched: 0,
    delivered: 0,
    alreadyHandled: 0,
    failed: [],
    chainBreaks: [],
    firstSeq: 0,
    lastSeq: 0,
    auditSeq: 0,
    complete: false,
  };
  let batch: { seq: number; subject: string; storedAt: string; envelope: string }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const answer = await post(base, { stream: r.stream, messages: batch });
    total.matched += answer.matched;
    total.delivered += answer.delivered;
    total.alreadyHandled += answer.alreadyHandled;
    total.failed.push(...answer.failed);
    total.chainBreaks.push(...(answer.chainBreaks ?? []));
    batch = [];
    bytes = 0;
  };
  for await (const m of run) {
    if (!filters.some((f) => subjectMatches(f, m.subject))) continue;
    const envelope = Buffer.from(m.data).toString("base64");
    if (
      batch.length >= REDELIVERY_BATCH ||
      (batch.length > 0 && bytes + envelope.length > BATCH_BYTES)
    ) {
      await flush();
    }
    batch.push({ seq: m.seq, subject: m.subject, storedAt: m.storedAt.toISOString(), envelope });
    bytes += envelope.length;
  }
  await flush();
  const summary = await run.summary;
  total.failed.push(
    ...summary.failures.map((f) => ({ seq: f.seq, code: String(f.code), message: f.message })),
  );
  total.failed.sort((a, b) => a.seq - b.seq);
  return {
    ...total,
    firstSeq: summary.firstSeq,
    lastSeq: summary.lastSeq,
    auditSeq: summary.auditSeq,
    complete: summary.complete,
  };
}

async function departmentOf(base: URL): Promise<string> {
  const res = await fetch(new URL("ready", base)).catch((err: unknown) => {
    throw new CliError(
      `the department service at ${base.origin} did not answer: ${(err as Error).message}`,
      "check --deliver-to (the department's HTTP API, e.g. http://127.0.0.1:18301)",
      EXIT.unavailable,
    );
  });
  const body = (await res.json().catch(() => ({}))) as { org?: unknown };
  if (typeof body.org !== "string") {
    throw new CliError(`${base.origin} is not a department service (GET /ready names no org)`);
  }
  return body.org;
}

async function post(base: URL, body: unknown): Promise<RedeliverySummary> {
  let res: Response;
  try {
    res = await fetch(new URL("redeliveries", base), {
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
export function reportRedelivery(s: RedeliveryReport, json: boolean, out: Output): number {
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
    for (const b of s.chainBreaks) {
      out.log(`  chain ${b.kind} in ${b.producerId} on ${b.subject}: #${b.lastSeq} then #${b.seq}`);
    }
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
