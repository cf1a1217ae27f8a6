import type { Header } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { TLP_AMBER_STRICT, TLP_RED } from "../subject-tokens.js";
import {
  ALL_SECTORS,
  familyOf,
  parseSubject,
  sectorValue,
  statusToken,
  type ParsedSubject,
} from "../subjects.js";

// A consumer sees the same few subjects over and over: parse each once.
const MAX_PARSED = 4096;
const parsed = new Map<string, Readonly<ParsedSubject>>();

// And runs of one subject are the rule: the last one answers without a map lookup.
let lastSubject = "";
let lastParsed: Readonly<ParsedSubject> | undefined;

function parseCached(subject: string): Readonly<ParsedSubject> {
  if (subject === lastSubject && lastParsed) return lastParsed;
  let s = parsed.get(subject);
  if (!s) {
    s = Object.freeze(parseSubject(subject));
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(subject, s);
  }
  lastSubject = subject;
  lastParsed = s;
  return s;
}

// Likewise the few message types: familyOf splits the name each time.
const families = new Map<string, ReturnType<typeof familyOf>>();

let lastType = "";
let lastFamily: ReturnType<typeof familyOf> | undefined;

function familyCached(type: string): ReturnType<typeof familyOf> {
  if (type === lastType && lastFamily !== undefined) return lastFamily;
  let f = families.get(type);
  if (f === undefined) {
    f = familyOf(type);
    if (families.size >= MAX_PARSED) families.clear();
    families.set(type, f);
  }
  lastType = type;
  lastFamily = f;
  return f;
}

/**
 * Checks that the subject a message arrived on is one its signed header allows: the origin,
 * status, family, recipient and sector in the subject are not signed, so a publisher (or a
 * misconfigured bridge) could otherwise put a genuine message where it does not belong.
 */
export function checkSubject(subject: string, header: Header): void {
  const s = parseCached(subject);
  if (s.origin !== header.source) {
    throw mismatch(
      "TB_ERR_ORIGIN_MISMATCH",
      `origin "${s.origin}" is not the signed source "${header.source}"`,
      "header.source",
    );
  }
  if (s.status !== statusToken(header.status)) {
    throw mismatch(
      "TB_ERR_STATUS_MISMATCH",
      `a ${statusToken(header.status)} message on a ${s.status} subject`,
      "header.status",
    );
  }
  if (s.family !== familyCached(header.type)) {
    throw mismatch(
      "TB_ERR_SUBJECT_MISMATCH",
      `a ${header.type} on a ${s.family} subject`,
      "header.type",
    );
  }
  if (s.kind === "addressed") {
    if (!header.recipients.includes(s.recipient ?? "")) {
      throw mismatch(
        "TB_ERR_SUBJECT_MISMATCH",
        `"${s.recipient ?? ""}" is not among the signed recipients`,
        "header.recipients",
      );
    }
    return;
  }
  const tlp = header.marking?.tlp;
  if (tlp === TLP_RED || tlp === TLP_AMBER_STRICT) {
    throw mismatch(
      "TB_ERR_MARKING",
      `${tlp === TLP_RED ? "TLP:RED" : "TLP:AMBER+STRICT"} message on a broadcast subject`,
      "header.marking.tlp",
    );
  }
  if (header.recipients.length > 0) {
    throw mismatch(
      "TB_ERR_SUBJECT_MISMATCH",
      "an addressed message on a broadcast subject",
      "header.recipients",
    );
  }
  // Unset (0) entries do not count; no array is built for this per message.
  const wanted = s.sector === ALL_SECTORS ? undefined : (sectorValue(s.sector ?? "") ?? -1);
  let signed = 0;
  let found = false;
  for (const v of header.sectors) {
    if (v === 0) continue;
    signed++;
    if (v === wanted) found = true;
  }
  const ok = s.sector === ALL_SECTORS ? signed === 0 : found;
  if (!ok) {
    throw mismatch(
      "TB_ERR_SUBJECT_MISMATCH",
      `sector "${s.sector ?? ""}" is not among the signed sectors`,
      "header.sectors",
    );
  }
}

function mismatch(
  code:
    | "TB_ERR_ORIGIN_MISMATCH"
    | "TB_ERR_STATUS_MISMATCH"
    | "TB_ERR_SUBJECT_MISMATCH"
    | "TB_ERR_MARKING",
  message: string,
  path: string,
): TongbaoError {
  return new TongbaoError(code, message, { path });
}
