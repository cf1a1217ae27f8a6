import { familyOf } from "@tongbao/bus";

/**
 * The bound types no filter subject can deliver: a handler for a family the profile leaves
 * out would silently never run, which is worth a warning at start.
 */
export function unreachableTypes(types: Iterable<string>, filters: readonly string[]): string[] {
  const out: string[] = [];
  for (const type of types) {
    let family: string;
    try {
      family = familyOf(type);
    } catch {
      // Registry records and other non-traffic types never travel on tb.* subjects.
      out.push(type);
      continue;
    }
    if (!filters.some((f) => filterCarries(f, family))) out.push(type);
  }
  return out;
}

/** Whether a traffic filter subject (tb.<status>.<family>... or tb.<status>.to.<org>.<family>...) can carry a family. */
function filterCarries(filter: string, family: string): boolean {
  const t = filter.split(".");
  const wide = (i: number) => t.slice(0, i + 1).includes(">");
  // Token 2 is the family of a broadcast, or "to" of an addressed subject; "*" may be either.
  if (wide(2) || t[2] === "*" || t[2] === family) return true;
  return t[2] === "to" && (wide(4) || t[4] === "*" || t[4] === family);
}
