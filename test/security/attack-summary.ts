import type { AttackClass } from "./attack.js";

/** One attack by one organisation, with what it saw and the effects the ledger laid at its door. */
export interface AttackRow {
  cls: AttackClass;
  attacker: string;
  victim: string;
  name: string;
  stopped: string;
  /** Where its effect would show (see aimedAt). */
  aims: string[];
  effects: string[];
  held: boolean;
}

export interface ControlRow {
  cls: AttackClass;
  attacker: string;
  name: string;
  ok: boolean;
  saw: string;
}

/** A table per attack class: how many attacks each organisation ran, how many held, and the controls. */
export function summaryTable(rows: readonly AttackRow[], controls: readonly ControlRow[]): string {
  const classes = [...new Set([...rows.map((r) => r.cls), ...controls.map((c) => c.cls)])];
  const lines: string[][] = [
    ["attack class", "per org", "orgs", "runs", "held", "breached", "controls ok"],
  ];
  for (const cls of classes) {
    const of = rows.filter((r) => r.cls === cls);
    const perOrg = new Map<string, number>();
    for (const r of of) perOrg.set(r.attacker, (perOrg.get(r.attacker) ?? 0) + 1);
    const counts = [...perOrg.values()];
    const ctl = controls.filter((c) => c.cls === cls);
    lines.push([
      cls,
      counts.length
        ? `${Math.min(...counts)}–${Math.max(...counts)}`.replace(/^(\d+)–\1$/, "$1")
        : "0",
      String(perOrg.size),
      String(of.length),
      String(of.filter((r) => r.held).length),
      String(of.filter((r) => !r.held).length),
      `${ctl.filter((c) => c.ok).length}/${ctl.length}`,
    ]);
  }
  const perOrg = new Map<string, number>();
  for (const r of rows) perOrg.set(r.attacker, (perOrg.get(r.attacker) ?? 0) + 1);
  const counts = [...perOrg.values()];
  lines.push([
    "all",
    `${Math.min(...counts)}–${Math.max(...counts)}`,
    String(perOrg.size),
    String(rows.length),
    String(rows.filter((r) => r.held).length),
    String(rows.filter((r) => !r.held).length),
    `${controls.filter((c) => c.ok).length}/${controls.length}`,
  ]);
  return table(lines);
}

/**
 * Every attack that got through, grouped by attack and what gave it away (with the attackers
 * it happened to), and every control that did not get through.
 */
export function failureLines(
  rows: readonly AttackRow[],
  controls: readonly ControlRow[],
): string[] {
  const groups = new Map<string, string[]>();
  for (const r of rows.filter((x) => !x.held)) {
    const more = r.effects.length > 3 ? `; … (${r.effects.length} in all)` : "";
    const why = r.effects.length ? r.effects.slice(0, 3).join("; ") + more : r.stopped;
    const key = `${r.cls}: ${r.name}: ${why}`;
    groups.set(key, [...(groups.get(key) ?? []), r.attacker]);
  }
  return [
    ...[...groups].map(
      ([key, who]) =>
        `BREACH ${key} [${who.length}: ${who.slice(0, 4).join(", ")}${who.length > 4 ? ", …" : ""}]`,
    ),
    ...controls
      .filter((c) => !c.ok)
      .map((c) => `CONTROL FAILED ${c.attacker}: ${c.name}: ${c.saw}`),
  ];
}

function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (l: string[]) =>
    l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    fmt(lines[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...lines.slice(1).map(fmt),
  ].join("\n");
}
