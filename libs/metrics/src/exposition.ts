/** Where every service serves its metrics. */
export const METRICS_PATH = "/metrics";

/** One sample of a scrape: metric name, labels, value. */
export interface ExposedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);

/**
 * Reads the Prometheus text exposition format (version 0.0.4) strictly: every line is a
 * HELP, a TYPE or a sample; each sample belongs to a family declared by a TYPE line before it;
 * label values are quoted and escaped; values are numbers. Throws naming the line otherwise.
 * What a scraper would refuse, this refuses too, so a test that parses a scrape checks the
 * format as well as the numbers.
 */
export function parseExposition(text: string): {
  types: Map<string, string>;
  samples: ExposedSample[];
} {
  const types = new Map<string, string>();
  const samples: ExposedSample[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    const where = `line ${i + 1} ("${line.slice(0, 80)}")`;
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      const [, kind, name = "", rest = ""] = /^#\s+(\S+)\s+(\S+)\s*(.*)$/.exec(line) ?? [];
      if (kind === "TYPE") {
        if (!NAME.test(name) || !TYPES.has(rest)) throw new Error(`bad TYPE at ${where}`);
        if (types.has(name)) throw new Error(`second TYPE for ${name} at ${where}`);
        types.set(name, rest);
      } else if (kind === "HELP" && !NAME.test(name)) {
        throw new Error(`bad HELP at ${where}`);
      }
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample: ${where}`);
    const name = m[1] ?? "";
    const family = [...types.keys()].find(
      (f) =>
        name === f ||
        (name.startsWith(f) && /^_(bucket|sum|count|total|created)$/.test(name.slice(f.length))),
    );
    if (!family) {
      throw new Error(`sample of ${name} without a TYPE line before it: ${where}`);
    }
    const value = Number(m[4] === "+Inf" ? Infinity : m[4] === "-Inf" ? -Infinity : m[4]);
    if (Number.isNaN(value) && m[4] !== "NaN") throw new Error(`bad value at ${where}`);
    samples.push({ name, labels: parseLabels(m[3] ?? "", where), value });
  }
  return { types, samples };
}

function parseLabels(body: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < body.length) {
    const at = LABEL.lastIndex;
    const m = LABEL.exec(body);
    if (!m || m.index !== at) throw new Error(`bad labels at ${where}`);
    const [, key = "", raw = ""] = m;
    if (key in labels) throw new Error(`label ${key} twice at ${where}`);
    labels[key] = raw.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    if (m[3] === "") break;
  }
  return labels;
}
