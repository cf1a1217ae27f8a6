import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { TongbaoError } from "@tongbao/errors";

/**
 * The operator's actions run as the `tongbao` command itself (`--json`), under the operator's
 * credentials of the data directory and with the signed-in user as the audited actor: the
 * console re-implements no release, replay or key logic, and its audit records read as the
 * command's do.
 */
export interface OperatorCommands {
  /** Runs a command to its end; resolves with its JSON lines. */
  json(args: string[], actor: string): Promise<Record<string, unknown>[]>;
  /** Starts a long-running command (tail, replay); lines as they come. */
  spawn(args: string[], actor: string, on: CommandLines): ChildProcess;
}

export interface CommandLines {
  stdout?(line: string): void;
  stderr?(line: string): void;
  exit?(code: number | null): void;
}

export function operatorCommands(o: {
  cli: string;
  home: string;
  server?: string;
}): OperatorCommands {
  const start = (args: string[], actor: string) =>
    spawn(process.execPath, [o.cli, ...args, "--actor", actor], {
      env: { ...process.env, TONGBAO_HOME: o.home, ...(o.server ? { TONGBAO_URL: o.server } : {}) },
      stdio: ["ignore", "pipe", "pipe"],
    });
  const lines = (child: ChildProcess, on: CommandLines) => {
    createInterface({ input: child.stdout! }).on("line", (l) => on.stdout?.(l));
    createInterface({ input: child.stderr! }).on("line", (l) => on.stderr?.(l));
    child.on("close", (code) => on.exit?.(code));
  };
  return {
    json(args, actor) {
      return new Promise((resolve, reject) => {
        const out: Record<string, unknown>[] = [];
        const err: string[] = [];
        const child = start([...args, "--json"], actor);
        child.on("error", reject);
        lines(child, {
          stdout: (l) => {
            if (l.startsWith("{")) out.push(JSON.parse(l) as Record<string, unknown>);
          },
          stderr: (l) => err.push(l),
          exit: (code) => {
            if (code === 0) return resolve(out);
            // The command's own error line names the problem (and its hint follows it).
            const said = err.filter((l) => l.trim() !== "").join(" ") || `exit ${code}`;
            reject(
              new TongbaoError(
                code === 2 ? "TB_ERR_BAD_REQUEST" : "TB_ERR_HANDLER",
                said.replace(/^✗\s*/, ""),
              ),
            );
          },
        });
      });
    },
    spawn(args, actor, on) {
      const child = start(args, actor);
      lines(child, on);
      return child;
    },
  };
}
