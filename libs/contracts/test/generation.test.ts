import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const PKG = fileURLToPath(new URL("../", import.meta.url));
const GENERATED = join(PKG, "src/generated");
const JSON_SCHEMAS = join(PKG, "../../schemas/jsonschema");

const out = mkdtempSync(join(tmpdir(), "tongbao-contracts-regen-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function regenerate(): void {
  const res = spawnSync(
    process.execPath,
    [
      "scripts/generate.mjs",
      "--out",
      join(out, "generated"),
      "--jsonschema-out",
      join(out, "jsonschema"),
    ],
    { cwd: PKG, encoding: "utf8" },
  );
  expect(res.stderr).toBe("");
  expect(res.status).toBe(0);
}

function sameFiles(checkedIn: string, fresh: string): void {
  const names = readdirSync(checkedIn).sort();
  expect(readdirSync(fresh).sort()).toEqual(names);
  for (const name of names) {
    const same = readFileSync(join(checkedIn, name)).equals(readFileSync(join(fresh, name)));
    expect(same, `${name} differs from a fresh generation: run the generator`).toBe(true);
  }
}

describe("generated code and schemas", () => {
  it("are exactly what the generator makes from schemas/proto today", () => {
    regenerate();
    sameFiles(GENERATED, join(out, "generated"));
    sameFiles(JSON_SCHEMAS, join(out, "jsonschema"));
  });
});
