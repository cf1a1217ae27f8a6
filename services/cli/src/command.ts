/** Where a command writes: injected so tests can capture it. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * One `tongbao` subcommand, as its module exports it; its name and summary are in the command
 * table (command-table.ts), which loads the module only when the command runs. `run` resolves
 * with the process exit code.
 */
export interface Command {
  usage: string;
  example: string;
  run(argv: string[], out: Output): Promise<number>;
}

/** Exit codes, documented in `tongbao --help` and the README. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** A replay or audit check found messages or records that failed verification. */
  verification: 3,
  /** The bus could not be reached. */
  unavailable: 4,
} as const;

/** A failure the user can act on: what went wrong, and what to do next. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}
