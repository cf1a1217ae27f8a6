import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { findNatsServerBinary } from "@tongbao/nats-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { departmentFilters } from "../src/department-consumers.js";
import { securityPlan } from "../src/nats-auth.js";
import { loadProfiles } from "../src/profiles.js";
import { writeSecurityFiles } from "../src/security-files.js";
import type { DepartmentProfile } from "../src/types.js";

const PROFILES = fileURLToPath(new URL("../../../deploy/departments", import.meta.url));
let profiles: DepartmentProfile[];
let dir: string;

beforeAll(async () => {
  profiles = await loadProfiles(PROFILES);
  dir = await mkdtemp(join(tmpdir(), "tongbao-security-auth-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("securityPlan", () => {
  test("gives every organisation and the operator its own nkey, with no anonymous way in", () => {
    const plan = securityPlan(profiles);
    const auth = plan.config["authorization"] as {
      users: { nkey: string; permissions?: unknown }[];
    };
    expect(plan.users.map((u) => u.name).sort()).toEqual(
      [...profiles.map((p) => p.id), "operator"].sort(),
    );
    expect(new Set(auth.users.map((u) => u.nkey)).size).toBe(profiles.length + 1);
    expect(auth.users.every((u) => u.nkey.startsWith("U"))).toBe(true);
    // The shape behind CVE-2023-47090 needs an accounts block; none here, and no default user.
    expect(plan.config).not.toHaveProperty("accounts");
    expect(plan.config).not.toHaveProperty("no_auth_user");
    expect(auth).not.toHaveProperty("no_auth_user");
    const operator = plan.users.find((u) => u.role === "operator")!;
    expect(auth.users.find((u) => u.nkey === operator.publicKey)).not.toHaveProperty("permissions");
  });

  test("lets a department publish only with its own origin, and subscribe only to its inbox", () => {
    const p = securityPlan(profiles).permissions.get("nea")!;
    const traffic = p.publish.allow.filter((s) => s.startsWith("tb."));
    expect(traffic.length).toBeGreaterThan(0);
    expect(traffic.every((s) => s.endsWith(".nea"))).toBe(true);
    expect(traffic).toContain("tb.live.warning.*.nea");
    expect(traffic).toContain("tb.exercise.to.*.receipt.nea");
    expect(p.subscribe.allow).toEqual(["_INBOX.nea.>"]);
    expect(p.subscribe.deny).toEqual(expect.arrayContaining(["tb.>", "tbq.>", "tba.>"]));
  });

  test("gives an organisation whose marking floor is AMBER+STRICT no broadcast subject", () => {
    const p = securityPlan(profiles).permissions.get("sastind")!;
    const broadcast = p.publish.allow.filter(
      (s) => s.startsWith("tb.") && s.split(".")[2] !== "to",
    );
    expect(broadcast).toEqual([]);
  });

  test("pins department filters to its addressed subjects and its profile's broadcasts", () => {
    const neaEast = profiles.find((p) => p.id === "nea-east")!;
    expect(departmentFilters(neaEast, "live").sort()).toEqual(
      [
        "tb.live.to.nea-east.>",
        "tb.live.warning.power.*",
        "tb.live.warning.oil_and_gas.*",
        "tb.live.warning.coal.*",
        "tb.live.warning.all.*",
      ].sort(),
    );
  });
});

describe("writeSecurityFiles", () => {
  test("writes a configuration nats-server accepts, seeds readable by their owner only, and keeps them on a re-run", async () => {
    const first = await writeSecurityFiles(PROFILES, dir);
    for (const file of first.seeds.values()) expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await writeSecurityFiles(PROFILES, dir);
    expect(again.plan.users.map((u) => u.publicKey)).toEqual(
      first.plan.users.map((u) => u.publicKey),
    );
    const durables = JSON.parse(await readFile(first.durablesFile, "utf8")) as unknown[];
    expect(durables.length).toBe(first.plan.durables.length);

    const binary = await findNatsServerBinary();
    if (!binary) throw new Error("nats-server is needed to check the configuration");
    const conf = join(dir, "server.conf");
    await writeFile(conf, `listen: "127.0.0.1:-1"\ninclude "./auth.conf"\n`);
    const { stderr } = await promisify(execFile)(binary, ["-c", conf, "-t"]);
    expect(stderr).toMatch(/configuration file .* is valid/);
  });
});
