import type { Command } from "./command.js";

/** One row of `tongbao --help`, and where the command's code is. */
export interface CommandEntry {
  name: string;
  summary: string;
  /**
   * Imports the command's module. Only the command that runs is loaded: a module's imports
   * (the NestJS departments behind `up`, the crypto behind `replay`) cost a command that does
   * not use them hundreds of milliseconds and tens of MiB before its first line of output.
   */
  load(): Promise<Command>;
}

/** Every `tongbao` command, in the order `tongbao --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "up",
    summary:
      "bring the development bus up, secure: nats-server with TLS and an account per organisation, streams, registry, keys, every department service and the tracker under its own credentials, and a demo",
    load: async () => (await import("./commands/up.js")).up,
  },
  {
    name: "provision",
    summary:
      "create or check streams, buckets, the registry and every organisation's durables (idempotent, with a drift report)",
    load: async () => (await import("./commands/provision.js")).provisionCommand,
  },
  {
    name: "org",
    summary:
      "add, update or remove an organisation while the bus runs (credentials, account, registry, durables)",
    load: async () => (await import("./commands/org.js")).org,
  },
  {
    name: "replay",
    summary:
      "read a range of a stream back, verified, as JSON Lines or protobuf, or re-deliver it to one department (audited)",
    load: async () => (await import("./commands/replay.js")).replay,
  },
  {
    name: "checkpoint",
    summary:
      "seal what a stream holds since its last checkpoint into signed checkpoints (verified first), or list and check them",
    load: async () => (await import("./commands/checkpoint.js")).checkpoint,
  },
  {
    name: "tail",
    summary: "follow a stream live, verified, with the same filters as replay",
    load: async () => (await import("./commands/tail.js")).tail,
  },
  {
    name: "status",
    summary: "streams, each department's consumers and lag, quarantine count, outbox backlog",
    load: async () => (await import("./commands/status.js")).status,
  },
  {
    name: "quarantine",
    summary: "list, show or release quarantined messages (release re-validates first)",
    load: async () => (await import("./commands/quarantine.js")).quarantine,
  },
  {
    name: "keys",
    summary:
      "generate, rotate, revoke and list organisations' signing keys (admin-signed, audited)",
    load: async () => (await import("./commands/keys.js")).keys,
  },
  {
    name: "audit",
    summary:
      "read the audit trail (TB_AUDIT) and verify it: records, registry signatures, no holes",
    load: async () => (await import("./commands/audit.js")).audit,
  },
  {
    name: "publish",
    summary:
      "validate and publish messages from a JSON or JSON Lines file (or stdin), signed with an organisation's key",
    load: async () => (await import("./commands/publish.js")).publish,
  },
  {
    name: "tracking",
    summary: "receipts, feedback and deadlines: one message, one department's obligations, overdue",
    load: async () => (await import("./commands/tracking.js")).tracking,
  },
  {
    name: "console",
    summary:
      "add, re-password, remove and list the web console's users (operators and duty officers)",
    load: async () => (await import("./commands/console.js")).consoleCommand,
  },
  {
    name: "certs",
    summary:
      "write a secure server configuration: TLS certificates, an nkey user and an account per organisation",
    load: async () => (await import("./commands/certs.js")).certs,
  },
  {
    name: "deploy",
    summary:
      "render the national topology for deployment: hub and leaf server configurations, accounts, TLS, compose and Kubernetes files",
    load: async () => (await import("./commands/deploy.js")).deploy,
  },
  {
    name: "verify",
    summary: "check CloudEvents against the signed envelopes they carry and the key registry",
    load: async () => (await import("./commands/verify.js")).verify,
  },
  {
    name: "taxii",
    summary:
      "set the secret an organisation's TAXII clients (MISP, OpenCTI) sign in with; only its hash is kept",
    load: async () => (await import("./commands/taxii.js")).taxii,
  },
  {
    name: "asyncapi",
    summary: "write the AsyncAPI 3.0 document of the bus (or one organisation's channels)",
    load: async () => (await import("./commands/asyncapi.js")).asyncapi,
  },
  {
    name: "profiles",
    summary:
      "generate the profiles of the provinces' authorities, the ten departments and their sub-offices",
    load: async () => (await import("./commands/profiles.js")).profiles,
  },
];
