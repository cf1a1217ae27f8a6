import {
  ADDRESSED_FAMILIES,
  durableName,
  filterSubjects,
  streamForStatus,
  type Family,
  type StatusToken,
} from "@tongbao/bus";
import type { DepartmentDurable, DepartmentProfile } from "./types.js";

/**
 * Subject filters of a department for one status, from its profile: every message addressed
 * to it (receipts are owed for all of them, whatever families it handles), and the broadcasts
 * of each `subscribe.broadcast` entry. `["*"]` sectors mean every sector; otherwise the
 * "all" sector (broadcasts naming none) is included by filterSubjects.
 */
export function departmentFilters(profile: DepartmentProfile, status: StatusToken): string[] {
  const out = new Set<string>([`tb.${status}.to.${profile.id}.>`]);
  for (const entry of profile.subscribe.broadcast) {
    const sectors = entry.sectors.includes("*")
      ? undefined
      : entry.sectors.filter((s) => s !== "all");
    const families = entry.families.filter((f) => !ADDRESSED_FAMILIES.has(f as Family));
    if (families.length === 0) continue;
    const filters = filterSubjects({
      status,
      recipient: profile.id,
      families,
      ...(sectors ? { sectors } : {}),
    });
    for (const f of filters) if (!f.startsWith(`tb.${status}.to.`)) out.add(f);
  }
  return [...out];
}

/**
 * The durables the operator creates for a department: one per status and filter, named as
 * the bus Consumer names them with `durable: <org id>`, so the department's service finds
 * them in place and never needs the right to create or change a consumer.
 */
export function departmentDurables(profile: DepartmentProfile): DepartmentDurable[] {
  const out: DepartmentDurable[] = [];
  for (const status of profile.subscribe.statuses) {
    const stream = streamForStatus(status);
    for (const filter of departmentFilters(profile, status)) {
      out.push({ orgId: profile.id, stream, name: durableName(profile.id, filter), filter });
    }
  }
  return out;
}
