import type { Header, HeaderInit } from "@tongbao/contracts";
import { encodeHeader } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { sha256 } from "../crypto/digest.js";

/** A protobuf Timestamp as the generated code carries it. */
export interface TimestampLike {
  seconds?: number | null;
  nanos?: number | null;
}

export function toTimestamp(date: Date): { seconds: number; nanos: number } {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** Milliseconds since the epoch of a Timestamp, or undefined when it is unset. */
export function timestampMs(ts: TimestampLike | null | undefined): number | undefined {
  if (!ts) return undefined;
  return Number(ts.seconds ?? 0) * 1000 + Math.floor(Number(ts.nanos ?? 0) / 1_000_000);
}

/**
 * Serialises a header for a payload, filling in payload_sha256 (which binds the two), so the
 * result is the exact header bytes to seal.
 */
export function encodeHeaderFor(header: HeaderInit, payload: Uint8Array): Uint8Array {
  return encodeHeader({ ...header, payloadSha256: sha256(payload) });
}

/** The signing time of a decoded header in ms; throws TB_ERR_CONTRACT when it is unset. */
export function signedTimeMs(header: Header): number {
  const ms = timestampMs(header.time);
  if (ms === undefined) {
    throw new TongbaoError("TB_ERR_CONTRACT", "the header has no time", { path: "header.time" });
  }
  return ms;
}
