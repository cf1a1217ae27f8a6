import type { DepartmentProfile, StatusName } from "./types.js";

/**
 * The consumer filter subjects of one status for a profile: everything addressed to the
 * organisation (families it does not handle are still receipted), and each broadcast
 * subscription's families × sectors. "*" follows every sector, including broadcasts naming
 * none; a named sector list follows those sectors (and "all" only when listed).
 */
export function subscriptionSubjects(profile: DepartmentProfile, status: StatusName): string[] {
  const out = new Set<string>([`tb.${status}.to.${profile.id}.*.*`]);
  for (const sub of profile.subscribe.broadcast) {
    const sectors = sub.sectors.includes("*") ? ["*"] : sub.sectors;
    for (const family of sub.families) {
      for (const sector of sectors) out.add(`tb.${status}.${family}.${sector}.*`);
    }
  }
  return [...out];
}
