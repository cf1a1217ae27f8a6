import { readFile } from "node:fs/promises";
import {
  connect,
  credsAuthenticator,
  nkeyAuthenticator,
  type ConnectionOptions,
  type NatsConnection,
} from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import { inboxPrefixFor } from "./inbox-prefix.js";
import { DEFAULT_URL, ENV } from "./layout.js";
import { parseServerList } from "./server-list.js";
import { retryStartup, type StartupRetry } from "./startup-retry.js";

/** How a service or command reaches the bus: the same flags and variables everywhere. */
export interface BusAddress {
  /** Server URL(s), comma-separated (`--server`/`--nats`, TONGBAO_URL). */
  url?: string | undefined;
  /** nkey seed file (`--nkey`, TONGBAO_NKEY). */
  nkey?: string | undefined;
  /** NATS .creds file (`--creds`, TONGBAO_CREDS). */
  creds?: string | undefined;
  /** CA certificate of the server (`--tls-ca`, TONGBAO_TLS_CA). */
  tlsCa?: string | undefined;
}

export interface ConnectAsOptions extends BusAddress {
  /** The organisation connecting: its replies go under `_INBOX.<org>`. Absent for the operator. */
  orgId?: string | undefined;
  /** Client name the server shows (monitoring, logs). */
  name: string;
  /**
   * Reconnect for ever (services, the default): a bus that comes back after any outage is
   * picked up again. Commands pass a small number so that they fail rather than hang.
   */
  maxReconnectAttempts?: number;
  timeoutMs?: number;
  /**
   * Keep trying while no server of the list answers (backoff with jitter, each attempt
   * reported), until its deadline. Without it, one attempt.
   */
  retry?: StartupRetry;
}

/** Flags first, then the environment, then the defaults. */
export function busAddress(flags: BusAddress, env: NodeJS.ProcessEnv = process.env): BusAddress {
  const pick = (flag: string | undefined, name: string) => flag ?? (env[name] || undefined);
  return {
    url: pick(flags.url, ENV.url) ?? DEFAULT_URL,
    nkey: pick(flags.nkey, ENV.nkey),
    creds: pick(flags.creds, ENV.creds),
    tlsCa: pick(flags.tlsCa, ENV.tlsCa),
  };
}

/** nats.js options for an address, with the credentials read and checked. */
export async function connectionOptions(o: ConnectAsOptions): Promise<ConnectionOptions> {
  const a = busAddress(o);
  const opts: ConnectionOptions = {
    servers: parseServerList(a.url ?? DEFAULT_URL),
    name: o.name,
    timeout: o.timeoutMs ?? 5_000,
    maxReconnectAttempts: o.maxReconnectAttempts ?? -1,
    reconnectTimeWait: 1_000,
    ...(o.orgId ? { inboxPrefix: inboxPrefixFor(o.orgId) } : {}),
  };
  if (a.creds && a.nkey) {
    throw credentialsError("give either --creds or --nkey, not both", "--creds");
  }
  if (a.creds) opts.authenticator = credsAuthenticator(await readSecret(a.creds, "--creds"));
  if (a.nkey) {
    const seed = new TextDecoder().decode(await readSecret(a.nkey, "--nkey")).trim();
    if (!/^SU[A-Z2-7]{56}$/.test(seed)) {
      throw credentialsError(
        `${a.nkey} does not hold an nkey user seed (SU...)`,
        "--nkey",
        "pass the seed file made for this organisation (security/nkeys/<org>.nk)",
      );
    }
    opts.authenticator = nkeyAuthenticator(new TextEncoder().encode(seed));
  }
  if (a.tlsCa) opts.tls = { caFile: a.tlsCa };
  else if (opts.servers && [opts.servers].flat().some((s) => s.startsWith("tls://"))) {
    opts.tls = {};
  }
  return opts;
}

/**
 * Connects as an organisation (or the operator) and says plainly what is wrong when that
 * fails: which credentials the server refused, that TLS is required or not trusted, or that
 * nothing answers at the address.
 */
export async function connectAs(o: ConnectAsOptions): Promise<NatsConnection> {
  const given = busAddress(o);
  if (o.orgId && !given.nkey && !given.creds) {
    throw credentialsError(
      `no credentials: pass ${o.orgId}'s seed file with --nkey (or ${ENV.nkey}), or a .creds file with --creds`,
      "--nkey",
    );
  }
  const opts = await connectionOptions(o);
  const where = [opts.servers].flat().join(",");
  const once = async () => {
    let nc: NatsConnection;
    try {
      // nats.js tries every server of the list in turn and takes the first that answers.
      nc = await connect(opts);
    } catch (err) {
      throw connectError(err, where, o);
    }
    if (o.orgId) await checkInbox(nc, o.orgId, busAddress(o));
    return nc;
  };
  return o.retry ? retryStartup(`connect to ${where}`, once, o.retry) : once();
}

/**
 * Credentials of another organisation connect, but cannot take this one's replies: found at
 * once (the server refuses the inbox subscription before it answers the flush), rather than
 * as a permissions error in the middle of a service's start.
 */
async function checkInbox(nc: NatsConnection, orgId: string, a: BusAddress): Promise<void> {
  let refused: Error | undefined;
  const sub = nc.subscribe(`${inboxPrefixFor(orgId)}.check`, {
    callback: (err) => {
      if (err) refused = err;
    },
  });
  await nc.flush();
  sub.unsubscribe();
  if (!refused) return;
  await nc.close().catch(() => undefined);
  const which = a.nkey
    ? `the nkey in ${a.nkey}`
    : a.creds
      ? `the credentials in ${a.creds}`
      : "the connection";
  throw credentialsError(
    `${which} is not ${orgId}'s: the server refused it ${orgId}'s replies (${refused.message})`,
    a.nkey ? "--nkey" : "--creds",
    `pass the seed file made for ${orgId}`,
  );
}

function connectError(err: unknown, where: string, o: ConnectAsOptions): TongbaoError {
  const message = (err as Error).message ?? String(err);
  const a = busAddress(o);
  const who = a.nkey ? `the nkey in ${a.nkey}` : a.creds ? `the credentials in ${a.creds}` : "";
  if (/authorization|authentication|auth/i.test(message)) {
    if (!who) {
      return credentialsError(
        `${where} refused a connection without credentials`,
        "--nkey",
        `pass the organisation's seed file with --nkey (or ${ENV.nkey})`,
      );
    }
    if (/expired/i.test(message)) {
      return credentialsError(
        `${where} refused ${who}: the credentials have expired`,
        a.nkey ? "--nkey" : "--creds",
        "ask the operator for new credentials (tongbao org update)",
      );
    }
    return credentialsError(
      `${where} refused ${who}: the server does not know this user`,
      a.nkey ? "--nkey" : "--creds",
      "check that this is the seed made for the organisation, and that the operator has added it (tongbao org add)",
    );
  }
  if (/tls|certificate|self.signed|secure/i.test(message)) {
    return new TongbaoError(
      "TB_ERR_CONFIG",
      `TLS with ${where} failed: ${message}; pass the bus's CA certificate with --tls-ca (or ${ENV.tlsCa}) and use a tls:// URL`,
      { path: "--tls-ca" },
    );
  }
  return new TongbaoError(
    "TB_ERR_UNAVAILABLE",
    `cannot reach NATS at ${where}: ${message}; is the bus up (npm start), and is --server / ${ENV.url} right?`,
    { path: "--server" },
  );
}

async function readSecret(file: string, flag: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    throw credentialsError(
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      flag,
      "pass a readable file given to this organisation by the operator",
    );
  }
}

function credentialsError(message: string, flag: string, hint?: string): TongbaoError {
  return new TongbaoError("TB_ERR_CONFIG", hint ? `${message}: ${hint}` : message, { path: flag });
}
