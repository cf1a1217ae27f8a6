/**
 * Writes nats-server configuration files. The server's format is close to JSON but not equal
 * to it (blocks without `=`, unquoted keys), so values are written in the one form it always
 * accepts: quoted strings, bare numbers and booleans, `key { ... }` blocks and `[ ... ]` lists.
 */
export type ConfValue = string | number | boolean | ConfValue[] | ConfObject;
export interface ConfObject {
  [key: string]: ConfValue | undefined;
}

/** Serialises a configuration object into nats-server's configuration syntax. */
export function toConf(config: ConfObject, indent = ""): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    // `include "file"` (relative to this file) takes no separator: a file the operator's
    // tools rewrite and the running server reloads.
    if (key === "include") {
      for (const file of [value].flat()) lines.push(`${indent}include ${JSON.stringify(file)}`);
      continue;
    }
    lines.push(`${indent}${quoteKey(key)}${confValue(value, indent, true)}`);
  }
  return lines.join("\n");
}

function confValue(value: ConfValue, indent: string, asField: boolean): string {
  const sep = asField ? ": " : "";
  if (typeof value === "string") return sep + JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return sep + String(value);
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    const items = value.map((v) => inner + confValue(v, inner, false));
    return `${sep}[\n${items.join("\n")}\n${indent}]`;
  }
  return `${asField ? " " : ""}{\n${toConf(value, inner)}\n${indent}}`;
}

function quoteKey(key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

/** Deep merge of configuration objects: later values win, blocks are merged key by key. */
export function mergeConf(...configs: (ConfObject | undefined)[]): ConfObject {
  const out: ConfObject = {};
  for (const config of configs) {
    if (!config) continue;
    for (const [key, value] of Object.entries(config)) {
      const prev = out[key];
      out[key] =
        isBlock(prev) && isBlock(value) ? mergeConf(prev, value) : (value as ConfValue | undefined);
    }
  }
  return out;
}

function isBlock(v: unknown): v is ConfObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
