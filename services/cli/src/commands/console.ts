import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { UserStore, consoleUsersFile, type ConsoleUser } from "@tongbao/console";
import { busProfiles, dataLayout } from "@tongbao/organisations";
import { tongbaoHome } from "../home.js";
import { CliError, EXIT, type Command } from "../command.js";
import { profileError } from "./bring-up-parts.js";

const ROLES = ["operator", "officer"] as const;

/**
 * `tongbao console user add|passwd|remove|list`: the web console's users, in
 * `<data>/console/users.json`, hashed by the console's own UserStore. A running console reads
 * the file at every sign-in, so a change counts from the next one; sessions already open
 * last until they expire. Passwords come on standard input, never as an argument, where
 * `ps` would show them to every user of the machine.
 */
export const consoleCommand: Command = {
  usage:
    "tongbao console user add NAME --role operator|officer [--org ORG] | passwd NAME | remove NAME | list [--json]  [--data-dir DIR] [--profiles DIR]",
  example:
    "tongbao console user add duty-nea --role officer --org nea   # the password on standard input",
  async run(argv, out) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: "string" },
        org: { type: "string" },
        json: { type: "boolean", default: false },
        "data-dir": { type: "string", default: tongbaoHome() },
        profiles: { type: "string" },
      },
    });
    const [group, action, name, ...rest] = positionals;
    if (group !== "user" || !action || rest.length > 0) {
      throw new CliError(
        `expected \`user add|passwd|remove|list\`, got "${positionals.join(" ")}"`,
        undefined,
        EXIT.usage,
      );
    }
    const layout = dataLayout(values["data-dir"]);
    const users = await UserStore.open(consoleUsersFile(layout.home));
    const needName = () => {
      if (!name) throw new CliError(`\`user ${action}\` needs a user NAME`, undefined, EXIT.usage);
      return name;
    };
    switch (action) {
      case "list": {
        if (name) throw new CliError("`user list` takes no NAME", undefined, EXIT.usage);
        const list = users.list();
        if (values.json) out.log(JSON.stringify(list));
        else if (list.length === 0) out.log(`no console users in ${consoleUsersFile(layout.home)}`);
        else for (const u of list) out.log(describe(u));
        return EXIT.ok;
      }
      case "add": {
        const user = await userOf(needName(), values, layout.profiles);
        if (users.get(user.name)) {
          throw new CliError(
            `a console user ${user.name} exists already`,
            "change its password with `tongbao console user passwd`",
          );
        }
        await users.set(user, await readPassword(out));
        out.log(`added ${describe(user)}`);
        return EXIT.ok;
      }
      case "passwd": {
        const user = users.get(needName());
        if (!user) throw new CliError(`no console user ${name ?? ""}`);
        await users.set(user, await readPassword(out));
        out.log(`new password for ${user.name}; it counts from the next sign-in`);
        return EXIT.ok;
      }
      case "remove": {
        if (!(await users.remove(needName()))) throw new CliError(`no console user ${name ?? ""}`);
        out.log(`removed ${name ?? ""}; sessions already open end when they expire`);
        return EXIT.ok;
      }
      default:
        throw new CliError(
          `unknown action "${action}": add, passwd, remove or list`,
          undefined,
          EXIT.usage,
        );
    }
  },
};

function describe(u: ConsoleUser): string {
  return u.role === "officer" ? `${u.name}  duty officer of ${u.org}` : `${u.name}  operator`;
}

/** The user to add: an operator, or a duty officer of an organisation of this bus. */
async function userOf(
  name: string,
  values: { role?: string | undefined; org?: string | undefined; profiles?: string | undefined },
  added: string,
): Promise<ConsoleUser> {
  const role = values.role;
  if (!role || !(ROLES as readonly string[]).includes(role)) {
    throw new CliError(
      `--role must be operator or officer, not "${role ?? ""}"`,
      undefined,
      EXIT.usage,
    );
  }
  if (role === "operator") {
    if (values.org) throw new CliError("an operator sees every organisation: drop --org");
    return { name, role: "operator" };
  }
  if (!values.org) throw new CliError("a duty officer needs --org ORG", undefined, EXIT.usage);
  const orgs = (await busProfiles(added, values.profiles).catch(profileError)).map((p) => p.id);
  if (!orgs.includes(values.org)) {
    throw new CliError(`no organisation ${values.org} on this bus`, `one of: ${orgs.join(", ")}`);
  }
  return { name, role: "officer", org: values.org };
}

/** One line from standard input: piped, or typed at a prompt. */
async function readPassword(out: { error(line: string): void }): Promise<string> {
  if (process.stdin.isTTY) out.error("password (at least 12 characters): ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new CliError("no password on standard input", "pipe it in or type it at the prompt");
}
