import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../golden/", import.meta.url));

export interface GoldenVector {
  typeName: string;
  json: Record<string, unknown>;
  binary: Buffer;
}

/** The checked-in golden vectors: one realistic message per type, as JSON and binary. */
export function goldenVectors(): GoldenVector[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const typeName = file.replace(/\.json$/, "");
      return {
        typeName,
        json: JSON.parse(readFileSync(`${DIR}${file}`, "utf8")) as Record<string, unknown>,
        binary: readFileSync(`${DIR}${typeName}.binpb`),
      };
    });
}

export function golden(typeName: string): GoldenVector {
  const found = goldenVectors().find((g) => g.typeName === typeName);
  if (found === undefined) throw new Error(`no golden vector for ${typeName}`);
  return found;
}
