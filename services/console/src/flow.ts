/**
 * One message as the console shows it in the flow, whichever side it was read from: the
 * operator's verified tail of a stream, or a duty officer's department inbox. Only what the
 * reader was allowed to read is in it (a TLP:RED payload stays sealed for the operator).
 */
export interface FlowItem {
  id: string;
  stream: string;
  seq: number;
  subject: string;
  storedAt: string;
  type: string;
  /** The contract family, e.g. "incident" of tongbao.incident.v1.IncidentReport. */
  family: string;
  source: string;
  status: string;
  tlp: string;
  recipients: string[];
  sectors: string[];
  region: string;
  correlationId: string;
  causationId: string;
  references: string[];
  keyId: string;
  verified: boolean;
  /** Grade of an incident or level of a warning, when the payload says it. */
  grade: string;
  title: string;
  payload?: Record<string, unknown>;
  sealed?: boolean;
}

export interface FlowFilter {
  family?: string;
  origin?: string;
  sector?: string;
  tlp?: string;
  status?: string;
}

export const STREAM_OF_STATUS = {
  live: "TB_LIVE",
  exercise: "TB_EXERCISE",
  test: "TB_TEST",
} as const;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
const bare = (v: string, prefix: string) => (v.startsWith(prefix) ? v.slice(prefix.length) : v);

export function familyOf(type: string): string {
  return type.split(".")[1] ?? "";
}

function gradeOf(payload: Record<string, unknown> | undefined): string {
  if (!payload) return "";
  const g = str(payload["grade"]) || str(payload["level"]) || str(payload["severity"]);
  return g.replace(/^(INCIDENT_GRADE_|WARNING_LEVEL_|SEVERITY_)/, "");
}

function titleOf(payload: Record<string, unknown> | undefined): string {
  if (!payload) return "";
  return str(payload["title"]) || str(payload["summary"]) || str(payload["messageId"]);
}

/** A line of `tongbao tail --json` (the command's messageJson). */
export function fromTail(stream: string, line: Record<string, unknown>): FlowItem | undefined {
  const h = line["header"] as Record<string, unknown> | undefined;
  if (!h) return undefined;
  const payload = line["payload"] as Record<string, unknown> | undefined;
  const type = str(h["type"]);
  return {
    id: str(h["id"]),
    stream,
    seq: Number(line["seq"]),
    subject: str(line["subject"]),
    storedAt: str(line["storedAt"]),
    type,
    family: familyOf(type),
    source: str(h["source"]),
    status: bare(str(h["status"]), "STATUS_").toLowerCase(),
    tlp: bare(str((h["marking"] as Record<string, unknown> | undefined)?.["tlp"]), "TLP_"),
    recipients: strs(h["recipients"]),
    sectors: strs(h["sectors"]).map((s) => bare(s, "SECTOR_").toLowerCase()),
    region: str(h["region"]),
    correlationId: str(h["correlationId"]),
    causationId: str(h["causationId"]),
    references: referencesOf(h["references"]),
    keyId: str(line["keyId"]),
    verified: line["verified"] === true,
    grade: gradeOf(payload),
    title: titleOf(payload),
    ...(payload ? { payload } : {}),
    ...(line["sealed"] ? { sealed: true } : {}),
  };
}

function referencesOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((r) => (typeof r === "string" ? r : str((r as Record<string, unknown>)["id"])));
}

/** An entry of a department's inbox (its SSE `/inbox`). */
export function fromInbox(e: Record<string, unknown>): FlowItem {
  const payload = e["payload"] as Record<string, unknown> | undefined;
  const type = str(e["type"]);
  return {
    id: str(e["id"]),
    stream: str(e["stream"]),
    seq: Number(e["streamSeq"]),
    subject: str(e["subject"]),
    storedAt: str(e["storedAt"]),
    type,
    family: familyOf(type),
    source: str(e["source"]),
    status: bare(str(e["status"]), "STATUS_").toLowerCase(),
    tlp: bare(str(e["tlp"]), "TLP_"),
    recipients: strs(e["recipients"]),
    sectors: strs(e["sectors"]).map((s) => bare(s, "SECTOR_").toLowerCase()),
    region: str(e["region"]),
    correlationId: str(e["correlationId"]),
    causationId: str(e["causationId"]),
    references: referencesOf(e["references"]),
    keyId: str(e["keyId"]),
    verified: true,
    grade: gradeOf(payload),
    title: titleOf(payload),
    ...(payload ? { payload } : {}),
  };
}

export function matches(item: FlowItem, f: FlowFilter): boolean {
  return (
    (!f.family || item.family === f.family) &&
    (!f.origin || item.source === f.origin) &&
    (!f.sector || item.sectors.includes(f.sector)) &&
    (!f.tlp || item.tlp === f.tlp.toUpperCase().replace("+", "_")) &&
    (!f.status || item.status === f.status)
  );
}

export interface Situation {
  /** Hour buckets (ISO, UTC) from the oldest to the newest message counted. */
  hours: string[];
  byFamily: Record<string, number[]>;
  bySector: Record<string, number>;
  byRegion: Record<string, number>;
  byGrade: Record<string, number>;
  total: number;
}

/** Counts of the situation (态势) over the last `days` days, by hour and by dimension. */
export function situation(items: Iterable<FlowItem>, now: Date, days = 7): Situation {
  const from = now.getTime() - days * 24 * 3600_000;
  const hourOf = (t: number) => Math.floor(t / 3600_000);
  const firstHour = hourOf(from);
  const lastHour = hourOf(now.getTime());
  const hours = Array.from({ length: lastHour - firstHour + 1 }, (_, i) =>
    new Date((firstHour + i) * 3600_000).toISOString(),
  );
  const s: Situation = { hours, byFamily: {}, bySector: {}, byRegion: {}, byGrade: {}, total: 0 };
  for (const m of items) {
    const t = Date.parse(m.storedAt);
    if (!(t >= from)) continue;
    s.total++;
    const row = (s.byFamily[m.family] ??= hours.map(() => 0));
    const i = Math.min(hourOf(t) - firstHour, hours.length - 1);
    row[i] = (row[i] ?? 0) + 1;
    for (const sector of m.sectors.length > 0 ? m.sectors : ["(addressed)"])
      s.bySector[sector] = (s.bySector[sector] ?? 0) + 1;
    const region = m.region || "(none)";
    s.byRegion[region] = (s.byRegion[region] ?? 0) + 1;
    if (m.grade) s.byGrade[m.grade] = (s.byGrade[m.grade] ?? 0) + 1;
  }
  return s;
}
