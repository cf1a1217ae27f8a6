import { departmentAccount, platformAccount, type OrganisationAccount } from "./accounts.js";
import { homeOf, type NationalTopology, type Province } from "./national-topology.js";
import type { PlatformOrganisation } from "./platform.js";
import type { DepartmentProfile } from "./profile.js";

/** What one server of the national topology holds of the account model. */
export interface ServerAccounts {
  /** `hub`, or the province id of a leaf. */
  server: string;
  domain: string;
  province?: Province;
  /** The organisations that connect to this server, each with its whole grant. */
  accounts: OrganisationAccount[];
  /** The durables the operator creates on this server, by organisation. */
  durables: OrganisationAccount[];
}

/**
 * The account model of every server of the topology, from the profiles: each server has the
 * owner account and an account for each organisation homed on it, importing only its grant.
 * A provincial authority's account exists on its leaf alone (its credentials open nothing on
 * the hub); its grant there covers its leaf durables and, through the hub's domain API, its
 * hub durables, which the operator creates on the hub.
 */
export function nationalAccounts(
  topology: NationalTopology,
  profiles: readonly DepartmentProfile[],
  platforms: readonly PlatformOrganisation[],
  serverVersion: string,
): { hub: ServerAccounts; leaves: ServerAccounts[] } {
  const placement = { hubDomain: topology.hub.domain };
  const hubAccounts = [
    ...profiles
      .filter((p) => homeOf(p, topology).on === "hub")
      .map((p) => departmentAccount(p, serverVersion)),
    ...platforms.map((p) => platformAccount(p, serverVersion)),
  ];
  const leaves = topology.provinces.map((province): ServerAccounts => {
    const homed = profiles.filter((p) => {
      const home = homeOf(p, topology);
      return home.on === "leaf" && home.province.id === province.id;
    });
    const accounts = homed.map((p) => departmentAccount(p, serverVersion, placement));
    return {
      server: province.id,
      domain: province.domain,
      province,
      accounts,
      durables: accounts.map((a) => ({ ...a, durables: a.durables.filter((d) => !d.domain) })),
    };
  });
  const hubDurablesOfLeaves = leaves.flatMap((l) =>
    l.accounts.map((a) => ({
      ...a,
      durables: a.durables.filter((d) => d.domain === topology.hub.domain),
    })),
  );
  return {
    hub: {
      server: "hub",
      domain: topology.hub.domain,
      accounts: hubAccounts,
      durables: [...hubAccounts, ...hubDurablesOfLeaves],
    },
    leaves,
  };
}
