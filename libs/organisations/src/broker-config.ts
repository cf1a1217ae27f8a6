import type { ConfObject } from "@tongbao/nats-server";
import { OWNER_ACCOUNT, inboxPrefixFor, type OrganisationAccount } from "./accounts.js";

/** Largest message the broker accepts (bytes); a signed envelope with its payload fits well. */
export const MAX_PAYLOAD = 1024 * 1024;

/**
 * A leaf link's user in the owner account: it may connect only as a leaf node, and its
 * permissions are written as the leaf sees them (nats-server reverses them on the accepting
 * side): `publish` is what the leaf may send into this server, `subscribe` what this server
 * may send to the leaf.
 */
export interface LinkUser {
  nkey: string;
  publish: readonly string[];
  subscribe: readonly string[];
}

export interface BrokerUsers {
  /** Public nkeys (U...) of the operator's users: the owner account, unrestricted. */
  operator: readonly string[];
  /** Leaf links into the owner account (the hub's, one per province). */
  links?: readonly LinkUser[];
  /** Public nkey of each organisation's user, by org id. */
  organisations: ReadonlyMap<string, string>;
}

/**
 * The `accounts { }` block of the broker: the owner account with JetStream, the operator's
 * users and one export per granted subject (each limited to the accounts granted it), and
 * one account per organisation with its user and imports. A JetStream reply (PubAck, pulled
 * message, API answer) to an organisation's request is a service reply: it goes back into
 * that organisation's account, whatever reply subject the request named, so no request can
 * make the owner account write anything.
 *
 * Every user is in a named account and has an nkey; there is no `authorization` block, no
 * `$G` user and no `no_auth_user` (the shape CVE-2023-47090 is about).
 */
export function brokerConfig(
  accounts: readonly OrganisationAccount[],
  users: BrokerUsers,
): ConfObject {
  const exports = new Map<string, { entry: ConfObject; to: string[] }>();
  const block: ConfObject = {};
  for (const a of accounts) {
    const nkey = users.organisations.get(a.orgId);
    if (!nkey) throw new Error(`no nkey user for organisation ${a.orgId}`);
    const imports: ConfObject[] = [];
    const pub = new Set<string>();
    const sub = new Set<string>([`${inboxPrefixFor(a.orgId)}.>`]);
    for (const g of a.grants) {
      const key = `${g.kind} ${g.subject}`;
      const known = exports.get(key);
      if (known) known.to.push(a.orgId);
      else {
        const entry: ConfObject = { [g.kind]: g.subject };
        if (g.streamed) entry["response_type"] = "stream";
        exports.set(key, { entry, to: [a.orgId] });
      }
      imports.push({ [g.kind]: { account: OWNER_ACCOUNT, subject: g.subject } });
      (g.kind === "service" ? pub : sub).add(g.subject);
    }
    block[a.orgId] = {
      users: [
        {
          nkey,
          permissions: { publish: { allow: [...pub] }, subscribe: { allow: [...sub] } },
        },
      ],
      imports,
    };
  }
  const owner: ConfObject = {
    jetstream: "enabled",
    users: [
      ...users.operator.map((nkey) => ({ nkey })),
      ...(users.links ?? []).map((l) => ({
        nkey: l.nkey,
        // Its credentials open no client connection: a stolen leaf seed is not an operator.
        allowed_connection_types: ["LEAFNODE"],
        permissions: { publish: { allow: [...l.publish] }, subscribe: { allow: [...l.subscribe] } },
      })),
    ],
    exports: [...exports.values()].map(({ entry, to }) => ({ ...entry, accounts: to })),
  };
  return { max_payload: MAX_PAYLOAD, accounts: { [OWNER_ACCOUNT]: owner, ...block } };
}
