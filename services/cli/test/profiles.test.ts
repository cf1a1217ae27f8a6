import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEPARTMENTS_DIR,
  PROVINCES,
  checkProfileSet,
  loadProfiles,
  type DepartmentProfile,
} from "@tongbao/organisations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runInProcess } from "./fixtures/run-cli.js";

describe("tongbao profiles generate: the real breadth from the hand-written profiles", () => {
  let dir: string;
  let set: DepartmentProfile[];
  let handWritten: DepartmentProfile[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-profiles-"));
    const run = await runCli(
      [
        "profiles",
        "generate",
        "--provinces",
        "all",
        "--sub-offices",
        "228",
        "--out",
        join(dir, "a"),
      ],
      {},
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^300 profiles in /);
    // The existing loader validates every file against profile.schema.json.
    set = await loadProfiles(join(dir, "a"));
    handWritten = await loadProfiles(DEPARTMENTS_DIR);
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("holds 300 organisations with unique ids whose parents are in the set", () => {
    expect(set).toHaveLength(300);
    expect(new Set(set.map((p) => p.id)).size).toBe(300);
    const ids = new Set(set.map((p) => p.id));
    for (const p of set) if (p.parent) expect(ids, `${p.id}'s parent`).toContain(p.parent);
    expect(() => checkProfileSet(set)).not.toThrow();
  });

  it("gives every province its communications administration and industry authority, under MIIT", () => {
    expect(PROVINCES).toHaveLength(31);
    for (const province of PROVINCES) {
      const ca = set.find((p) => p.id === `${province.code}-ca`)!;
      const iit = set.find((p) => p.id === `${province.code}-iit`)!;
      expect(ca).toMatchObject({
        kind: "communications-administration",
        parent: "miit",
        region: province.region,
        nameZh: `${province.nameZh}通信管理局`,
      });
      expect(iit).toMatchObject({
        kind: "industry-authority",
        parent: "miit",
        region: province.region,
      });
      expect(iit.nameZh.startsWith(province.nameZh)).toBe(true);
    }
    expect(set.find((p) => p.id === "bj-iit")!.nameZh).toBe("北京市经济和信息化局");
    expect(new Set(PROVINCES.map((p) => p.region)).size).toBe(31);
  });

  it("copies the ten departments and Jiangsu's and NEA East's hand-written profiles as they are", () => {
    const strip = (p: DepartmentProfile) => {
      const { $schema: _s, ...rest } = p as DepartmentProfile & { $schema?: string };
      return rest;
    };
    for (const h of handWritten) {
      const g = set.find((p) => p.id === h.id);
      expect(g, h.id).toBeDefined();
      if (h.id === "nea") continue; // its forwarding names every NEA office of the set
      expect(g).toEqual(strip(h));
    }
    const nea = set.find((p) => p.id === "nea")!;
    const offices = set.filter((p) => p.parent === "nea").map((p) => p.id);
    expect(offices).toHaveLength(18);
    const forward = nea.behaviours?.find((b) => b.kind === "forward-sector-warnings");
    expect(forward && "to" in forward ? [...forward.to].sort() : []).toEqual(offices.sort());
  });

  it("is deterministic: the same flags write the same bytes", async () => {
    const again = await runCli(
      ["profiles", "generate", "--sub-offices", "228", "--out", join(dir, "b")],
      {},
    );
    expect(again.code).toBe(0);
    const files = (await readdir(join(dir, "a"))).sort();
    expect((await readdir(join(dir, "b"))).sort()).toEqual(files);
    for (const f of files) {
      expect(await readFile(join(dir, "b", f), "utf8"), f).toBe(
        await readFile(join(dir, "a", f), "utf8"),
      );
    }
  });

  it("refuses bad flags naming the problem, and an earlier set without --force", async () => {
    const unknown = await runInProcess(
      ["profiles", "generate", "--provinces", "js,zz", "--out", join(dir, "c")],
      {},
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("provinces: unknown zz");
    const tooMany = await runInProcess(
      ["profiles", "generate", "--sub-offices", "999", "--out", join(dir, "c")],
      {},
    );
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain("--sub-offices: expected 0 to 272");
    // Positive control: two named provinces and no sub-offices is a valid set of 14.
    const small = await runInProcess(
      ["profiles", "generate", "--provinces", "js,bj", "--out", join(dir, "c")],
      {},
    );
    expect(small.code).toBe(0);
    expect(await loadProfiles(join(dir, "c"))).toHaveLength(14);
    const occupied = await runInProcess(["profiles", "generate", "--out", join(dir, "c")], {});
    expect(occupied.code).toBe(1);
    expect(occupied.stderr).toContain("already holds 14 profile files");
    const forced = await runInProcess(
      ["profiles", "generate", "--out", join(dir, "c"), "--force"],
      {},
    );
    expect(forced.code).toBe(0);
    expect(await loadProfiles(join(dir, "c"))).toHaveLength(72);
  }, 60_000);

  it("finds a parent missing from a set", () => {
    const orphan = { ...set.find((p) => p.id === "js-mem")!, id: "js-orphan", parent: "nowhere" };
    expect(() => checkProfileSet([...set, orphan])).toThrow(
      /js-orphan: parent nowhere is not in the set/,
    );
  });
});
