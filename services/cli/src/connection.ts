import { existsSync } from "node:fs";
import { basename } from "node:path";
import { userInfo } from "node:os";
import type { NatsConnection } from "@nats-io/transport-node";
import { isTongbaoError } from "@tongbao/errors";
import {
  COMMAND_CONNECT_DEADLINE_MS,
  busAddress,
  connectAs,
  connectDeadlineMs,
} from "@tongbao/organisations/connect";
import { OPERATOR, dataLayout } from "@tongbao/organisations/layout";
import { CliError, EXIT } from "./command.js";
import { tongbaoHome } from "./home.js";

/** Options every command that talks to the bus accepts (parseArgs shape). */
export const CONNECTION_OPTIONS = {
  server: { type: "string" },
  creds: { type: "string" },
  nkey: { type: "string" },
  "tls-ca": { type: "string" },
  "connect-deadline": { type: "string" },
  org: { type: "string" },
  actor: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

export const CONNECTION_USAGE =
  "[--server URL[,URL...]] [--nkey FILE | --creds FILE] [--tls-ca FILE] [--connect-deadline SECONDS] [--org ID] [--actor ID] [--json]";

export interface ConnectionValues {
  server?: string | undefined;
  creds?: string | undefined;
  nkey?: string | undefined;
  "tls-ca"?: string | undefined;
  "connect-deadline"?: string | undefined;
  org?: string | undefined;
}

/**
 * Flags first, then TONGBAO_URL / TONGBAO_NKEY / TONGBAO_CREDS / TONGBAO_TLS_CA. Without
 * credentials, the operator's of the development bus in TONGBAO_HOME (what `tongbao up`
 * made), so commands work against `npm start` as they are. Under an organisation's seed the
 * connection's replies go under that organisation's inbox prefix (`--org`, else the seed
 * file's name, `<org>.nk`).
 */
export async function connectBus(
  values: ConnectionValues,
  home: string = tongbaoHome(),
): Promise<NatsConnection> {
  const given = busAddress({
    url: values.server,
    nkey: values.nkey,
    creds: values.creds,
    tlsCa: values["tls-ca"],
  });
  const dev = dataLayout(home);
  const nkey =
    given.nkey ??
    (!given.creds && existsSync(dev.nkeyFile(OPERATOR)) ? dev.nkeyFile(OPERATOR) : undefined);
  const tlsCa = given.tlsCa ?? (existsSync(dev.caFile) ? dev.caFile : undefined);
  const fromFile = nkey ? basename(nkey).replace(/\.nk$/, "") : undefined;
  // An organisation's own credentials take its replies under its prefix; the operator's
  // (given or the development default) need none.
  const own = given.nkey !== undefined || given.creds !== undefined;
  const org = own ? (values.org ?? (fromFile !== OPERATOR ? fromFile : undefined)) : undefined;
  const deadlineMs = connectDeadlineMs(values["connect-deadline"], COMMAND_CONNECT_DEADLINE_MS);
  try {
    return await connectAs({
      ...given,
      nkey,
      tlsCa,
      orgId: org,
      name: "tongbao-cli",
      maxReconnectAttempts: 3,
      // A bus still coming up is waited for, within the deadline; each try is told on stderr.
      retry: {
        deadlineMs,
        onRetry: (a) =>
          process.stderr.write(
            `tongbao: ${a.what}: attempt ${a.attempt} failed (${a.reason}); retrying in ${a.retryInMs} ms\n`,
          ),
      },
    });
  } catch (err) {
    if (!isTongbaoError(err)) throw err;
    throw new CliError(
      err.message,
      "start the bus with `npm start` (`tongbao up`), or point to it with --server / TONGBAO_URL and its credentials (--nkey, --creds, --tls-ca)",
      // Whatever kept the connection from being made (address, TLS, credentials): exit 4.
      EXIT.unavailable,
    );
  }
}

const ACTOR = /^[a-z0-9_-]{1,64}$/;

/** Who is acting, for TB_AUDIT: --actor, TONGBAO_ACTOR, else the OS user (made a subject token). */
export function actorOf(flag: string | undefined): string {
  const given = flag ?? (process.env["TONGBAO_ACTOR"] || undefined);
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
