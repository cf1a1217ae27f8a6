import { TongbaoError } from "@tongbao/errors";

/** A google.protobuf.Timestamp or Duration as the generated code holds it. */
export interface SecondsNanos {
  seconds?: number | null;
  nanos?: number | null;
}

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range proto3 JSON allows. */
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;
const MAX_DURATION_SECONDS = 315_576_000_000;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DURATION = /^(-)?(\d{1,12})(?:\.(\d{1,9}))?s$/;

function bad(path: string, message: string): TongbaoError {
  return new TongbaoError("TB_ERR_SCHEMA", `${path} ${message}`, { path });
}

/** Nanoseconds as 0, 3, 6 or 9 fraction digits, the canonical proto3 JSON form. */
export function fraction(nanos: number): string {
  if (nanos === 0) return "";
  const digits = String(nanos).padStart(9, "0");
  if (nanos % 1_000_000 === 0) return `.${digits.slice(0, 3)}`;
  if (nanos % 1_000 === 0) return `.${digits.slice(0, 6)}`;
  return `.${digits}`;
}

function checkParts(value: SecondsNanos, path: string): { seconds: number; nanos: number } {
  const seconds = Number(value.seconds ?? 0);
  const nanos = Number(value.nanos ?? 0);
  if (!Number.isSafeInteger(seconds) || !Number.isInteger(nanos)) {
    throw bad(path, "has non-integer seconds or nanos");
  }
  return { seconds, nanos };
}

export function timestampToJson(value: SecondsNanos, path: string): string {
  const { seconds, nanos } = checkParts(value, path);
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS || nanos < 0 || nanos > 999_999_999) {
    throw bad(path, "is a timestamp outside 0001-01-01 to 9999-12-31");
  }
  const iso = new Date(seconds * 1000).toISOString();
  // toISOString widens years beyond 9999 only, which the range check already excludes.
  return `${iso.slice(0, 19)}${fraction(nanos)}Z`;
}

export function timestampFromJson(text: string, path: string): { seconds: number; nanos: number } {
  const m = RFC3339.exec(text);
  if (m === null) throw bad(path, "must be an RFC 3339 date-time, e.g. 2025-03-01T08:30:00Z");
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (!valid || offsetHours > 23 || offsetMinutes > 59) {
    throw bad(path, `is not a real date and time: ${text}`);
  }
  const sign = m[9] === "-" ? -1 : 1;
  const seconds = date.getTime() / 1000 - sign * (offsetHours * 3600 + offsetMinutes * 60);
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw bad(path, "is a timestamp outside 0001-01-01 to 9999-12-31");
  }
  return { seconds, nanos: Number((m[7] ?? "").padEnd(9, "0")) };
}

export function durationToJson(value: SecondsNanos, path: string): string {
  const { seconds, nanos } = checkParts(value, path);
  const mixedSigns = (seconds > 0 && nanos < 0) || (seconds < 0 && nanos > 0);
  if (Math.abs(seconds) > MAX_DURATION_SECONDS || Math.abs(nanos) > 999_999_999 || mixedSigns) {
    throw bad(path, "is a duration outside ±10000 years or with mixed signs");
  }
  const negative = seconds < 0 || nanos < 0;
  return `${negative ? "-" : ""}${Math.abs(seconds)}${fraction(Math.abs(nanos))}s`;
}

export function durationFromJson(text: string, path: string): { seconds: number; nanos: number } {
  const m = DURATION.exec(text);
  if (m === null) throw bad(path, 'must be a duration in seconds, e.g. "86400s" or "1.5s"');
  const sign = m[1] === "-" ? -1 : 1;
  const seconds = Number(m[2]);
  if (seconds > MAX_DURATION_SECONDS) throw bad(path, "is a duration beyond ±10000 years");
  const nanos = Number((m[3] ?? "").padEnd(9, "0"));
  // -0 would survive as a distinct value; normalise it to 0.
  return { seconds: sign * seconds || 0, nanos: sign * nanos || 0 };
}
