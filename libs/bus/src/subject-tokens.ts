/**
 * Token tables of the subject scheme. Subjects are wire facts: the numbers are the enum values
 * of tongbao.envelope.v1.Status, tongbao.common.v1.Sector and tongbao.common.v1.Tlp, which can
 * never change without breaking every stored message.
 */

export type StatusToken = "live" | "exercise" | "test";

/** Status enum value → subject token (STATUS_UNSPECIFIED has none). */
export const STATUS_TOKENS: Readonly<Record<number, StatusToken>> = {
  1: "live",
  2: "exercise",
  3: "test",
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

/** Sector tokens in enum order: index i is Sector value i + 1 (SECTOR_POWER = 6 → "power"). */
export const SECTOR_TOKENS: readonly string[] = [
  "raw_materials",
  "equipment_manufacturing",
  "consumer_goods",
  "electronic_information",
  "telecommunications",
  "power",
  "oil_and_gas",
  "coal",
  "health",
  "environment",
  "defence",
  "education",
  "transport",
  "water",
  "municipal_utilities",
  "finance",
  "other",
];

export const TLP_UNSPECIFIED = 0;
export const TLP_AMBER_STRICT = 4;
export const TLP_RED = 5;
