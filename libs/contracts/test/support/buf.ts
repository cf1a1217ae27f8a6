import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and its schemas/ folder (the buf workspace). */
export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
export const SCHEMAS = join(REPO, "schemas");

// The binary comes with the @bufbuild/buf package (its platform package holds the binary);
// no network is needed for lint or breaking checks of local inputs.
const BUF = join(
  createRequire(import.meta.url).resolve("@bufbuild/buf/package.json"),
  "../bin/buf",
);

export interface BufResult {
  status: number;
  output: string;
}

export function buf(args: string[]): BufResult {
  const res = spawnSync(process.execPath, [BUF, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, BUF_CACHE_DIR: join(tmpdir(), "tongbao-buf-cache") },
  });
  return { status: res.status ?? -1, output: `${res.stdout}${res.stderr}` };
}

/** One deliberate edit to a schema file, for checks that must notice it. */
export interface SchemaEdit {
  file: string;
  from: string;
  to: string;
}

/**
 * A temporary copy of schemas/ with an edit applied; the edit must match, so a fixture can
 * never silently check the unchanged schemas.
 */
export function editedSchemas(edit: SchemaEdit): { dir: string; [Symbol.dispose](): void } {
  const dir = mkdtempSync(join(tmpdir(), "tongbao-schemas-"));
  cpSync(SCHEMAS, dir, { recursive: true });
  const path = join(dir, "proto", edit.file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(edit.from))
    throw new Error(`fixture edit not found in ${edit.file}: ${edit.from}`);
  writeFileSync(path, text.replace(edit.from, edit.to));
  return { dir, [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }) };
}
