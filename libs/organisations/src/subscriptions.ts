import { ADDRESSED_FAMILIES, type Family } from "@tongbao/bus";
import type { DepartmentProfile, StatusName } from "./profile.js";

/**
 * The consumer filter subjects of one status for a profile, the only place they are derived:
 * everything addressed to the organisation (families it does not handle are still
 * receipted), and each broadcast subscription's families × sectors. "*" follows every sector,
 * including broadcasts naming none; a named sector list follows those sectors (and "all",
 * the broadcasts naming no sector, only when listed). Addressed-only families never travel
 * as broadcasts, so they get no broadcast filter.
 */
export function subscriptionFilters(profile: DepartmentProfile, status: StatusName): string[] {
  const out = new Set<string>([`tb.${status}.to.${profile.id}.*.*`]);
  for (const sub of profile.subscribe.broadcast) {
    const sectors = sub.sectors.includes("*") ? ["*"] : sub.sectors;
    for (const family of sub.families) {
      if (ADDRESSED_FAMILIES.has(family as Family)) continue;
      for (const sector of sectors) out.add(`tb.${status}.${family}.${sector}.*`);
    }
  }
  return [...out];
}

/** Whether a concrete subject matches a filter with `*` and `>` wildcards. */
export function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split(".");
  const s = subject.split(".");
  for (let i = 0; i < f.length; i++) {
    if (f[i] === ">") return s.length > i;
    if (i >= s.length || (f[i] !== "*" && f[i] !== s[i])) return false;
  }
  return f.length === s.length;
}
