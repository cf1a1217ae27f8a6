import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TongbaoError } from "@tongbao/errors";
import { describe, expect, it } from "vitest";
import { loadProfile, validateProfile } from "../src/profile-loader.js";
import { DEPARTMENTS_DIR, loadProfiles } from "../src/profiles-dir.js";
import { subscriptionFilters } from "../src/subscriptions.js";

const MAIN = new URL("../../../services/department/src/main.ts", import.meta.url).pathname;
// Decorators need the workspace's compiler options when tsx runs the sources.
const TSCONFIG = new URL("../../../tsconfig.tests.json", import.meta.url).pathname;

async function badProfile(mutate: (p: Record<string, unknown>) => void): Promise<TongbaoError> {
  const p = JSON.parse(await readFile(join(DEPARTMENTS_DIR, "miit.json"), "utf8")) as Record<
    string,
    unknown
  >;
  mutate(p);
  return validateProfile(p).then(
    () => {
      throw new Error("accepted a bad profile");
    },
    (err: TongbaoError) => err,
  );
}

describe("department profiles", () => {
  it("accepts every profile in deploy/departments", async () => {
    const ids = (await loadProfiles()).map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "miit",
        "moe",
        "mohrss",
        "mee",
        "nhc",
        "mem",
        "sasac",
        "samr",
        "nea",
        "sastind",
        "js-ca",
        "js-iit",
      ]),
    );
  });

  it("names the field of a bad profile", async () => {
    const sector = await badProfile((p) => {
      (p["subscribe"] as { broadcast: { sectors: string[] }[] }).broadcast[0]!.sectors = [
        "power",
        "space",
      ];
    });
    expect(sector.code).toBe("TB_ERR_CONFIG");
    expect(sector.path).toBe("subscribe.broadcast[0].sectors[1]");
    const missing = await badProfile((p) => delete p["publish"]);
    expect(missing.message).toMatch(/needs the field "publish"/);
    expect(missing.path).toBe("publish");
    const unknown = await badProfile((p) => (p["colour"] = "red"));
    expect(unknown.message).toMatch(/unknown field "colour"/);
    expect(unknown.path).toBe("colour");
  });

  it("subscribes to everything addressed to the organisation plus its broadcast families by sector", async () => {
    const moe = await loadProfile(join(DEPARTMENTS_DIR, "moe.json"));
    expect(subscriptionFilters(moe, "live").sort()).toEqual(
      [
        "tb.live.to.moe.*.*",
        "tb.live.bulletin.education.*",
        "tb.live.bulletin.all.*",
        "tb.live.warning.education.*",
        "tb.live.warning.all.*",
      ].sort(),
    );
  });

  it("refuses to start the service with a bad profile, naming the field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongbao-profile-"));
    try {
      const p = JSON.parse(await readFile(join(DEPARTMENTS_DIR, "mem.json"), "utf8")) as Record<
        string,
        unknown
      >;
      (p["publish"] as Record<string, unknown>)["minTlp"] = "PURPLE";
      const file = join(dir, "mem.json");
      await writeFile(file, JSON.stringify(p));
      const proc = spawn(
        process.execPath,
        [
          "--conditions=source",
          "--import",
          "tsx/esm",
          MAIN,
          "--profile",
          file,
          "--nats",
          "nats://127.0.0.1:1",
        ],
        {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
        },
      );
      let output = "";
      proc.stdout.on("data", (c: Buffer) => (output += c.toString()));
      proc.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
      expect(code).toBe(1);
      expect(output).toMatch(/publish\.minTlp/);
      expect(output).toMatch(/did not start/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
