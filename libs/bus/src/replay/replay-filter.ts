import type { Header } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { timestampMs } from "../envelope/mod.js";
import type { ReplayFilter } from "./types.js";

/** A compiled client-side filter: true when a message should be yielded. */
export type MessageMatcher = (subject: string, header: Header) => boolean;

function asSet(value: string | readonly string[] | undefined): Set<string> | undefined {
  if (value === undefined) return undefined;
  const set = new Set(typeof value === "string" ? [value] : value);
  return set.size > 0 ? set : undefined;
}

/** Builds the matcher of a filter (the subject part is the server's, not checked here). */
export function compileFilter(filter: ReplayFilter = {}): MessageMatcher {
  const types = asSet(filter.type);
  const origins = asSet(filter.origin);
  const marking = filter.marking?.length ? new Set(filter.marking) : undefined;
  const recipient = filter.recipient;
  const from = filter.timeWindow?.from?.getTime();
  const to = filter.timeWindow?.to?.getTime();
  for (const [path, t] of [
    ["filter.timeWindow.from", from],
    ["filter.timeWindow.to", to],
  ] as const) {
    if (t !== undefined && Number.isNaN(t)) {
      throw new TongbaoError("TB_ERR_BAD_REQUEST", `${path} is not a valid time`, { path });
    }
  }
  // Addressed subjects are tb.<status>.to.<recipient>.<family>.<origin>.
  const addressedTo = recipient === undefined ? undefined : `.to.${recipient}.`;
  return (subject, header) => {
    if (types && !types.has(header.type)) return false;
    if (origins && !origins.has(header.source)) return false;
    if (marking && !marking.has(header.marking?.tlp ?? 0)) return false;
    if (addressedTo !== undefined && subject.indexOf(addressedTo) !== subject.indexOf(".", 3)) {
      return false;
    }
    if (from !== undefined || to !== undefined) {
      const t = timestampMs(header.time) ?? 0;
      if (from !== undefined && t < from) return false;
      if (to !== undefined && t >= to) return false;
    }
    return true;
  };
}
