import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateProfiles, loadProfiles, subOffices } from "@tongbao/organisations";
import { CliError, EXIT, type Command } from "../command.js";

/**
 * `tongbao profiles generate`: the profiles of the real breadth (31 provinces' authorities,
 * the ten departments, their sub-offices) from the hand-written ones, one file per
 * organisation, for scale runs and for onboarding the provinces. Same flags, same files.
 */
export const profiles: Command = {
  usage:
    "tongbao profiles generate --out DIR [--provinces all|js,bj,...] [--sub-offices N|all] [--from DIR] [--force]",
  example: "tongbao profiles generate --provinces all --sub-offices 228 --out /tmp/profiles-300",
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        provinces: { type: "string", default: "all" },
        "sub-offices": { type: "string", default: "0" },
        from: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
    if (positionals[0] !== "generate" || positionals.length > 1) {
      throw new CliError(
        `expected \`generate\`, got "${positionals.join(" ")}"`,
        undefined,
        EXIT.usage,
      );
    }
    if (!values.out) throw new CliError("--out DIR is required", undefined, EXIT.usage);
    const subOfficeCount = parseSubOffices(values["sub-offices"]);
    const provinces =
      values.provinces === "all"
        ? "all"
        : values.provinces
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean);
    const set = generateProfiles(await loadProfiles(values.from), {
      provinces,
      subOffices: subOfficeCount,
    });
    const dir = resolve(values.out);
    await mkdir(dir, { recursive: true });
    // A directory of profiles is loaded whole: an older set's leftovers would join this one.
    const existing = (await readdir(dir)).filter((f) => f.endsWith(".json"));
    if (existing.length > 0 && !values.force) {
      throw new CliError(
        `${dir} already holds ${existing.length} profile files`,
        "pass --force to replace them, or name an empty directory",
      );
    }
    for (const f of existing) await rm(join(dir, f));
    for (const p of set)
      await writeFile(join(dir, `${p.id}.json`), `${JSON.stringify(p, null, 2)}\n`);
    const kinds = new Map<string, number>();
    for (const p of set) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    out.log(
      `${set.length} profiles in ${dir}: ` + [...kinds].map(([k, n]) => `${n} ${k}`).join(", "),
    );
    return EXIT.ok;
  },
};

function parseSubOffices(text: string): number | "all" {
  if (text === "all") return "all";
  const n = Number(text);
  const max = subOffices().length;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new CliError(
      `--sub-offices: expected 0 to ${max} or all, got "${text}"`,
      undefined,
      EXIT.usage,
    );
  }
  return n;
}
