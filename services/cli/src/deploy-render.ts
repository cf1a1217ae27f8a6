import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { toConf } from "@tongbao/nats-server";
import { dataLayout, type DepartmentProfile, type NationalTopology } from "@tongbao/organisations";
import { leafRemoteConfig, writeLeafRemote, writeTopologySecurityFiles } from "@tongbao/security";
import { hubNodeConfig, leafNodeConfig, type TlsFiles } from "./national-configs.js";
import { PLATFORMS } from "./secure-bus.js";

/** Ports inside a container or pod: the NATS defaults. */
const PORTS = { nats: 4222, monitor: 8222, cluster: 6222, leafnodes: 7422 } as const;
/** Where a container sees the rendered directory: the configs' relative paths start here. */
const MOUNT = "/etc/tongbao";
const STORE = "/data/jetstream";
/** The headless service (Kubernetes) and network alias (compose) the hub's nodes are found by. */
const HUB_SERVICE = "hub";
const IMAGE = "nats:2.10-alpine";

export interface RenderedDeployment {
  /** Server configuration files, relative to the output directory. */
  serverConfigs: string[];
  files: string[];
}

/**
 * Renders the national topology for deployment from the same source `tongbao up --topology`
 * runs: per-node hub configurations, per-province leaf configurations with their accounts
 * and uplinks, the security files (development TLS certificates naming the deployment's
 * hosts, nkey seeds, generated accounts), a compose file and Kubernetes manifests. Paths in
 * the configurations are relative to the output directory, which a container mounts at
 * /etc/tongbao and works in.
 */
export async function renderDeployment(o: {
  out: string;
  topology: NationalTopology;
  profiles: readonly DepartmentProfile[];
  serverVersion: string;
}): Promise<RenderedDeployment> {
  const { topology } = o;
  const layout = dataLayout(o.out);
  const hubNames = Array.from({ length: topology.hub.nodes }, (_, i) => `hub-${i + 1}`);
  const hubHost = (name: string) => `${name}.${HUB_SERVICE}`;
  const leafNames = topology.provinces.map((p) => `leaf-${p.id}`);
  await mkdir(join(o.out, "nats"), { recursive: true });
  const files = await writeTopologySecurityFiles({
    layout,
    topology,
    profiles: o.profiles,
    platforms: PLATFORMS,
    serverVersion: o.serverVersion,
    hosts: [...hubNames.map(hubHost), ...hubNames, ...leafNames],
  });
  const rel = (file: string) => relative(o.out, file);
  const tls: TlsFiles = {
    caFile: rel(files.tls.caFile),
    certFile: rel(files.tls.certFile),
    keyFile: rel(files.tls.keyFile),
  };
  // Includes are relative to the including file (nats/<node>.conf).
  const include = (file: string) => relative(join(o.out, "nats"), file);
  const serverConfigs: string[] = [];
  const write = async (path: string, text: string) => {
    await mkdir(join(o.out, path, ".."), { recursive: true });
    await writeFile(join(o.out, path), text);
  };
  const header = "# Rendered by `tongbao deploy render` from deploy/topology; do not edit.\n";
  for (const name of hubNames) {
    const config = hubNodeConfig({
      name,
      topology,
      host: "0.0.0.0",
      monitorHost: "0.0.0.0",
      ports: PORTS,
      routes: hubNames.map((n) => `nats-route://${hubHost(n)}:${PORTS.cluster}`),
      tls,
      accounts: include(files.hub.accountsFile),
      storeDir: STORE,
    });
    await write(`nats/${name}.conf`, header + toConf(config) + "\n");
    serverConfigs.push(`nats/${name}.conf`);
  }
  for (const [j, leaf] of files.leaves.entries()) {
    await writeLeafRemote(
      leaf.remoteFile,
      leafRemoteConfig({
        hubLeafUrls: hubNames.map((n) => `tls://${hubHost(n)}:${PORTS.leafnodes}`),
        leafUser: leaf.leafUser,
        caFile: tls.caFile,
      }),
    );
    const config = leafNodeConfig({
      name: leafNames[j]!,
      domain: leaf.domain,
      host: "0.0.0.0",
      monitorHost: "0.0.0.0",
      ports: PORTS,
      tls,
      accounts: include(leaf.accountsFile),
      uplink: include(leaf.remoteFile),
      storeDir: STORE,
    });
    await write(`nats/${leafNames[j]}.conf`, header + toConf(config) + "\n");
    serverConfigs.push(`nats/${leafNames[j]}.conf`);
  }
  const compose = composeFile(hubNames, leafNames, hubHost);
  await write("compose.yaml", header + toYaml(compose) + "\n");
  const k8s = [
    await asConfigMap("tongbao-nats", join(o.out, "nats")),
    await asSecret("tongbao-security", join(o.out, "security")),
    ...kubernetesManifests(
      [...(await serverSecurityFiles(join(o.out, "security"))).keys()],
      topology,
      hubNames,
      leafNames,
    ),
  ];
  await write("kubernetes/tongbao.yaml", header + k8s.map((m) => toYaml(m)).join("\n---\n") + "\n");
  return {
    serverConfigs,
    files: [...serverConfigs, "compose.yaml", "kubernetes/tongbao.yaml", "security/"],
  };
}

/** Every file under a directory, by path relative to it. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    out.set(relative(dir, file), await readFile(file));
  }
  return out;
}

/** Keys of a ConfigMap or Secret cannot hold "/": nested files get their path back by `items`. */
const keyOf = (path: string) => path.replaceAll("/", "_");

async function asConfigMap(name: string, dir: string): Promise<Record<string, unknown>> {
  const files = await filesUnder(dir);
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name },
    data: Object.fromEntries([...files].map(([p, b]) => [keyOf(p), b.toString("utf8")])),
  };
}

/**
 * What the servers need of the security directory, as one Secret: the generated accounts,
 * the leaves' uplinks (with their seeds), the CA certificate and the server's certificate
 * and key. The CA's key and the organisations' seeds stay out: they go to the operator and
 * to each organisation, never into the cluster.
 */
const SERVER_FILE = /^(accounts-[a-z0-9-]+\.conf|tls\/(ca|server|server-key)\.pem)$/;

async function serverSecurityFiles(dir: string): Promise<Map<string, Buffer>> {
  return new Map([...(await filesUnder(dir))].filter(([p]) => SERVER_FILE.test(p)));
}

async function asSecret(name: string, dir: string): Promise<Record<string, unknown>> {
  const files = await serverSecurityFiles(dir);
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name },
    type: "Opaque",
    data: Object.fromEntries([...files].map(([p, b]) => [keyOf(p), b.toString("base64")])),
  };
}

function composeFile(
  hubNames: string[],
  leafNames: string[],
  hubHost: (n: string) => string,
): Record<string, unknown> {
  const services: Record<string, unknown> = {};
  const node = (name: string, aliases: string[]) => ({
    image: IMAGE,
    hostname: name,
    working_dir: MOUNT,
    command: ["-c", `nats/${name}.conf`],
    volumes: [`./:${MOUNT}:ro`, `${name}-data:${STORE}`],
    networks: { tongbao: { aliases } },
  });
  for (const name of hubNames) services[name] = node(name, [hubHost(name)]);
  for (const [i, name] of hubNames.entries()) {
    (services[name] as Record<string, unknown>)["ports"] = [`127.0.0.1:${14222 + i}:4222`];
  }
  for (const [j, name] of leafNames.entries()) {
    services[name] = {
      ...node(name, []),
      ports: [`127.0.0.1:${14232 + j}:4222`],
      depends_on: hubNames,
    };
  }
  return {
    name: "tongbao",
    services,
    networks: { tongbao: {} },
    volumes: Object.fromEntries([...hubNames, ...leafNames].map((n) => [`${n}-data`, {}])),
  };
}

function kubernetesManifests(
  securityItems: string[],
  topology: NationalTopology,
  hubNames: string[],
  leafNames: string[],
): Record<string, unknown>[] {
  const volumes = [
    { name: "config", configMap: { name: "tongbao-nats" } },
    {
      name: "security",
      secret: {
        secretName: "tongbao-security",
        items: securityItems.map((path) => ({ key: keyOf(path), path })),
      },
    },
  ];
  const mounts = [
    { name: "config", mountPath: `${MOUNT}/nats`, readOnly: true },
    { name: "security", mountPath: `${MOUNT}/security`, readOnly: true },
    { name: "data", mountPath: STORE },
  ];
  const container = (config: string) => ({
    name: "nats",
    image: IMAGE,
    workingDir: MOUNT,
    args: ["-c", config],
    env: [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
    ports: Object.entries(PORTS).map(([name, containerPort]) => ({ name, containerPort })),
    volumeMounts: mounts,
    readinessProbe: { httpGet: { path: "/healthz", port: PORTS.monitor } },
  });
  const claim = (size: string) => [
    {
      metadata: { name: "data" },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: size } } },
    },
  ];
  const statefulSet = (
    name: string,
    replicas: number,
    config: string,
    labels: Record<string, string>,
    extra: Record<string, unknown> = {},
  ) => ({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name, labels },
    spec: {
      serviceName: name,
      replicas,
      ...extra,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [container(config)], volumes },
      },
      volumeClaimTemplates: claim("20Gi"),
    },
  });
  const service = (name: string, labels: Record<string, string>) => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name },
    spec: {
      clusterIP: "None",
      selector: labels,
      ports: Object.entries(PORTS).map(([n, port]) => ({ name: n, port })),
    },
  });
  const hubLabels = { app: "tongbao", role: "hub" };
  // Pods hub-1..hub-N (ordinals from 1, Kubernetes 1.31+) find their configuration by name.
  const out: Record<string, unknown>[] = [
    service(HUB_SERVICE, hubLabels),
    statefulSet(HUB_SERVICE, hubNames.length, "nats/$(POD_NAME).conf", hubLabels, {
      ordinals: { start: 1 },
      podManagementPolicy: "Parallel",
    }),
  ];
  for (const [j, name] of leafNames.entries()) {
    const labels = { app: "tongbao", role: "leaf", province: topology.provinces[j]!.id };
    out.push(service(name, labels), statefulSet(name, 1, `nats/${name}.conf`, labels));
  }
  return out;
}

/** A small YAML writer for the plain objects above (strings always quoted). */
export function toYaml(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return value
      .map((v) => {
        const inner = toYaml(v, indent + "  ");
        return isBlock(v) ? `${indent}- ${inner.trimStart()}` : `${indent}- ${inner}`;
      })
      .join("\n");
  }
  if (isBlock(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return entries
      .map(([k, v]) =>
        (isBlock(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0)
          ? `${indent}${k}:\n${toYaml(v, indent + "  ")}`
          : `${indent}${k}: ${toYaml(v, indent + "  ")}`,
      )
      .join("\n");
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function isBlock(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
