import { dataLayout, recordDevelopmentSecret } from "@tongbao/organisations";
import { UserStore, randomPassword, type ConsoleUser } from "./users.js";

/**
 * Users of a development bus: `operator`, and one duty officer per organisation named after
 * it, each made the first time it is missing (an organisation onboarded later gets its officer
 * on the next bring-up). Their random passwords are appended to `console/dev-passwords.txt`
 * (mode 0600), like the bus's other development secrets; the users file keeps only hashes.
 */
export async function ensureDevelopmentUsers(
  home: string,
  orgIds: readonly string[],
): Promise<{ created: string[]; passwordsFile: string }> {
  const layout = dataLayout(home);
  const users = await UserStore.open(layout.consoleUsers);
  const passwordsFile = layout.consoleDevPasswords;
  const known = new Set(users.list().map((u) => u.name));
  const wanted: ConsoleUser[] = [
    { name: "operator", role: "operator" },
    ...orgIds.map((org): ConsoleUser => ({ name: org, role: "officer", org })),
  ];
  const created: string[] = [];
  for (const user of wanted.filter((u) => !known.has(u.name))) {
    const password = randomPassword();
    await users.set(user, password);
    await recordDevelopmentSecret(passwordsFile, user.name, password);
    created.push(user.name);
  }
  return { created, passwordsFile };
}
