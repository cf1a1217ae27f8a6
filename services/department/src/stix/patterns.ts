import { TongbaoError } from "@tongbao/errors";

/**
 * STIX patterning for the indicators Tongbao carries: one equality comparison per indicator
 * (`[ipv4-addr:value = '203.0.113.45']`), and the network-traffic pattern of an exposure. The
 * reverse reads the same shapes; anything richer (other operators, qualifiers, AND across
 * observations) is refused by name rather than half-understood.
 */

/** The contracts' IndicatorType (JSON form) carried as a pattern, by SCO path. */
const HASH_KEYS = {
  INDICATOR_TYPE_FILE_MD5: "MD5",
  INDICATOR_TYPE_FILE_SHA1: "SHA-1",
  INDICATOR_TYPE_FILE_SHA256: "SHA-256",
  // Not in STIX's hashing-algorithm vocabulary, which is open: GM/T 0004 SM3 under its name.
  INDICATOR_TYPE_FILE_SM3: "SM3",
} as const;

export type PatternedIndicatorType =
  | "INDICATOR_TYPE_IP"
  | "INDICATOR_TYPE_DOMAIN"
  | "INDICATOR_TYPE_URL"
  | "INDICATOR_TYPE_EMAIL"
  | keyof typeof HASH_KEYS;

export function isPatterned(type: string): type is PatternedIndicatorType {
  return (
    type === "INDICATOR_TYPE_IP" ||
    type === "INDICATOR_TYPE_DOMAIN" ||
    type === "INDICATOR_TYPE_URL" ||
    type === "INDICATOR_TYPE_EMAIL" ||
    type in HASH_KEYS
  );
}

/** A STIX string literal: backslash and quote escaped (STIX 2.1 section 9.2). */
export function stixString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

export function indicatorPattern(type: PatternedIndicatorType, value: string): string {
  switch (type) {
    case "INDICATOR_TYPE_IP":
      return `[${value.includes(":") ? "ipv6-addr" : "ipv4-addr"}:value = ${stixString(value)}]`;
    case "INDICATOR_TYPE_DOMAIN":
      return `[domain-name:value = ${stixString(value)}]`;
    case "INDICATOR_TYPE_URL":
      return `[url:value = ${stixString(value)}]`;
    case "INDICATOR_TYPE_EMAIL":
      return `[email-addr:value = ${stixString(value)}]`;
    default:
      return `[file:hashes.${stixString(HASH_KEYS[type])} = ${stixString(value)}]`;
  }
}

/** An exposed service: the address and port seen listening, and its transport. */
export function exposurePattern(ip: string, port: number, transport: string): string {
  const sco = ip.includes(":") ? "ipv6-addr" : "ipv4-addr";
  const parts = [
    `network-traffic:dst_ref.type = '${sco}'`,
    `network-traffic:dst_ref.value = ${stixString(ip)}`,
    `network-traffic:dst_port = ${port}`,
  ];
  if (transport) parts.push(`network-traffic:protocols[*] = ${stixString(transport)}`);
  return `[${parts.join(" AND ")}]`;
}

/** One comparison of a parsed pattern: `path` as written without quotes, e.g. file:hashes.SHA-256. */
export interface Comparison {
  path: string;
  op: string;
  value: string | number;
}

/** A pattern as observation expressions (outer OR) of ANDed comparisons. */
export type ParsedPattern = Comparison[][];

const TOKEN =
  /\s*(?:(\[)|(\])|('(?:[^'\\]|\\.)*')|(AND|OR|FOLLOWEDBY|NOT|LIKE|MATCHES|ISSUBSET|ISSUPERSET|IN|WITHIN|REPEATS|START|STOP)\b|(!=|<=|>=|=|<|>)|(-?\d+(?:\.\d+)?)|([a-z0-9_-]+:[A-Za-z0-9_\-.'*[\]]+?)(?=\s*(?:!=|<=|>=|=|<|>|\s(?:NOT|LIKE|MATCHES|IN|ISSUBSET|ISSUPERSET)\b)))/y;

/**
 * Parses the subset of STIX patterning described above; throws TB_ERR_SCHEMA naming what is
 * outside it. The comparisons within one observation are joined by AND or OR (OR splits them
 * into separate observations, which is what it means).
 */
export function parsePattern(pattern: string, path: string): ParsedPattern {
  const bad = (why: string) =>
    new TongbaoError("TB_ERR_SCHEMA", `pattern ${JSON.stringify(pattern)}: ${why}`, { path });
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < pattern.length) {
    if (/^\s*$/.test(pattern.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(pattern);
    if (!m) throw bad(`cannot be read at offset ${at}`);
    tokens.push(m.slice(1).find((t) => t !== undefined)!);
    at = TOKEN.lastIndex;
  }
  const observations: ParsedPattern = [];
  let i = 0;
  const next = () => tokens[i++];
  for (;;) {
    if (next() !== "[") throw bad("an observation expression must start with [");
    let current: Comparison[] = [];
    const group: Comparison[][] = [current];
    for (;;) {
      const p = next();
      const op = next();
      const lit = next();
      if (!p || !/:/.test(p)) throw bad("expected an object path such as ipv4-addr:value");
      if (!op || !/^(!=|<=|>=|=|<|>)$/.test(op)) {
        throw bad(`the operator ${op ?? "(none)"} is not carried: only comparisons such as =`);
      }
      if (lit === undefined) throw bad("a comparison needs a value");
      const value = lit.startsWith("'")
        ? lit.slice(1, -1).replace(/\\(.)/g, "$1")
        : /^-?\d/.test(lit)
          ? Number(lit)
          : (() => {
              throw bad(`the value ${lit} is not a string or a number`);
            })();
      current.push({ path: p.replace(/'/g, ""), op, value });
      const joiner = next();
      if (joiner === "]") break;
      if (joiner === "AND") continue;
      if (joiner === "OR") {
        current = [];
        group.push(current);
        continue;
      }
      throw bad(`expected AND, OR or ] but found ${joiner ?? "the end"}`);
    }
    observations.push(...group);
    const after = next();
    if (after === undefined) break;
    if (after !== "OR") {
      throw bad(`observations joined by ${after} are not carried: only OR`);
    }
  }
  return observations;
}

/** Back to an indicator: the comparison's SCO path → the contracts' IndicatorType. */
export function indicatorOf(
  c: Comparison,
): { type: PatternedIndicatorType; value: string } | undefined {
  if (c.op !== "=" || typeof c.value !== "string") return undefined;
  switch (c.path) {
    case "ipv4-addr:value":
    case "ipv6-addr:value":
      return { type: "INDICATOR_TYPE_IP", value: c.value };
    case "domain-name:value":
      return { type: "INDICATOR_TYPE_DOMAIN", value: c.value };
    case "url:value":
      return { type: "INDICATOR_TYPE_URL", value: c.value };
    case "email-addr:value":
      return { type: "INDICATOR_TYPE_EMAIL", value: c.value };
  }
  const hash = /^file:hashes\.(.+)$/.exec(c.path)?.[1]?.toUpperCase();
  for (const [type, key] of Object.entries(HASH_KEYS)) {
    if (hash === key || hash === key.replace("-", "")) {
      return { type: type as PatternedIndicatorType, value: c.value };
    }
  }
  return undefined;
}
