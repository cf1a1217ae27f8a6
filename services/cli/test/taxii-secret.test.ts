import { readFileSync, statSync } from "node:fs";
import { dataLayout } from "@tongbao/organisations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busUp } from "./fixtures/up-process.js";
import { runCli } from "./fixtures/run-cli.js";

const TAXII = "application/taxii+json;version=2.1";

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

/** GET of a department's TAXII discovery, with the given Authorization (or none). */
async function discovery(base: string, authorization?: string): Promise<number> {
  const res = await fetch(`${base}/taxii2/`, {
    headers: { accept: TAXII, ...(authorization ? { authorization } : {}) },
  });
  await res.arrayBuffer();
  return res.status;
}

describe("TAXII secrets of the development bus and `tongbao taxii secret`", () => {
  let bus: Awaited<ReturnType<typeof busUp>>;
  beforeAll(async () => {
    bus = await busUp();
  }, 90_000);
  afterAll(async () => {
    await bus?.stop();
  });

  it("tongbao up makes one secret per organisation (0600) that its department answers TAXII with", async () => {
    const file = dataLayout(bus.home).taxiiDevSecrets;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secrets = new Map(
      readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => l.split(" ") as [string, string]),
    );
    expect(secrets.size).toBe(13);
    const miit = bus.departmentUrl("miit");
    const nea = bus.departmentUrl("nea");
    expect(await discovery(miit)).toBe(401);
    expect(await discovery(miit, basic("miit", "not-the-secret-at-all"))).toBe(401);
    // nea's own secret opens nea's server, not miit's.
    expect(await discovery(miit, basic("nea", secrets.get("nea")!))).toBe(401);
    expect(await discovery(nea, basic("nea", secrets.get("nea")!))).toBe(200);
    expect(await discovery(miit, basic("miit", secrets.get("miit")!))).toBe(200);
    expect(bus.output()).toContain(file);
  });

  it("tongbao taxii secret ORG --stdin replaces the secret of a running department: the old one is refused, the new one accepted", async () => {
    const miit = bus.departmentUrl("miit");
    const file = dataLayout(bus.home).taxiiDevSecrets;
    const old = /^miit (\S+)$/m.exec(readFileSync(file, "utf8"))![1]!;
    const env = { TONGBAO_HOME: bus.home };
    const fresh = "a-secret-from-the-misp-admin-2026";

    // Refusals first, each changing nothing: a short secret, an unknown organisation.
    const short = await runCli(["taxii", "secret", "miit", "--stdin"], env, { input: "short\n" });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 16 characters \(it has 5\)/);
    const unknown = await runCli(["taxii", "secret", "nobody", "--stdin"], env, { input: fresh });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no organisation "nobody" on this bus/);
    expect(await discovery(miit, basic("miit", old))).toBe(200);

    const set = await runCli(["taxii", "secret", "miit", "--stdin"], env, { input: `${fresh}\n` });
    expect(set.stderr).toBe("");
    expect(set.code).toBe(0);
    expect(set.stdout).toContain("TAXII secret of miit set");
    expect(set.stdout).not.toContain(fresh);
    const credentials = `${dataLayout(bus.home).state("miit")}/taxii-credentials.json`;
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(readFileSync(credentials, "utf8")).not.toContain(fresh);
    expect(await discovery(miit, basic("miit", old))).toBe(401);
    expect(await discovery(miit, basic("miit", fresh))).toBe(200);

    // Without --stdin a random secret is made and shown once.
    const made = await runCli(["taxii", "secret", "miit"], env);
    expect(made.code).toBe(0);
    const shown = /password (\S+) {2}\(shown once\)/.exec(made.stdout)?.[1];
    expect(shown).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await discovery(miit, basic("miit", fresh))).toBe(401);
    expect(await discovery(miit, basic("miit", shown!))).toBe(200);
  });
});
