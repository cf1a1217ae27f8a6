import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project checkout this command was built from (services/cli/{src,dist}/ → ../../..). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Where the development bus keeps its data: `TONGBAO_HOME`, else `.tongbao/` in the project. */
export function tongbaoHome(): string {
  return process.env["TONGBAO_HOME"] ?? join(PROJECT_ROOT, ".tongbao");
}
