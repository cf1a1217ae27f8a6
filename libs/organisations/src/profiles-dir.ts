import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TongbaoError } from "@tongbao/errors";
import { loadProfile } from "./profile-loader.js";
import type { DepartmentProfile } from "./profile.js";

/** deploy/departments/ of this repository. */
export const DEPARTMENTS_DIR = fileURLToPath(
  new URL("../../../deploy/departments/", import.meta.url),
);

/**
 * The organisations of a bus: the profiles of `dir` (deploy/departments by default) and those
 * onboarded since into `added` (`<data>/profiles`). An id in both is an error, not a choice.
 */
export async function busProfiles(
  added: string,
  dir: string = DEPARTMENTS_DIR,
): Promise<DepartmentProfile[]> {
  const base = await loadProfiles(dir);
  const extra = existsSync(added) ? await loadProfiles(added) : [];
  const ids = new Set(base.map((p) => p.id));
  for (const p of extra) {
    if (ids.has(p.id)) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `organisation ${p.id} is both in ${dir} and in ${added}`,
        { path: "id" },
      );
    }
  }
  return [...base, ...extra];
}

/** Every profile in a directory (*.json except the schema), validated, sorted by file name. */
export async function loadProfiles(dir: string = DEPARTMENTS_DIR): Promise<DepartmentProfile[]> {
  const files = (await readdir(dir))
    .filter((f) => f.endsWith(".json") && f !== "profile.schema.json")
    .sort();
  const out: DepartmentProfile[] = [];
  for (const f of files) out.push(await loadProfile(join(dir, f)));
  return out;
}
