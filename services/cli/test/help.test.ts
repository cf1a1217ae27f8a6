import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/command-table.js";
import { runCli, runInProcess } from "./fixtures/run-cli.js";

describe("tongbao --help", () => {
  it("lists every command with its summary, from its own process", async () => {
    const run = await runCli(["--help"], {});
    expect(run.code).toBe(0);
    const listed = run.stdout
      .split("\n")
      .filter((l) => l.startsWith("  "))
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(listed).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) expect(run.stdout).toContain(c.summary);
  });

  it("gives every command's summary, usage and an example, its module loaded on demand", async () => {
    for (const c of COMMANDS) {
      const run = await runInProcess([c.name, "--help"], {});
      expect(run.code, c.name).toBe(0);
      expect(run.stdout.startsWith(`${c.summary}\n`), c.name).toBe(true);
      expect(run.stdout, c.name).toMatch(new RegExp(`\\nUsage: tongbao ${c.name}\\b`));
      expect(run.stdout, c.name).toMatch(new RegExp(`\\nExample: tongbao ${c.name} `));
    }
  });

  it("names an unknown command and exits 2", async () => {
    const run = await runInProcess(["replya"], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "replya"');
  });
});
