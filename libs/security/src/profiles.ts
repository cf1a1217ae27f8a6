import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import type { DepartmentProfile } from "./types.js";

const ID = /^[a-z][a-z0-9-]{1,31}$/;
const STATUSES = new Set(["live", "exercise", "test"]);

/**
 * Reads every organisation profile in a directory (deploy/departments/*.json; the schema file
 * is skipped). Only what the broker policy depends on is checked here; the full profile is
 * validated against profile.schema.json by the services that run it.
 */
export async function loadProfiles(dir: string): Promise<DepartmentProfile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json") && !f.includes("schema"));
  const profiles: DepartmentProfile[] = [];
  for (const file of files.sort()) {
    const raw: unknown = JSON.parse(await readFile(join(dir, file), "utf8"));
    profiles.push(checkProfile(raw, file));
  }
  if (profiles.length === 0) {
    throw new TongbaoError("TB_ERR_CONFIG", `no organisation profiles in ${dir}`, { path: dir });
  }
  return profiles;
}

/** Checks the fields that broker permissions are generated from. */
export function checkProfile(raw: unknown, where = "profile"): DepartmentProfile {
  const bad = (path: string, why: string) =>
    new TongbaoError("TB_ERR_CONFIG", `${where}: ${path} ${why}`, { path });
  const p = raw as Partial<DepartmentProfile> | null;
  if (typeof p !== "object" || p === null) throw bad("(root)", "is not an object");
  if (typeof p.id !== "string" || !ID.test(p.id)) throw bad("id", "is not an org id");
  const sub = p.subscribe;
  if (!sub || !Array.isArray(sub.statuses) || sub.statuses.length === 0)
    throw bad("subscribe.statuses", "must list at least one status");
  for (const s of sub.statuses)
    if (!STATUSES.has(s)) throw bad("subscribe.statuses", `has unknown status "${String(s)}"`);
  if (!Array.isArray(sub.addressed)) throw bad("subscribe.addressed", "must be a list");
  if (!Array.isArray(sub.broadcast)) throw bad("subscribe.broadcast", "must be a list");
  sub.broadcast.forEach((b, i) => {
    if (!Array.isArray(b.families) || b.families.length === 0)
      throw bad(`subscribe.broadcast[${i}].families`, "must list at least one family");
    if (!Array.isArray(b.sectors) || b.sectors.length === 0)
      throw bad(`subscribe.broadcast[${i}].sectors`, "must list at least one sector");
  });
  if (!p.publish || !Array.isArray(p.publish.families))
    throw bad("publish.families", "must be a list");
  return p as DepartmentProfile;
}
