import type { ConfObject } from "@tongbao/nats-server";
import type { NationalTopology } from "@tongbao/organisations";
import { tlsClusterConfig, tlsServerConfig, type DevCertificates } from "@tongbao/security";

/** Certificate paths as a server configuration names them. */
export type TlsFiles = Pick<DevCertificates, "caFile" | "certFile" | "keyFile">;

/**
 * One hub node's configuration, the same for `tongbao up --topology` and `tongbao deploy
 * render`: TLS on the client and leafnode ports, the hub's generated accounts, JetStream in
 * the hub's domain, routes to every node that verify each other's certificates.
 */
export function hubNodeConfig(o: {
  name: string;
  topology: NationalTopology;
  host: string;
  ports: { nats: number; monitor: number; cluster: number; leafnodes: number };
  monitorHost?: string;
  routes: readonly string[];
  tls: TlsFiles;
  accounts: string;
  storeDir?: string;
}): ConfObject {
  const tls = tlsServerConfig({ ...o.tls, clients: new Map() });
  return {
    server_name: o.name,
    listen: `${o.host}:${o.ports.nats}`,
    http: `${o.monitorHost ?? o.host}:${o.ports.monitor}`,
    ...tls,
    include: o.accounts,
    jetstream: { domain: o.topology.hub.domain, ...(o.storeDir ? { store_dir: o.storeDir } : {}) },
    cluster: {
      name: o.topology.hub.cluster,
      listen: `${o.host}:${o.ports.cluster}`,
      routes: [...o.routes],
      ...tlsClusterConfig({ ...o.tls, clients: new Map() }),
    },
    leafnodes: { listen: `${o.host}:${o.ports.leafnodes}`, ...tls },
  };
}

/**
 * A province's leaf: TLS on the client port, its own generated accounts and its uplink file
 * (the remote into the hub, kept apart because it holds the leaf's seed), JetStream in the
 * province's domain.
 */
export function leafNodeConfig(o: {
  name: string;
  domain: string;
  host: string;
  ports: { nats: number; monitor: number };
  monitorHost?: string;
  tls: TlsFiles;
  accounts: string;
  uplink: string;
  storeDir?: string;
}): ConfObject {
  return {
    server_name: o.name,
    listen: `${o.host}:${o.ports.nats}`,
    http: `${o.monitorHost ?? o.host}:${o.ports.monitor}`,
    ...tlsServerConfig({ ...o.tls, clients: new Map() }),
    include: [o.accounts, o.uplink],
    jetstream: { domain: o.domain, ...(o.storeDir ? { store_dir: o.storeDir } : {}) },
  };
}
