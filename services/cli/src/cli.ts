import { isTongbaoError } from "@tongbao/errors";
import { CliError, EXIT, type Command, type Output } from "./command.js";
import { up } from "./commands/up.js";
import { certs } from "./commands/certs.js";
import { provisionCommand } from "./commands/provision.js";
import { org } from "./commands/org.js";
import { audit } from "./commands/audit.js";
import { keys } from "./commands/keys.js";
import { publish } from "./commands/publish.js";
import { quarantine } from "./commands/quarantine.js";
import { replay } from "./commands/replay.js";
import { tracking } from "./commands/tracking.js";
import { status } from "./commands/status.js";
import { tail } from "./commands/tail.js";
import { profiles } from "./commands/profiles.js";

const commands: Command[] = [
  up,
  provisionCommand,
  org,
  replay,
  tail,
  status,
  quarantine,
  keys,
  audit,
  publish,
  tracking,
  certs,
  profiles,
];

function help(out: Output): void {
  out.log("tongbao — operate the Tongbao inter-agency security information bus\n");
  out.log("Commands:");
  for (const c of commands) out.log(`  ${c.name.padEnd(12)} ${c.summary}`);
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
    if (isTongbaoError(err)) {
      out.error(`tongbao ${name}: ${err.message} (${err.code})`);
      return EXIT.failure;
    }
    throw err;
  }
}
