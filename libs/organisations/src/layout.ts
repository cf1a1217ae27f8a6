import { join } from "node:path";

/**
 * Ports, environment names and the data layout of a bus, in one place: the bring-up, every
 * service and every command read them from here.
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
    outbox: (orgId: string) => join(home, "outbox", orgId),
    /** A department's inbox journal and sent messages. */
    state: (orgId: string) => join(home, "departments", orgId),
  };
}

export type DataLayout = ReturnType<typeof dataLayout>;

/** The name of the operator's nkey user file. */
export const OPERATOR = "operator";
