import { TongbaoError } from "@tongbao/errors";
import { ADDRESSED_FAMILIES, type Family } from "@tongbao/bus";
import type { Behaviour, DepartmentProfile } from "./profile.js";
import { PROVINCES, type Province } from "./provinces.js";
import { subOffices, type SubOffice } from "./sub-offices.js";

/** The hand-written profiles a generated set copies or takes as templates. */
const TEMPLATE_IDS = {
  communications: "js-ca",
  industry: "js-iit",
} as const;

export interface GenerateOptions {
  /** ISO 3166-2:CN letters ("js", "bj"), or every province. */
  provinces: "all" | readonly string[];
  /** How many sub-offices, in the order of sub-offices.ts, or all of them. */
  subOffices: number | "all";
}

/**
 * The profiles of the real breadth, made from the hand-written ones (deploy/departments):
 * the ten departments as they are; for each province its 通信管理局 and its industry
 * authority (工业和信息化厅), shaped as Jiangsu's js-ca and js-iit; then the sub-offices.
 * A sub-office with a hand-written profile (nea-east) is that profile; another of the same
 * department takes it as its template; the rest are derived from their department's own
 * profile (see subOfficeProfile). NEA's forwarding of sector warnings names every NEA office
 * of the set. Deterministic: the same options give the same profiles in the same order.
 */
export function generateProfiles(
  handWritten: readonly DepartmentProfile[],
  opts: GenerateOptions,
): DepartmentProfile[] {
  const byId = new Map(handWritten.map((p) => [p.id, p]));
  const need = (id: string): DepartmentProfile => {
    const p = byId.get(id);
    if (!p) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `the generated profiles are made from the hand-written ${id} profile, which is missing`,
        { path: id },
      );
    }
    return p;
  };
  const departments = handWritten.filter((p) => p.kind === "department");
  const provinces = selectProvinces(opts.provinces);
  const out: DepartmentProfile[] = departments.map(copyOf);
  const ca = need(TEMPLATE_IDS.communications);
  const iit = need(TEMPLATE_IDS.industry);
  for (const p of provinces) {
    out.push(
      fromTemplate(ca, {
        id: `${p.code}-ca`,
        nameZh: `${p.nameZh}通信管理局`,
        nameEn: `${p.nameEn} Communications Administration`,
        region: p.region,
      }),
      fromTemplate(iit, {
        id: `${p.code}-iit`,
        nameZh: `${p.nameZh}${p.industryAuthority?.zh ?? "工业和信息化厅"}`,
        nameEn: `${p.nameEn} ${p.industryAuthority?.en ?? "Department of Industry and Information Technology"}`,
        region: p.region,
      }),
    );
  }
  const offices = subOffices(provinces);
  const count = opts.subOffices === "all" ? offices.length : opts.subOffices;
  if (!Number.isInteger(count) || count < 0 || count > offices.length) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `sub-offices: expected 0 to ${offices.length} (or all) for ${provinces.length} provinces, got ${String(opts.subOffices)}`,
      { path: "subOffices" },
    );
  }
  for (const o of offices.slice(0, count)) {
    const own = byId.get(o.id);
    if (own) {
      out.push(copyOf(own));
      continue;
    }
    const sibling = handWritten.find((p) => p.parent === o.parent && p.kind === o.kind);
    out.push(sibling ? fromTemplate(sibling, o) : subOfficeProfile(need(o.parent), o));
  }
  forwardToOwnOffices(out);
  checkProfileSet(out);
  return out;
}

/** Every province, or the named ones in table order; an unknown code is named. */
export function selectProvinces(which: "all" | readonly string[]): Province[] {
  if (which === "all") return [...PROVINCES];
  const known = new Set(PROVINCES.map((p) => p.code));
  const unknown = which.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `provinces: unknown ${unknown.join(", ")} (known: ${[...known].join(", ")})`,
      { path: "provinces" },
    );
  }
  return PROVINCES.filter((p) => which.includes(p.code));
}

/**
 * Checks what no single profile can: ids unique, every parent and every organisation a
 * behaviour names in the set. Throws TB_ERR_CONFIG naming the first problem.
 */
export function checkProfileSet(profiles: readonly DepartmentProfile[]): void {
  const ids = new Set<string>();
  for (const p of profiles) {
    if (ids.has(p.id))
      throw new TongbaoError("TB_ERR_CONFIG", `organisation ${p.id} appears twice`, {
        path: "id",
      });
    ids.add(p.id);
  }
  for (const p of profiles) {
    if (p.parent && !ids.has(p.parent)) {
      throw new TongbaoError("TB_ERR_CONFIG", `${p.id}: parent ${p.parent} is not in the set`, {
        path: "parent",
      });
    }
    for (const [i, b] of (p.behaviours ?? []).entries()) {
      const named = b.kind === "forward-sector-warnings" ? b.to : "copyTo" in b ? b.copyTo : [];
      const missing = (named ?? []).find((id) => !ids.has(id));
      if (missing) {
        throw new TongbaoError(
          "TB_ERR_CONFIG",
          `${p.id}: behaviours[${i}] names ${missing}, which is not in the set`,
          { path: `behaviours[${i}]` },
        );
      }
    }
  }
}

type Identity = Pick<DepartmentProfile, "id" | "nameZh" | "nameEn" | "region">;

/**
 * A deep copy without the file's `$schema` (a path relative to deploy/departments, which a
 * generated set written elsewhere would not find).
 */
function copyOf(p: DepartmentProfile): DepartmentProfile {
  const { $schema: _s, ...rest } = structuredClone(p) as DepartmentProfile & { $schema?: string };
  return rest;
}

/** A copy of a hand-written profile under another organisation's identity. */
function fromTemplate(t: DepartmentProfile, who: Identity): DepartmentProfile {
  const { id: _id, nameZh: _zh, nameEn: _en, kind, region: _r, ...shape } = copyOf(t);
  return {
    id: who.id,
    nameZh: who.nameZh,
    nameEn: who.nameEn,
    kind,
    region: who.region,
    ...shape,
  };
}

/** What a sub-office without a template receives and sends, derived from its department. */
const SUB_OFFICE_ADDRESSED: Family[] = [
  "bulletin",
  "vulnerability",
  "warning",
  "incident",
  "rectification",
  "response",
  "receipt",
  "feedback",
];
const SUB_OFFICE_PUBLISH: Family[] = [
  "incident",
  "rectification",
  "inspection",
  "receipt",
  "feedback",
];

/**
 * A sub-office follows the broadcasts its department follows, in the same sectors, and also
 * those that name no sector (national circulars reach every provincial body); it handles
 * what is addressed to it, reports incidents and inspections upward and issues rectification
 * orders locally. A department whose traffic is all restricted (minTlp) restricts its
 * offices too.
 */
function subOfficeProfile(d: DepartmentProfile, o: SubOffice): DepartmentProfile {
  return {
    id: o.id,
    nameZh: o.nameZh,
    nameEn: o.nameEn,
    kind: o.kind,
    region: o.region,
    parent: d.id,
    sectors: [...d.sectors],
    subscribe: {
      statuses: [...d.subscribe.statuses],
      addressed: [...SUB_OFFICE_ADDRESSED],
      broadcast: d.subscribe.broadcast.map((b) => ({
        families: b.families.filter((f) => !ADDRESSED_FAMILIES.has(f)),
        sectors:
          b.sectors.includes("*") || b.sectors.includes("all")
            ? [...b.sectors]
            : [...b.sectors, "all"],
      })),
    },
    publish: {
      families: [...SUB_OFFICE_PUBLISH],
      ...(d.publish.minTlp ? { minTlp: d.publish.minTlp } : {}),
    },
  };
}

/** A department that forwards sector warnings to its offices names those of the set. */
function forwardToOwnOffices(profiles: DepartmentProfile[]): void {
  for (const d of profiles) {
    if (!d.behaviours) continue;
    const offices = profiles
      .filter((p) => p.parent === d.id && p.kind === "regional-office")
      .map((p) => p.id);
    const behaviours: Behaviour[] = [];
    for (const b of d.behaviours) {
      if (b.kind !== "forward-sector-warnings") behaviours.push(b);
      else if (offices.length > 0) behaviours.push({ ...b, to: offices });
    }
    if (behaviours.length > 0) d.behaviours = behaviours;
    else delete d.behaviours;
  }
}
