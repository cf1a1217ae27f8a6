// Rewrites the golden vectors from their JSON: the JSON in canonical proto3 form (as toJson
// writes it) and the binary beside it. Run after adding a family or changing an example:
//   pnpm exec tsx libs/contracts/test/golden/write.ts
// Then `pnpm exec prettier --write libs/contracts/test/golden` and review the diff: the golden tests compare against these files, and protoc checks the
// binary independently.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contractFor } from "../../src/mod.js";

const dir = dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const typeName = file.replace(/\.json$/, "");
  const contract = contractFor(typeName);
  if (contract === undefined) throw new Error(`no contract for ${file}`);
  const message = contract.fromJson(JSON.parse(readFileSync(join(dir, file), "utf8")));
  writeFileSync(join(dir, file), `${JSON.stringify(contract.toJson(message), null, 2)}\n`);
  writeFileSync(join(dir, `${typeName}.binpb`), contract.encode(message));
}
