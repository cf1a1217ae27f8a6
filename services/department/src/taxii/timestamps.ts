import { TongbaoError } from "@tongbao/errors";

/**
 * TAXII timestamps in microseconds since the epoch: date_added is microsecond-precise so that
 * no two objects share one (a client paging by X-TAXII-Date-Added-Last then loses nothing).
 */
export function formatMicros(us: number): string {
  const ms = Math.floor(us / 1000);
  const iso = new Date(ms).toISOString(); // 2026-01-01T00:00:00.123Z
  return `${iso.slice(0, 23)}${String(us % 1000).padStart(3, "0")}Z`;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i;

export function parseMicros(value: string, field: string): number {
  const m = RFC3339.exec(value);
  const base = m ? Date.parse(`${m[1]}${m[3]!.toUpperCase()}`) : NaN;
  if (!m || Number.isNaN(base)) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `${field} must be an RFC 3339 timestamp such as 2026-01-01T00:00:00.000000Z, not ${JSON.stringify(value)}`,
      { path: field },
    );
  }
  const fraction = (m[2] ?? "").padEnd(6, "0").slice(0, 6);
  return base * 1000 + Number(fraction);
}
