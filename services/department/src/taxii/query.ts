import { TongbaoError } from "@tongbao/errors";
import type { IndexedObject } from "./object-index.js";
import { parseMicros } from "./timestamps.js";

/** The most a page holds, whatever limit a client asks for. */
export const MAX_PAGE = 1000;

export interface ObjectQuery {
  /** Exclusive: only objects added after this (TAXII 2.1 section 3.4.2). */
  addedAfter: number;
  limit: number;
  types?: Set<string>;
  ids?: Set<string>;
  /** "last" (default), "first", "all", or explicit versions. */
  versions: { kind: "last" | "first" | "all" } | { kind: "at"; at: Set<string> };
  specVersions?: Set<string>;
}

export interface Page {
  items: IndexedObject[];
  more: boolean;
  next?: string;
}

/**
 * `next` is the date_added of the last object handed out, opaque to the client: the order it
 * points into only grows at its end, so resuming after it neither repeats nor skips, however
 * much was added meanwhile and across restarts. The collection id is bound in, so a cursor
 * cannot be replayed against another collection by mistake.
 */
export function encodeCursor(collectionId: string, added: number): string {
  return Buffer.from(JSON.stringify({ c: collectionId.slice(0, 8), a: added })).toString(
    "base64url",
  );
}

export function decodeCursor(collectionId: string, next: string): number {
  try {
    const v = JSON.parse(Buffer.from(next, "base64url").toString("utf8")) as {
      c?: unknown;
      a?: unknown;
    };
    if (v.c === collectionId.slice(0, 8) && typeof v.a === "number" && Number.isSafeInteger(v.a))
      return v.a;
  } catch {
    // fall through to the error below
  }
  throw new TongbaoError(
    "TB_ERR_BAD_REQUEST",
    `next ${JSON.stringify(next)} is not a cursor this collection handed out`,
    {
      path: "next",
    },
  );
}

const list = (v: string | undefined) =>
  v === undefined
    ? undefined
    : new Set(
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );

/** The TAXII filter parameters of a request (match[type], match[id], ...). */
export function parseQuery(
  collectionId: string,
  q: Record<string, string | undefined>,
): ObjectQuery {
  let addedAfter =
    q["added_after"] !== undefined ? parseMicros(q["added_after"], "added_after") : -1;
  // OpenCTI's ingester sends next together with added_after (opencti#5681): each only
  // narrows, so the later of the two positions is where the page starts.
  if (q["next"] !== undefined)
    addedAfter = Math.max(addedAfter, decodeCursor(collectionId, q["next"]));
  let limit = MAX_PAGE;
  if (q["limit"] !== undefined) {
    limit = Number(q["limit"]);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `limit must be a positive integer, not ${JSON.stringify(q["limit"])}`,
        {
          path: "limit",
        },
      );
    }
    limit = Math.min(limit, MAX_PAGE);
  }
  const v = q["match[version]"];
  const kinds = list(v);
  let versions: ObjectQuery["versions"] = { kind: "last" };
  if (kinds?.has("all")) versions = { kind: "all" };
  else if (kinds && kinds.size === 1 && kinds.has("first")) versions = { kind: "first" };
  else if (kinds && !(kinds.size === 1 && kinds.has("last"))) {
    for (const k of kinds) if (k !== "first" && k !== "last") parseMicros(k, "match[version]");
    versions = { kind: "at", at: kinds };
  }
  const types = list(q["match[type]"]);
  const ids = list(q["match[id]"]);
  const specVersions = list(q["match[spec_version]"]);
  return {
    addedAfter,
    limit,
    versions,
    ...(types ? { types } : {}),
    ...(ids ? { ids } : {}),
    ...(specVersions ? { specVersions } : {}),
  };
}

/** The first index with added > t (objects are in increasing added order). */
function firstAfter(objects: readonly IndexedObject[], t: number): number {
  let lo = 0;
  let hi = objects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (objects[mid]!.added > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One page of a collection's objects matching the query, in date_added order. */
export function page(
  collectionId: string,
  objects: readonly IndexedObject[],
  q: ObjectQuery,
): Page {
  const versionsOf = new Map<string, { first: string; last: string }>();
  if (q.versions.kind !== "all") {
    for (const o of objects) {
      const v = versionsOf.get(o.id);
      if (!v) versionsOf.set(o.id, { first: o.version, last: o.version });
      else {
        if (o.version < v.first) v.first = o.version;
        if (o.version > v.last) v.last = o.version;
      }
    }
  }
  const matches = (o: IndexedObject): boolean => {
    if (q.types && !q.types.has(o.type)) return false;
    if (q.ids && !q.ids.has(o.id)) return false;
    if (q.specVersions && !q.specVersions.has(o.specVersion)) return false;
    switch (q.versions.kind) {
      case "all":
        return true;
      case "first":
        return versionsOf.get(o.id)?.first === o.version;
      case "last":
        return versionsOf.get(o.id)?.last === o.version;
      case "at":
        return [...q.versions.at].some(
          (at) =>
            (at === "first" && versionsOf.get(o.id)?.first === o.version) ||
            (at === "last" && versionsOf.get(o.id)?.last === o.version) ||
            (o.version !== "" && Date.parse(at) === Date.parse(o.version)),
        );
    }
  };
  const items: IndexedObject[] = [];
  let more = false;
  for (let i = firstAfter(objects, q.addedAfter); i < objects.length; i++) {
    const o = objects[i]!;
    if (!matches(o)) continue;
    if (items.length === q.limit) {
      more = true;
      break;
    }
    items.push(o);
  }
  return {
    items,
    more,
    ...(more ? { next: encodeCursor(collectionId, items.at(-1)!.added) } : {}),
  };
}
