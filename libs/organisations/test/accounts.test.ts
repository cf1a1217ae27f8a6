import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createUser } from "@nats-io/nkeys";
import { natsServerBinaries, toConf } from "@tongbao/nats-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OWNER_ACCOUNT,
  TRACKER_ORGANIZATION,
  brokerConfig,
  durablesOf,
  isDurableOf,
  loadProfiles,
  organisationAccounts,
  subscriptionFilters,
  type DepartmentProfile,
} from "../src/mod.js";

const run = promisify(execFile);
let profiles: DepartmentProfile[];
let dir: string;

beforeAll(async () => {
  profiles = await loadProfiles();
  dir = await mkdtemp(join(tmpdir(), "tongbao-accounts-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function configFor(version: string) {
  const accounts = organisationAccounts(profiles, [TRACKER_ORGANIZATION], version);
  const users = {
    operator: [createUser().getPublicKey()],
    organisations: new Map(accounts.map((a) => [a.orgId, createUser().getPublicKey()])),
    links: [{ nkey: createUser().getPublicKey(), publish: ["$JS.S.>"], subscribe: ["$JS.M.>"] }],
  };
  return { accounts, config: brokerConfig(accounts, users) };
}

describe("the broker accounts generated from the profiles", () => {
  it("are a configuration every available nats-server accepts (nats-server -t)", async () => {
    const binaries = await natsServerBinaries();
    expect(binaries.length).toBeGreaterThan(0);
    for (const b of binaries) {
      const file = join(dir, `accounts-${b.version}.conf`);
      const { config } = configFor(b.version);
      await writeFile(file, toConf({ ...config, jetstream: { store_dir: join(dir, "js") } }));
      const out = await run(b.path, ["-t", "-c", file]);
      expect(`${out.stdout}${out.stderr}`, `nats-server ${b.version}`).toMatch(/is valid/);
    }
  });

  it("put every user in a named account with an nkey, beside no authorization block or default user", () => {
    const { config } = configFor("2.10.27");
    expect(config).not.toHaveProperty("authorization");
    expect(config).not.toHaveProperty("no_auth_user");
    const accounts = config["accounts"] as Record<string, { users: { nkey: string }[] }>;
    expect(Object.keys(accounts)).toEqual([
      OWNER_ACCOUNT,
      ...profiles.map((p) => p.id),
      TRACKER_ORGANIZATION.id,
    ]);
    for (const a of Object.values(accounts)) {
      expect(a.users.length).toBeGreaterThan(0);
      for (const u of a.users) expect(u.nkey).toMatch(/^U[A-Z2-7]{55}$/);
    }
  });

  it("let a leaf link's user in the owner account open only a leaf connection, with its link's subjects", () => {
    const { config } = configFor("2.10.27");
    const owner = (config["accounts"] as Record<string, { users: Record<string, unknown>[] }>)[
      OWNER_ACCOUNT
    ]!;
    const [operator, link] = owner.users;
    expect(operator).toEqual({ nkey: expect.stringMatching(/^U/) });
    expect(link).toEqual({
      nkey: expect.stringMatching(/^U/),
      allowed_connection_types: ["LEAFNODE"],
      permissions: { publish: { allow: ["$JS.S.>"] }, subscribe: { allow: ["$JS.M.>"] } },
    });
  });

  it("grant an organisation publishing only with its own origin, and only its own durables", () => {
    const { accounts } = configFor("2.9.10");
    for (const a of accounts) {
      const traffic = a.grants.filter((g) => g.subject.startsWith("tb."));
      expect(traffic.length, a.orgId).toBeGreaterThan(0);
      for (const g of traffic) expect(g.subject.endsWith(`.${a.orgId}`), g.subject).toBe(true);
      const pulls = a.grants.filter((g) => g.subject.includes("CONSUMER.MSG.NEXT"));
      for (const g of pulls) expect(isDurableOf(a.orgId, g.subject.split(".").pop()!)).toBe(true);
      // Nothing of the JetStream API beyond pulls of its own durables and direct get.
      const api = a.grants.filter((g) => g.subject.startsWith("$JS.API."));
      for (const g of api)
        expect(g.subject).toMatch(/^\$JS\.API\.(CONSUMER\.MSG\.NEXT|DIRECT\.GET)\./);
    }
    // sastind publishes nothing broadcast (its floor is AMBER+STRICT).
    const sastind = accounts.find((a) => a.orgId === "sastind")!;
    expect(sastind.grants.some((g) => /^tb\.\w+\.(?!to\.)/.test(g.subject))).toBe(false);
  });

  it("make one durable per status with every filter on 2.10+, one per filter on 2.9", () => {
    const miit = profiles.find((p) => p.id === "miit")!;
    const multi = durablesOf(miit, "2.10.27");
    expect(multi.map((d) => d.name)).toEqual(["miit-live", "miit-exercise"]);
    expect(multi[0]!.filters).toEqual(subscriptionFilters(miit, "live"));
    const single = durablesOf(miit, "2.9.10");
    expect(single.every((d) => d.filters.length === 1)).toBe(true);
    expect(single.flatMap((d) => d.filters)).toEqual([
      ...subscriptionFilters(miit, "live"),
      ...subscriptionFilters(miit, "exercise"),
    ]);
    expect(single.every((d) => isDurableOf("miit", d.name))).toBe(true);
    // A durable of nea-east is not nea's.
    expect(isDurableOf("nea", "nea-east-live")).toBe(false);
  });
});
