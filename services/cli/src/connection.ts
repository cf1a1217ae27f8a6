import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import {
  connect,
  credsAuthenticator,
  nkeyAuthenticator,
  type ConnectionOptions,
  type NatsConnection,
} from "@nats-io/transport-node";
import { CliError, EXIT } from "./command.js";

/** Where `tongbao up` listens. */
export const DEFAULT_SERVER = "nats://127.0.0.1:14222";

/** Options every command that talks to the bus accepts (parseArgs shape). */
export const CONNECTION_OPTIONS = {
  server: { type: "string" },
  creds: { type: "string" },
  nkey: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  actor: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

export const CONNECTION_USAGE =
  "[--server URL] [--creds FILE | --nkey FILE | --user NAME --password PW] [--actor ID] [--json]";

export interface ConnectionValues {
  server?: string | undefined;
  creds?: string | undefined;
  nkey?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
}

const env = (name: string): string | undefined => process.env[name] || undefined;

/**
 * Flags first, then TONGBAO_URL / TONGBAO_CREDS / TONGBAO_NKEY / TONGBAO_USER / TONGBAO_PASSWORD.
 * `--nkey` takes a seed file as `tongbao certs --nats-auth` writes them (nkeys/<org>.nk).
 */
export async function connectBus(values: ConnectionValues): Promise<NatsConnection> {
  const server = values.server ?? env("TONGBAO_URL") ?? DEFAULT_SERVER;
  const creds = values.creds ?? env("TONGBAO_CREDS");
  const nkey = values.nkey ?? env("TONGBAO_NKEY");
  const user = values.user ?? env("TONGBAO_USER");
  const pass = values.password ?? env("TONGBAO_PASSWORD");
  const opts: ConnectionOptions = {
    servers: server.split(","),
    name: "tongbao-cli",
    timeout: 5_000,
    maxReconnectAttempts: 3,
  };
  if (creds) {
    const bytes = await readFile(creds).catch((err: unknown) => {
      throw new CliError(
        `cannot read the credentials file ${creds}: ${(err as Error).message}`,
        "pass a readable .creds file with --creds or TONGBAO_CREDS",
        EXIT.usage,
      );
    });
    opts.authenticator = credsAuthenticator(bytes);
  } else if (nkey) {
    const seed = await readFile(nkey, "utf8").catch((err: unknown) => {
      throw new CliError(
        `cannot read the nkey seed file ${nkey}: ${(err as Error).message}`,
        "pass a readable seed file (nkeys/<org>.nk from `tongbao certs --nats-auth`) with --nkey or TONGBAO_NKEY",
        EXIT.usage,
      );
    });
    opts.authenticator = nkeyAuthenticator(new TextEncoder().encode(seed.trim()));
  } else if (user) {
    opts.user = user;
    if (pass !== undefined) opts.pass = pass;
  }
  try {
    return await connect(opts);
  } catch (err) {
    throw new CliError(
      `cannot connect to ${server}: ${(err as Error).message}`,
      "is the bus up? start it with `tongbao up`, or point to it with --server / TONGBAO_URL " +
        "(credentials: --creds / TONGBAO_CREDS, --nkey / TONGBAO_NKEY, --user and --password)",
      EXIT.unavailable,
    );
  }
}

const ACTOR = /^[a-z0-9_-]{1,64}$/;

/** Who is acting, for TB_AUDIT: --actor, TONGBAO_ACTOR, else the OS user (made a subject token). */
export function actorOf(flag: string | undefined): string {
  const given = flag ?? env("TONGBAO_ACTOR");
  if (given !== undefined) {
    if (!ACTOR.test(given)) {
      throw new CliError(
        `--actor "${given}" is not an actor id`,
        "use lower-case letters, digits, - and _ (at most 64), e.g. --actor zhang-wei",
        EXIT.usage,
      );
    }
    return given;
  }
  let name = "operator";
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep the generic name.
  }
  const token = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .slice(0, 64);
  return token || "operator";
}

/** Closes the connection, ignoring errors from one already closed. */
export async function closeQuietly(nc: NatsConnection | undefined): Promise<void> {
  await nc?.drain().catch(() => nc.close().catch(() => {}));
}
