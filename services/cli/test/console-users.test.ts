import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserStore, consoleUsersFile, startConsole, type RunningConsole } from "@tongbao/console";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";

const CLI = new URL("../dist/main.js", import.meta.url).pathname;

describe("tongbao console user: the console's users from the command line", () => {
  let home: string;
  let web: RunningConsole;
  const env = () => ({ TONGBAO_HOME: home });
  const user = (args: string[], input?: string) =>
    runCli(["console", "user", ...args], env(), input === undefined ? {} : { input });
  /** Signs in to the running console over HTTP; the status code. */
  const signIn = async (name: string, password: string) =>
    (
      await fetch(`${web.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, password }),
      })
    ).status;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "tongbao-console-users-"));
    // A console already running: what the command changes counts from the next sign-in.
    web = await startConsole({ home, cli: CLI, departments: new Map(), operatorFlow: false });
  });
  afterAll(async () => {
    await web?.close();
    await rm(home, { recursive: true, force: true });
  });

  it("adds an operator and a duty officer whose passwords only the hashes remember", async () => {
    const op = await user(["add", "night-op", "--role", "operator"], "correct horse battery\n");
    expect(op.code, op.stderr).toBe(0);
    expect(op.stdout).toMatch(/added night-op {2}operator/);
    const officer = await user(
      ["add", "duty-nea", "--role", "officer", "--org", "nea"],
      "nea duty desk 2026\n",
    );
    expect(officer.code, officer.stderr).toBe(0);

    const list = await user(["list", "--json"]);
    expect(JSON.parse(list.stdout)).toEqual([
      { name: "night-op", role: "operator" },
      { name: "duty-nea", role: "officer", org: "nea" },
    ]);
    const file = consoleUsersFile(home);
    const text = await readFile(file, "utf8");
    expect(text).not.toContain("correct horse");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // The console's own check accepts them; a wrong password is refused.
    const store = await UserStore.open(file);
    expect(await store.check("duty-nea", "nea duty desk 2026")).toEqual({
      name: "duty-nea",
      role: "officer",
      org: "nea",
    });
    expect(await store.check("duty-nea", "nea duty desk 2025")).toBeUndefined();
    expect(await signIn("night-op", "correct horse battery")).toBe(200);
  });

  it("refuses by name what will not do: unknown organisation, short password, a second add, no role", async () => {
    const stranger = await user(
      ["add", "x", "--role", "officer", "--org", "atlantis"],
      "long enough password\n",
    );
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toMatch(/no organisation atlantis on this bus/);
    const short = await user(["add", "shorty", "--role", "operator"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const twice = await user(["add", "night-op", "--role", "operator"], "another long password\n");
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/a console user night-op exists already/);
    const noRole = await user(["add", "nobody"], "long enough password\n");
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toMatch(/--role must be operator or officer/);
    const noInput = await user(["add", "silent", "--role", "operator"], "");
    expect(noInput.code).toBe(1);
    expect(noInput.stderr).toMatch(/no password on standard input/);
    // None of them was written.
    const names = (JSON.parse((await user(["list", "--json"])).stdout) as { name: string }[]).map(
      (u) => u.name,
    );
    expect(names).toEqual(["night-op", "duty-nea"]);
  });

  it("a new password counts from the next sign-in, and a removed user can no longer sign in", async () => {
    expect(await signIn("duty-nea", "nea duty desk 2026")).toBe(200);
    const pw = await user(["passwd", "duty-nea"], "nea night shift 2027\n");
    expect(pw.code, pw.stderr).toBe(0);
    expect(await signIn("duty-nea", "nea duty desk 2026")).toBe(401);
    expect(await signIn("duty-nea", "nea night shift 2027")).toBe(200);

    const removed = await user(["remove", "duty-nea"]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await signIn("duty-nea", "nea night shift 2027")).toBe(401);
    const again = await user(["remove", "duty-nea"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no console user duty-nea/);
    expect(await signIn("night-op", "correct horse battery")).toBe(200);
  });
});
