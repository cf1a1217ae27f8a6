import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Output } from "./command.js";
import { COMMANDS } from "./command-table.js";

// Nothing heavy is imported here: `tongbao --help` prints before any command module is
// loaded, and a command loads only its own module (command-table.ts).

function help(out: Output): void {
  out.log("tongbao — operate the Tongbao inter-agency security information bus\n");
  out.log("Commands:");
  for (const c of COMMANDS) out.log(`  ${c.name.padEnd(12)} ${c.summary}`);
  out.log("\nRun `tongbao <command> --help` for its options and an example.");
  out.log(
    "Exit codes: 0 success, 1 failure, 2 bad usage, 3 verification failures found (replay, audit), " +
      "4 cannot connect to the bus.",
  );
  out.log(
    "Environment: TONGBAO_URL (default tls://127.0.0.1:14222), TONGBAO_NKEY, TONGBAO_CREDS, " +
      "TONGBAO_TLS_CA, TONGBAO_ACTOR, TONGBAO_ADMIN_PUB, TONGBAO_ADMIN_KEY, TONGBAO_HOME.",
  );
}

export async function main(argv: string[], out: Output = console): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    help(out);
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    out.error(`tongbao: unknown command "${name}"; run \`tongbao --help\` for the list.`);
    return EXIT.usage;
  }
  const wantsHelp = rest.includes("--help") || rest.includes("-h");
  // The summary is in the table: it prints before the command's module (and the bus code it
  // imports) has loaded.
  if (wantsHelp) out.log(`${entry.summary}\n`);
  const command = await entry.load();
  if (wantsHelp) {
    out.log(`Usage: ${command.usage}\nExample: ${command.example}`);
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
    if (isTongbaoError(err)) {
      out.error(`tongbao ${name}: ${err.message} (${err.code})`);
      return EXIT.failure;
    }
    throw err;
  }
}
