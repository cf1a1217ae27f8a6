/** A published nats-server advisory that a deployment's server version can be checked against. */
export interface ServerAdvisory {
  id: string;
  summary: string;
  /** Affected when `introduced <= version < fixed` on one of these release lines. */
  affected: readonly { introduced: string; fixed: string }[];
}

/** Advisories the generated configuration is written around; production must run past them. */
export const SERVER_ADVISORIES: readonly ServerAdvisory[] = [
  {
    id: "CVE-2023-47090",
    summary:
      "users of the legacy authorization block next to an accounts block could let clients in without authentication",
    affected: [
      { introduced: "2.2.0", fixed: "2.9.23" },
      { introduced: "2.10.0", fixed: "2.10.2" },
    ],
  },
];

/**
 * The advisories that apply to a server version (as INFO reports it, e.g. "2.9.10"). An
 * unparsable version is reported as affected by all: unknown is not safe.
 */
export function serverAdvisories(version: string): ServerAdvisory[] {
  const v = parse(version);
  return SERVER_ADVISORIES.filter((a) =>
    a.affected.some(
      (r) => !v || (compare(v, parse(r.introduced)!) >= 0 && compare(v, parse(r.fixed)!) < 0),
    ),
  );
}

function parse(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
