import type { StatusToken } from "@tongbao/bus";

/** The part of a deploy/departments profile that broker security is generated from. */
export interface DepartmentProfile {
  id: string;
  nameEn?: string;
  kind?: string;
  subscribe: {
    statuses: StatusToken[];
    addressed: string[];
    broadcast: { families: string[]; sectors: string[] }[];
  };
  publish: { families: string[]; minTlp?: string };
}

/** One JetStream durable the operator creates for a department. */
export interface DepartmentDurable {
  orgId: string;
  stream: string;
  /** `<org>-<8 hex>`: the name the bus Consumer derives from (durable = org id, filter). */
  name: string;
  filter: string;
}

/** A NATS permission block (`permissions { publish {...} subscribe {...} }`). */
export interface Permissions {
  publish: { allow: string[]; deny: string[] };
  subscribe: { allow: string[]; deny: string[] };
}

/** Credentials of one NATS user: the public nkey the server knows and the seed the user keeps. */
export interface UserCredentials {
  /** Org id, or "operator". */
  name: string;
  role: "department" | "operator";
  /** Public user nkey (U...). */
  publicKey: string;
  /** Seed (SU...): secret, written only to the user's own 0600 file. */
  seed: string;
  /** Inbox prefix the user's connections must use (`_INBOX.<org>`); absent for operators. */
  inboxPrefix?: string;
}
