import { CliError, EXIT, type Command, type Output } from "./command.js";
import { up } from "./commands/up.js";

const commands: Command[] = [up];

function help(out: Output): void {
  out.log("tongbao — operate the Tongbao inter-agency security information bus\n");
  out.log("Commands:");
  for (const c of commands) out.log(`  ${c.name.padEnd(12)} ${c.summary}`);
  out.log("\nRun `tongbao <command> --help` for its options and an example.");
  out.log("Exit codes: 0 success, 1 failure, 2 bad usage.");
}

export async function main(argv: string[], out: Output = console): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    help(out);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    out.error(`tongbao: unknown command "${name}"; run \`tongbao --help\` for the list.`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.log(`${command.summary}\n\nUsage: ${command.usage}\nExample: ${command.example}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, out);
  } catch (err) {
    if (err instanceof CliError) {
      out.error(`tongbao ${name}: ${err.message}`);
      if (err.hint) out.error(`  → ${err.hint}`);
      return err.exitCode;
    }
    if (
      err instanceof TypeError &&
      "code" in err &&
      String(err.code).startsWith("ERR_PARSE_ARGS")
    ) {
      out.error(`tongbao ${name}: ${err.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    throw err;
  }
}
