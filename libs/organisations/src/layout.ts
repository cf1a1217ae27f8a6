import { join } from "node:path";

/**
 * Ports, environment names and the data layout of a bus, in one place: the bring-up, every
 * service and every command read them from here. Also importable alone, as
 * `@tongbao/organisations/layout`, by code that must start fast (the `tongbao` command).
 */
export const DEFAULT_PORTS = {
  /** NATS client port of `tongbao up`. */
  nats: 14222,
  /** nats-server monitoring (healthz, varz). */
  monitor: 18222,
  /** The first department's HTTP API; the others follow in profile order. */
  departmentHttp: 18300,
  /** The tracker's status API. */
  tracker: 18400,
  /** The web console. */
  console: 18500,
} as const;

/**
 * Fixed ports of `tongbao up --topology national` on loopback, all below the kernel's
 * ephemeral range (32768–60999) so no outgoing connection takes them: hub node i (0-based)
 * listens on `base + i` of each kind, the leaf of province j (0-based, in the topology's
 * order) on `leaf*Base + j`. The first hub node keeps the single node's client and monitor
 * ports, so commands that default to 14222 reach the hub.
 */
export const NATIONAL_PORTS = {
  hubNats: DEFAULT_PORTS.nats,
  hubMonitor: DEFAULT_PORTS.monitor,
  /** Cluster routes between hub nodes. */
  hubCluster: 16222,
  /** Where the hub accepts leaf connections (TLS). */
  hubLeafnodes: 17422,
  leafNats: 14232,
  leafMonitor: 18232,
} as const;

/** Where services and commands connect unless told otherwise (TLS: `tongbao up` is secure). */
export const DEFAULT_URL = `tls://127.0.0.1:${DEFAULT_PORTS.nats}`;

/** Environment variables every service and command reads (flags win over them). */
export const ENV = {
  /** NATS server URL(s), comma-separated. */
  url: "TONGBAO_URL",
  /** The data directory (`.tongbao/` of the checkout by default). */
  home: "TONGBAO_HOME",
  /** An nkey seed file (`security/nkeys/<org>.nk`). */
  nkey: "TONGBAO_NKEY",
  /** A NATS `.creds` file (JWT and seed), for brokers run with an operator JWT. */
  creds: "TONGBAO_CREDS",
  /** The CA certificate that signed the server's TLS certificate. */
  tlsCa: "TONGBAO_TLS_CA",
  /** Seconds a service or command keeps trying to reach the bus at start-up ("none": for ever). */
  connectDeadline: "TONGBAO_CONNECT_DEADLINE",
} as const;

/** Everything a bus keeps under its data directory. */
export function dataLayout(home: string) {
  const security = join(home, "security");
  return {
    home,
    /** Profiles of organisations onboarded with `tongbao org add` (beside deploy/departments). */
    profiles: join(home, "profiles"),
    /** JetStream store and the server's configuration. */
    nats: join(home, "nats"),
    /** Signing keys (mode 0600) and the registry admin's public record. */
    keys: join(home, "keys"),
    security,
    tls: join(security, "tls"),
    caFile: join(security, "tls", "ca.pem"),
    /** One nkey seed per organisation and the operator (mode 0600). */
    nkeys: join(security, "nkeys"),
    nkeyFile: (name: string) => join(security, "nkeys", `${name}.nk`),
    /** The generated `accounts { }` block the server includes. */
    accountsFile: join(security, "accounts.conf"),
    /** The accounts of one server of the national topology (`hub` or a province id). */
    topologyAccountsFile: (server: string) => join(security, `accounts-${server}.conf`),
    /** Store and configuration of one node of the national topology (`hub-1`, `jiangsu`). */
    topologyNode: (node: string) => join(home, "national", node),
    outbox: (orgId: string) => join(home, "outbox", orgId),
    /** A department's inbox journal, sent messages and the hash of its TAXII secret. */
    state: (orgId: string) => join(home, "departments", orgId),
    /** The development bus's TAXII secrets, one `<org> <secret>` line each (mode 0600). */
    taxiiDevSecrets: join(home, "taxii", "dev-secrets.txt"),
    /** The web console's users, with salted password hashes (mode 0600). */
    consoleUsers: join(home, "console", "users.json"),
    /** The development bus's console passwords, one `<user> <password>` line each (mode 0600). */
    consoleDevPasswords: join(home, "console", "dev-passwords.txt"),
  };
}

export type DataLayout = ReturnType<typeof dataLayout>;

/**
 * File names in a key folder (`dataLayout(home).keys`): what `tongbao up` writes and the
 * departments and the operator command read.
 */
export const DEV_KEY_FILES = {
  admin: "admin.key",
  adminPublic: "admin.pub.json",
  signer: (orgId: string) => `${orgId}.key`,
  /** The current TLP:RED encryption key. */
  red: (orgId: string) => `${orgId}.red.key`,
  /** A retired encryption key, kept to open what was encrypted to it. */
  retiredRed: (orgId: string, keyId: string) => `${orgId}.red.${keyId}.key`,
} as const;

/** The name of the operator's nkey user file. */
export const OPERATOR = "operator";
