import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadProfile } from "./profile-loader.js";
import type { DepartmentProfile } from "./profile.js";

/** deploy/departments/ of this repository. */
export const DEPARTMENTS_DIR = fileURLToPath(
  new URL("../../../deploy/departments/", import.meta.url),
);

/** Every profile in a directory (*.json except the schema), validated, sorted by file name. */
export async function loadProfiles(dir: string = DEPARTMENTS_DIR): Promise<DepartmentProfile[]> {
  const files = (await readdir(dir))
    .filter((f) => f.endsWith(".json") && f !== "profile.schema.json")
    .sort();
  const out: DepartmentProfile[] = [];
  for (const f of files) out.push(await loadProfile(join(dir, f)));
  return out;
}
