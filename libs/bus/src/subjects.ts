import { TongbaoError } from "@tongbao/errors";
import {
  FAMILIES,
  SECTOR_TOKEN_BY_VALUE,
  SECTOR_VALUE_BY_TOKEN,
  STATUS_TOKENS,
  TLP_AMBER_STRICT,
  TLP_RED,
  TLP_UNSPECIFIED,
  type Family,
  type StatusToken,
} from "./subject-tokens.js";

/**
 * The subject scheme, in one place. Every subject carries the status and the origin, so that
 * broker permissions can stop a department from publishing as another and keep drills apart:
 *
 *   broadcast  tb.<status>.<family>.<sector>.<origin>            (5 tokens)
 *   addressed  tb.<status>.to.<recipient>.<family>.<origin>      (6 tokens)
 *   quarantine tbq.<origin-or-unknown>.<code lower-cased>
 *   audit      tba.<action>.<actor>
 *
 * Broadcast and addressed subjects differ in token count, so a broadcast filter such as
 * `tb.live.*.power.*` can never match addressed traffic.
 */

export { FAMILIES, SECTOR_TOKENS, type Family, type StatusToken } from "./subject-tokens.js";

/** Sector token of a broadcast that names no sector. */
export const ALL_SECTORS = "all";

/** Families whose messages always go to named recipients: receipts, feedback and orders. */
export const ADDRESSED_FAMILIES: ReadonlySet<Family> = new Set([
  "receipt",
  "feedback",
  "rectification",
]);

const ORG_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const PLAIN_TOKEN = /^[a-z0-9_-]{1,64}$/;

export interface ParsedSubject {
  status: StatusToken;
  kind: "broadcast" | "addressed";
  family: Family;
  /** Sector token (or "all") of a broadcast subject. */
  sector?: string;
  /** Recipient org id of an addressed subject. */
  recipient?: string;
  origin: string;
}

/** What routing needs of a header (a decoded tongbao.envelope.v1.Header has all of it). */
export interface RouteHeader {
  type: string;
  source: string;
  status: number;
  marking?: { tlp?: number | null } | null;
  recipients?: readonly string[] | null;
  sectors?: readonly number[] | null;
}

/** A consumer profile, as far as subject filters go. */
export interface FilterProfile {
  status: number | StatusToken;
  /** Addressed traffic for this organisation is always included. */
  recipient: string;
  /** Families to receive; absent or empty means all. */
  families?: readonly (Family | string)[];
  /** Sectors of broadcasts to receive (enum values or tokens); absent means all. Broadcasts
   * naming no sector ("all") are always included. */
  sectors?: readonly (number | string)[];
  /** Origins of broadcasts to receive; absent or empty means any. */
  origins?: readonly string[];
}

/** The subject token of a Status value (STATUS_LIVE → "live"). */
export function statusToken(status: number | StatusToken): StatusToken {
  if (typeof status === "string") {
    if ((Object.values(STATUS_TOKENS) as string[]).includes(status)) return status;
  } else {
    const token = STATUS_TOKENS[status];
    if (token) return token;
  }
  throw new TongbaoError(
    "TB_ERR_CONTRACT",
    `status ${String(status)} is not live, exercise or test`,
    {
      path: "header.status",
    },
  );
}

/** The subject token of a Sector value (SECTOR_POWER → "power"); tokens pass through checked. */
export function sectorToken(sector: number | string): string {
  if (typeof sector === "string") {
    if (sector === ALL_SECTORS || SECTOR_VALUE_BY_TOKEN.has(sector)) return sector;
  } else {
    const token = SECTOR_TOKEN_BY_VALUE.get(sector);
    if (token) return token;
  }
  throw new TongbaoError("TB_ERR_CONTRACT", `unknown sector ${String(sector)}`, {
    path: "header.sectors",
  });
}

/** The Sector enum value of a sector token, or undefined for "all". */
export function sectorValue(token: string): number | undefined {
  if (token === ALL_SECTORS) return undefined;
  const value = SECTOR_VALUE_BY_TOKEN.get(token);
  if (value === undefined)
    throw new TongbaoError("TB_ERR_CONTRACT", `unknown sector token "${token}"`);
  return value;
}

/** The family of a message type: "tongbao.bulletin.v1.ThreatBulletin" → "bulletin". */
export function familyOf(type: string): Family {
  const parts = type.split(".");
  const family = parts[1];
  if (parts.length === 4 && parts[0] === "tongbao" && isFamily(family)) return family;
  throw new TongbaoError(
    "TB_ERR_UNKNOWN_TYPE",
    `message type "${type}" is not a Tongbao family message`,
    {
      path: "header.type",
    },
  );
}

export function isFamily(token: string | undefined): token is Family {
  return token !== undefined && (FAMILIES as readonly string[]).includes(token);
}

/** True for a valid registry id (lower-case letters, digits, inner hyphens; at most 64). */
export function isOrgId(id: string): boolean {
  return ORG_ID.test(id);
}

export function broadcastSubject(
  status: number | StatusToken,
  family: Family | string,
  sector: number | string,
  origin: string,
): string {
  return `tb.${statusToken(status)}.${checkFamily(family)}.${sectorToken(sector)}.${checkOrg(origin, "header.source")}`;
}

export function addressedSubject(
  status: number | StatusToken,
  recipient: string,
  family: Family | string,
  origin: string,
): string {
  return `tb.${statusToken(status)}.to.${checkOrg(recipient, "header.recipients")}.${checkFamily(family)}.${checkOrg(origin, "header.source")}`;
}

/** Parses a traffic subject; throws TB_ERR_SUBJECT_MISMATCH when it is not one. */
export function parseSubject(subject: string): ParsedSubject {
  const t = subject.split(".");
  const bad = (why: string): TongbaoError =>
    new TongbaoError("TB_ERR_SUBJECT_MISMATCH", `subject "${subject}" is malformed: ${why}`, {
      path: "subject",
    });
  if (t[0] !== "tb") throw bad('it does not start with "tb."');
  const status = t[1];
  if (!isStatusToken(status)) throw bad(`"${String(status)}" is not live, exercise or test`);
  if (t.length === 6 && t[2] === "to") {
    const [, , , recipient = "", family, origin = ""] = t;
    if (!ORG_ID.test(recipient)) throw bad(`recipient "${recipient}" is not an org id`);
    if (!isFamily(family)) throw bad(`"${String(family)}" is not a family`);
    if (!ORG_ID.test(origin)) throw bad(`origin "${origin}" is not an org id`);
    return { status, kind: "addressed", family, recipient, origin };
  }
  if (t.length === 5) {
    const [, , family, sector = "", origin = ""] = t;
    if (!isFamily(family)) throw bad(`"${String(family)}" is not a family`);
    if (sector !== ALL_SECTORS && !SECTOR_VALUE_BY_TOKEN.has(sector))
      throw bad(`"${sector}" is not a sector`);
    if (!ORG_ID.test(origin)) throw bad(`origin "${origin}" is not an org id`);
    return { status, kind: "broadcast", family, sector, origin };
  }
  throw bad(`it has ${t.length} tokens; broadcast subjects have 5, addressed 6`);
}

/**
 * The subjects one message is published on. Named recipients get one addressed copy each;
 * otherwise a broadcast goes out once per sector it names ("all" if none). TLP:RED and
 * TLP:AMBER+STRICT, and receipts, feedback and orders, need named recipients.
 */
export function routesFor(header: RouteHeader): string[] {
  const family = familyOf(header.type);
  const recipients = [...new Set(header.recipients ?? [])];
  if (recipients.length > 0) {
    return recipients.map((r) => addressedSubject(header.status, r, family, header.source));
  }
  const tlp = header.marking?.tlp ?? TLP_UNSPECIFIED;
  if (tlp === TLP_UNSPECIFIED) {
    throw new TongbaoError("TB_ERR_MARKING", "a message without a TLP marking cannot be routed", {
      path: "header.marking.tlp",
    });
  }
  if (tlp === TLP_RED || tlp === TLP_AMBER_STRICT) {
    throw new TongbaoError(
      "TB_ERR_MARKING",
      `${tlp === TLP_RED ? "TLP:RED" : "TLP:AMBER+STRICT"} needs named recipients; it cannot be broadcast`,
      { path: "header.recipients" },
    );
  }
  if (ADDRESSED_FAMILIES.has(family)) {
    throw new TongbaoError("TB_ERR_CONTRACT", `a ${family} message needs named recipients`, {
      path: "header.recipients",
    });
  }
  const sectors = [...new Set((header.sectors ?? []).filter((s) => s !== 0))];
  if (sectors.length === 0)
    return [broadcastSubject(header.status, family, ALL_SECTORS, header.source)];
  return sectors.map((s) => broadcastSubject(header.status, family, s, header.source));
}

/**
 * Subject filters for a consumer profile: its own addressed traffic, and the broadcasts of
 * its families, sectors (plus "all") and origins. Wildcards stand where the profile says "any".
 */
export function filterSubjects(profile: FilterProfile): string[] {
  const status = statusToken(profile.status);
  const recipient = checkOrg(profile.recipient, "profile.recipient");
  const families = profile.families?.length
    ? [...new Set(profile.families.map(checkFamily))]
    : ["*"];
  const sectors = profile.sectors
    ? [...new Set([...profile.sectors.map(sectorToken), ALL_SECTORS])]
    : ["*"];
  const origins = profile.origins?.length
    ? [...new Set(profile.origins.map((o) => checkOrg(o, "profile.origins")))]
    : ["*"];
  const out =
    families[0] === "*"
      ? [`tb.${status}.to.${recipient}.>`]
      : families.map((f) => `tb.${status}.to.${recipient}.${f}.*`);
  for (const f of families) {
    for (const s of sectors) {
      for (const o of origins) out.push(`tb.${status}.${f}.${s}.${o}`);
    }
  }
  return out;
}

/** Every traffic subject of one status: what its stream captures. */
export function statusSubjects(status: number | StatusToken): string {
  return `tb.${statusToken(status)}.>`;
}

/** Subject of a quarantined message: `tbq.<origin-or-unknown>.<code>`. */
export function quarantineSubject(origin: string | undefined, code: string): string {
  const o = origin !== undefined && ORG_ID.test(origin) ? origin : "unknown";
  return `tbq.${o}.${checkToken(code.toLowerCase(), "code")}`;
}

/** Subject of an audit record: `tba.<action>.<actor>`. */
export function auditSubject(action: string, actor: string): string {
  return `tba.${checkToken(action, "action")}.${checkToken(actor, "actor")}`;
}

function isStatusToken(token: string | undefined): token is StatusToken {
  return token !== undefined && (Object.values(STATUS_TOKENS) as string[]).includes(token);
}

function checkFamily(family: string): Family {
  if (isFamily(family)) return family;
  throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `"${family}" is not a message family`, {
    path: "family",
  });
}

function checkOrg(id: string, path: string): string {
  if (ORG_ID.test(id)) return id;
  throw new TongbaoError(
    "TB_ERR_CONTRACT",
    `"${id}" is not an org id (lower-case letters, digits and hyphens)`,
    { path },
  );
}

function checkToken(token: string, path: string): string {
  if (PLAIN_TOKEN.test(token)) return token;
  throw new TongbaoError(
    "TB_ERR_BAD_REQUEST",
    `"${token}" is not a subject token (lower-case letters, digits, "-" and "_")`,
    { path },
  );
}
