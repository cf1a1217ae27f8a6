import { tongbao } from "@tongbao/contracts";

/**
 * Token tables of the subject scheme, derived from the generated enums so that a sector added
 * to the schema becomes a subject token without touching this file.
 */

const { Status } = tongbao.envelope.v1;
const { Sector, Tlp } = tongbao.common.v1;

export type StatusToken = "live" | "exercise" | "test";

/** Status enum value → subject token (STATUS_UNSPECIFIED has none). */
export const STATUS_TOKENS: Readonly<Record<number, StatusToken>> = {
  [Status.STATUS_LIVE]: "live",
  [Status.STATUS_EXERCISE]: "exercise",
  [Status.STATUS_TEST]: "test",
};

/** Message families: the second segment of each contract's proto package. */
export const FAMILIES = [
  "bulletin",
  "vulnerability",
  "warning",
  "incident",
  "exposure",
  "rectification",
  "receipt",
  "feedback",
  "inspection",
  "response",
] as const;

export type Family = (typeof FAMILIES)[number];

/** Sector enum value → token: the name lower-cased without its prefix (SECTOR_POWER → "power"). */
export const SECTOR_TOKEN_BY_VALUE: ReadonlyMap<number, string> = new Map(
  Object.entries(Sector)
    .filter(
      ([name, value]) =>
        typeof value === "number" &&
        value !== Sector.SECTOR_UNSPECIFIED &&
        name.startsWith("SECTOR_"),
    )
    .map(([name, value]) => [value as number, name.slice("SECTOR_".length).toLowerCase()]),
);

export const SECTOR_TOKENS: readonly string[] = [...SECTOR_TOKEN_BY_VALUE.values()];

export const SECTOR_VALUE_BY_TOKEN: ReadonlyMap<string, number> = new Map(
  [...SECTOR_TOKEN_BY_VALUE].map(([value, token]) => [token, value]),
);

export const TLP_UNSPECIFIED: number = Tlp.TLP_UNSPECIFIED;
export const TLP_AMBER_STRICT: number = Tlp.TLP_AMBER_STRICT;
export const TLP_RED: number = Tlp.TLP_RED;
