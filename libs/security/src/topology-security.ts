import { writeFile } from "node:fs/promises";
import { BUCKETS, bucketStream, domainApi } from "@tongbao/bus";
import { toConf, type ConfObject } from "@tongbao/nats-server";
import {
  OPERATOR,
  OWNER_ACCOUNT,
  brokerConfig,
  nationalAccounts,
  type DataLayout,
  type DepartmentProfile,
  type LinkUser,
  type NationalTopology,
  type PlatformOrganisation,
  type ServerAccounts,
} from "@tongbao/organisations";
import type { DevCertificates } from "./dev-certificates.js";
import { ensureUsers } from "./nats-auth.js";
import { devCertificatesOf } from "./security-files.js";
import type { UserCredentials } from "./types.js";

/** One server's generated accounts file, with what it grants. */
export interface ServerSecurity extends ServerAccounts {
  accountsFile: string;
}

export interface TopologySecurityFiles {
  tls: DevCertificates;
  users: Map<string, UserCredentials>;
  hub: ServerSecurity;
  leaves: (ServerSecurity & { leafUser: UserCredentials; remoteFile: string })[];
}

/** The nkey user a province's leaf connects to the hub's owner account as. */
export function leafUserName(province: string): string {
  return `leaf-${province}`;
}

/**
 * Subjects that never cross a leaf link, either way. Raw traffic and quarantine records stay
 * where they were published and are stored there; only JetStream crosses (the domain API,
 * sourcing and mirroring), so a province's publish is stored by its leaf alone and reaches
 * the hub once, by the hub's source. Were `tb.>` to cross, both the leaf's and the hub's
 * stream would store it and answer it. (`$KV.>` never crosses between domains anyway: the
 * server keeps each domain's buckets to itself.)
 */
export const LEAF_LINK_DENY = ["tb.>", "tbq.>"];

/**
 * What a province's leaf link carries in the hub's owner account, and nothing more, as the
 * leaf sees it (the hub reverses the two directions for its side):
 *
 * - into the hub (`publish`): the leaf's JetStream answers to the hub's sourcing of its
 *   streams (`$JSC.R.` replies, deliveries and heartbeats on the sources' `$JS.S.` subjects,
 *   flow control), the registry mirror's consumer on the hub's `KV_tb_registry` (create,
 *   delete, info and its flow-control replies), the pulls and acks of the hub durables of the
 *   authorities homed on the leaf, and answers to the hub operator's requests of the leaf's
 *   domain API (`tongbao status`, in the operator's `_INBOX.`).
 * - out of the hub (`subscribe`): the hub's requests of the leaf's own domain API, the
 *   answers to the leaf's requests (`$JSC.R.`), the registry mirror's deliveries (`$JS.M.`),
 *   flow control, and the replies to the authorities' pulls (`_R_.`, the owner account's
 *   service replies).
 *
 * Not the hub's traffic subjects, quarantine, audit or buckets, not the JetStream API of any
 * stream but the registry's consumers, not another province's durables.
 */
export function leafLinkPermissions(
  topology: NationalTopology,
  leaf: ServerAccounts,
): Omit<LinkUser, "nkey"> {
  const hubApi = domainApi(topology.hub.domain);
  const registry = bucketStream(BUCKETS.REGISTRY);
  const hubDurables = leaf.accounts.flatMap((a) =>
    a.durables.filter((d) => d.domain === topology.hub.domain),
  );
  return {
    publish: [
      "$JSC.R.>",
      "$JS.S.>",
      "$JS.FC.>",
      `${hubApi}.CONSUMER.CREATE.${registry}`,
      `${hubApi}.CONSUMER.CREATE.${registry}.>`,
      `${hubApi}.CONSUMER.DELETE.${registry}.>`,
      `${hubApi}.CONSUMER.INFO.${registry}.>`,
      `${hubApi}.STREAM.INFO.${registry}`,
      ...hubDurables.flatMap((d) => [
        `${hubApi}.CONSUMER.MSG.NEXT.${d.stream}.${d.name}`,
        `$JS.ACK.${d.stream}.${d.name}.>`,
      ]),
      "_INBOX.>",
    ],
    subscribe: [`${domainApi(leaf.domain)}.>`, "$JSC.R.>", "$JS.M.>", "$JS.FC.>", "_R_.>"],
  };
}

/**
 * The broker security of the national topology under one data directory: the development
 * TLS certificates, an nkey user per organisation, the operator and each leaf link (seeds
 * kept, mode 0600), and one accounts file per server, generated from the profiles. The hub
 * has the organisations homed on it and a user per leaf link in the owner account, limited
 * to leaf connections and to what its link carries (leafLinkPermissions); a leaf
 * has the owner account with the operator and the organisations homed on it.
 */
export async function writeTopologySecurityFiles(o: {
  layout: DataLayout;
  topology: NationalTopology;
  profiles: readonly DepartmentProfile[];
  platforms: readonly PlatformOrganisation[];
  serverVersion: string;
  /** Extra names for the servers' certificate (the hosts of a rendered deployment). */
  hosts?: readonly string[];
}): Promise<TopologySecurityFiles> {
  const { layout, topology } = o;
  const plan = nationalAccounts(topology, o.profiles, o.platforms, o.serverVersion);
  const leafNames = topology.provinces.map((p) => leafUserName(p.id));
  const orgIds = [...plan.hub.accounts, ...plan.leaves.flatMap((l) => l.accounts)].map(
    (a) => a.orgId,
  );
  const users = await ensureUsers(layout.nkeys, [...orgIds, ...leafNames]);
  const tls = await devCertificatesOf(layout, o.hosts);
  const key = (name: string) => users.get(name)!.publicKey;
  const write = async (
    server: ServerAccounts,
    operators: string[],
    links: LinkUser[] = [],
  ): Promise<string> => {
    const config = brokerConfig(server.accounts, {
      operator: operators,
      links,
      organisations: new Map(server.accounts.map((a) => [a.orgId, key(a.orgId)])),
    });
    const file = layout.topologyAccountsFile(server.server);
    const header =
      `# Generated from the organisation profiles and ${server.server === "hub" ? "the hub" : `the ${server.server} leaf`} ` +
      "of deploy/topology by @tongbao/security; do not edit.\n";
    await writeFile(file, header + toConf(config) + "\n", { mode: 0o600 });
    return file;
  };
  const hub: ServerSecurity = {
    ...plan.hub,
    accountsFile: await write(
      plan.hub,
      [key(OPERATOR)],
      plan.leaves.map((leaf) => ({
        nkey: key(leafUserName(leaf.server)),
        ...leafLinkPermissions(topology, leaf),
      })),
    ),
  };
  const leaves = [];
  for (const leaf of plan.leaves) {
    leaves.push({
      ...leaf,
      accountsFile: await write(leaf, [key(OPERATOR)]),
      leafUser: users.get(leafUserName(leaf.server))!,
      remoteFile: layout.topologyAccountsFile(`${leaf.server}-uplink`),
    });
  }
  return { tls, users, hub, leaves };
}

/**
 * The `leafnodes { }` block of a province's leaf: one remote into the hub's owner account,
 * over TLS, as the leaf's own nkey user, with raw traffic denied both ways. Kept in a file
 * of its own (mode 0600, it holds the seed) that the leaf's configuration includes; writing
 * it without the remote and reloading cuts the link, writing it back heals it.
 */
export function leafRemoteConfig(o: {
  hubLeafUrls: readonly string[];
  leafUser: UserCredentials;
  caFile: string;
}): ConfObject {
  return {
    leafnodes: {
      remotes: [
        {
          urls: [...o.hubLeafUrls],
          account: OWNER_ACCOUNT,
          nkey: o.leafUser.seed,
          tls: { ca_file: o.caFile, timeout: 2 },
          deny_imports: LEAF_LINK_DENY,
          deny_exports: LEAF_LINK_DENY,
        },
      ],
    },
  };
}

/** Writes a leaf's uplink file: with the remote (linked) or without it (cut). */
export async function writeLeafRemote(file: string, remote: ConfObject | undefined): Promise<void> {
  const text = remote ? toConf(remote) : "# The uplink to the hub is cut.\nleafnodes {\n}";
  await writeFile(file, `# Generated by @tongbao/security; do not edit.\n${text}\n`, {
    mode: 0o600,
  });
}
