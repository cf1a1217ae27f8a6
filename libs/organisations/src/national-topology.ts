import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { DepartmentProfile } from "./profile.js";

/** deploy/topology/national.json of this repository: the hub and the provinces. */
export const NATIONAL_TOPOLOGY_FILE = fileURLToPath(
  new URL("../../../deploy/topology/national.json", import.meta.url),
);
const SCHEMA_URL = new URL("../../../deploy/topology/topology.schema.json", import.meta.url);

/** One provincial sub-platform (省级平台): a leaf node in its own JetStream domain. */
export interface Province {
  id: string;
  nameZh: string;
  nameEn: string;
  domain: string;
  /** The first two digits of the province's region codes (`32` for Jiangsu). */
  regionPrefix: string;
}

/** The national platform (国家平台) as a 3-node hub cluster and a leaf node per province. */
export interface NationalTopology {
  hub: { domain: string; cluster: string; nodes: number; replicas: number };
  /** Organisation kinds homed on their province's leaf; every other kind is homed on the hub. */
  provincialKinds: string[];
  provinces: Province[];
}

/** Where an organisation connects: the hub, or the leaf of its province. */
export type Home = { on: "hub" } | { on: "leaf"; province: Province };

let validator: Promise<(v: unknown) => boolean> | undefined;

/** Validates a parsed topology; TB_ERR_CONFIG names the field that does not fit. */
export async function validateTopology(
  value: unknown,
  source = "topology",
): Promise<NationalTopology> {
  validator ??= readFile(SCHEMA_URL, "utf8").then((text) => {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    return ajv.compile(JSON.parse(text) as object);
  });
  const validate = (await validator) as ((v: unknown) => boolean) & {
    errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[];
  };
  if (!validate(value)) {
    const err = validate.errors?.[0];
    const path = (err?.instancePath ?? "").split("/").filter(Boolean).join(".") || "topology";
    const extra = err?.params["additionalProperty"]
      ? ` "${String(err.params["additionalProperty"])}"`
      : "";
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `${source}: ${path} ${err?.message ?? "is invalid"}${extra}`,
      {
        path,
      },
    );
  }
  const t = value as NationalTopology;
  // A domain names a JetStream API ($JS.<domain>.API): two alike would answer each other's
  // requests. Ids and region prefixes pick one province each.
  const domains = [t.hub.domain, ...t.provinces.map((p) => p.domain)];
  for (const [i, p] of t.provinces.entries()) {
    const twice = (f: (q: Province) => string) =>
      t.provinces.some((q, j) => j < i && f(q) === f(p));
    const field =
      domains.indexOf(p.domain) !== i + 1
        ? "domain"
        : twice((q) => q.id)
          ? "id"
          : twice((q) => q.regionPrefix)
            ? "regionPrefix"
            : undefined;
    if (field) {
      const path = `provinces.${i}.${field}`;
      throw new TongbaoError("TB_ERR_CONFIG", `${source}: ${path} is used twice`, { path });
    }
  }
  return t;
}

/** Reads and validates a topology file (deploy/topology/national.json by default). */
export async function loadTopology(
  file: string = NATIONAL_TOPOLOGY_FILE,
): Promise<NationalTopology> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `cannot read topology ${file}: ${(err as Error).message}`,
      {
        path: "topology",
        cause: err,
      },
    );
  }
  return validateTopology(parsed, file);
}

/**
 * Where an organisation is homed: a provincial authority (a kind the topology lists) whose
 * region lies in a province connects to that province's leaf; national departments, their
 * regional offices and the platform's own services connect to the hub.
 */
export function homeOf(
  org: Pick<DepartmentProfile, "kind" | "region">,
  topology: NationalTopology,
): Home {
  if (!topology.provincialKinds.includes(org.kind)) return { on: "hub" };
  const province = topology.provinces.find((p) => org.region.startsWith(p.regionPrefix));
  return province ? { on: "leaf", province } : { on: "hub" };
}

/** The organisations homed on one province's leaf. */
export function homedOn<T extends Pick<DepartmentProfile, "kind" | "region">>(
  orgs: readonly T[],
  topology: NationalTopology,
  province: string | "hub",
): T[] {
  return orgs.filter((o) => {
    const home = homeOf(o, topology);
    return province === "hub"
      ? home.on === "hub"
      : home.on === "leaf" && home.province.id === province;
  });
}
