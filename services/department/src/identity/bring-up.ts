import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  Registry,
  provision,
  sectorValue,
  topologyConfig,
  type AdminKey,
  type ProvisionReport,
  type TopologyConfigInput,
} from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import {
  organisationAccounts,
  provisionDurables,
  type DepartmentProfile,
  type DurableReport,
  type DurableSettings,
  type OrganisationAccount,
  type PlatformOrganisation,
} from "@tongbao/organisations";
import { redKeyRecord } from "@tongbao/security";
import { ensureAdmin, ensureRedKey, ensureSigner } from "./dev-keys.js";

const { OrgKind } = tongbao.common.v1;

const KINDS: Record<string, number> = {
  department: OrgKind.ORG_KIND_DEPARTMENT,
  "regional-office": OrgKind.ORG_KIND_REGIONAL_OFFICE,
  "industry-authority": OrgKind.ORG_KIND_INDUSTRY_AUTHORITY,
  "communications-administration": OrgKind.ORG_KIND_COMMUNICATIONS_ADMINISTRATION,
  "local-authority": OrgKind.ORG_KIND_LOCAL_AUTHORITY,
  "technical-platform": OrgKind.ORG_KIND_TECHNICAL_PLATFORM,
  "support-agency": OrgKind.ORG_KIND_SUPPORT_AGENCY,
  enterprise: OrgKind.ORG_KIND_ENTERPRISE,
};

/** What the registry needs to know of an organisation: a profile, or a platform service's. */
export type DevelopmentOrganization = Pick<
  DepartmentProfile,
  "id" | "nameZh" | "nameEn" | "kind" | "region" | "sectors" | "parent"
>;

function isPlatform(o: DevelopmentOrganization): o is PlatformOrganisation {
  return Array.isArray((o as Partial<PlatformOrganisation>).tracks);
}

export interface DevelopmentBus {
  adminKeys: Record<string, AdminKey>;
  /** Organisations registered by this call (absent before). */
  registeredOrgs: string[];
  /** Signing keys generated and registered by this call. */
  registeredKeys: string[];
  /** Encryption keys registered (or rotated to) by this call. */
  registeredEncryptionKeys: string[];
  created: string[];
  /** The streams and buckets compared with what the bus wants. */
  topology: ProvisionReport;
  /** The organisations' durables (those of platform organisations with `tracks` included). */
  durables: DurableReport;
}

/**
 * Development bring-up of the shared parts: streams and buckets (idempotent), the registry
 * admin key, one signing key per organisation and one TLP:RED encryption key per profile
 * (kept in keysDir, mode 0600), and their registration. A current encryption key file the
 * registry does not know yet (a new one, see rotateRedKeyFile) is registered, as a rotation
 * of the organisation's current registry key if it has one. Running it again changes
 * nothing that is already there.
 */
export async function prepareDevelopmentBus(
  nc: NatsConnection,
  opts: {
    keysDir: string;
    profiles: readonly DepartmentProfile[];
    /** Organisations without a profile that also sign (e.g. the tracker). */
    platforms?: readonly DevelopmentOrganization[];
    topology?: TopologyConfigInput;
    /** Delivery settings of the durables (the Consumer's defaults otherwise). */
    durables?: DurableSettings;
    /** Delete an organisation's durables the plan no longer names (default true). */
    prune?: boolean;
    /**
     * The durables to create on this server, by organisation (the hub of a national topology:
     * `nationalAccounts().hub.durables`); by default every profile's and platform's.
     */
    accounts?: readonly OrganisationAccount[];
  },
): Promise<DevelopmentBus> {
  const jsm = await jetstreamManager(nc);
  const report = await provision(jsm, topologyConfig(opts.topology ?? { replicas: 1 }));
  const accounts =
    opts.accounts ??
    organisationAccounts(
      opts.profiles,
      (opts.platforms ?? []).filter(isPlatform),
      nc.info?.version ?? "",
    );
  const durables = await provisionDurables(jsm, accounts, opts.durables ?? {}, {
    prune: opts.prune ?? true,
  });
  const admin = await ensureAdmin(opts.keysDir);
  const registry = await Registry.open({ nc, adminKeys: admin.adminKeys });
  const registeredOrgs: string[] = [];
  const registeredKeys: string[] = [];
  const registeredEncryptionKeys: string[] = [];
  const withProfile = new Set(opts.profiles.map((p) => p.id));
  try {
    const organizations: DevelopmentOrganization[] = [...opts.profiles, ...(opts.platforms ?? [])];
    for (const p of organizations) {
      if (!registry.organization(p.id)) {
        await registry.registerOrganization(
          {
            id: p.id,
            nameZh: p.nameZh,
            nameEn: p.nameEn,
            kind: KINDS[p.kind] ?? OrgKind.ORG_KIND_UNSPECIFIED,
            region: p.region,
            sectors: p.sectors.flatMap((s) => sectorValue(s) ?? []),
            ...(p.parent ? { parentId: p.parent } : {}),
          },
          admin.signer,
        );
        registeredOrgs.push(p.id);
      }
      const { signer } = await ensureSigner(opts.keysDir, p.id);
      if (!registry.keysOf(p.id).some((k) => k.keyId === signer.keyId)) {
        await registry.registerKey(
          {
            keyId: signer.keyId,
            orgId: p.id,
            algorithm: signer.suite.algorithm,
            publicKey: signer.suite.publicKeyOf(signer.privateKey),
            notBefore: new Date(Date.now() - 60_000),
          },
          admin.signer,
          "development key",
        );
        registeredKeys.push(signer.keyId);
      }
      // Platform services (the tracker) are never named on RED traffic: they need no key.
      if (!withProfile.has(p.id)) continue;
      const { pair } = await ensureRedKey(opts.keysDir, p.id);
      if (!(await registry.encryptionKey(pair.keyId))) {
        const current = registry.currentEncryptionKey(p.id);
        if (current) {
          await registry.rotateEncryptionKey(
            current.keyId,
            redKeyRecord(pair),
            admin.signer,
            "development encryption key rotated",
          );
        } else {
          await registry.registerEncryptionKey(
            redKeyRecord(pair, { notBefore: new Date(Date.now() - 60_000) }),
            admin.signer,
            "development encryption key",
          );
        }
        registeredEncryptionKeys.push(pair.keyId);
      }
    }
  } finally {
    await registry.close();
  }
  return {
    adminKeys: admin.adminKeys,
    registeredOrgs,
    registeredKeys,
    registeredEncryptionKeys,
    created: report.created,
    topology: report,
    durables,
  };
}
