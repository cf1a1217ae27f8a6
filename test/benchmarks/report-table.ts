import type { MachineFacts } from "./machine.js";
import type { RatioOutcome, ScenarioOutcome, Summary } from "./types.js";

/** A figure with sensible precision: big rates as integers, small values with decimals. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString("en");
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function formatSummary(s: Summary): { median: string; range: string } {
  return {
    median: formatNumber(s.median),
    range: s.n > 1 ? `${formatNumber(s.min)} – ${formatNumber(s.max)}` : "(1 run)",
  };
}

export function targetText(r: RatioOutcome): string {
  const t = r.spec.target;
  if (!t) return "";
  return "atLeast" in t ? `≥ ${t.atLeast}` : `≤ ${t.atMost}`;
}

export function verdictText(r: RatioOutcome): string {
  if (r.pass === undefined) return r.spec.target && r.unavailable ? "—" : "";
  if (r.pass) return "pass";
  const t = r.spec.target!;
  const median = r.summary!.median;
  const by =
    "atLeast" in t
      ? `${(((t.atLeast - median) / t.atLeast) * 100).toFixed(0)} % short`
      : `${formatNumber(median - t.atMost)} over`;
  return `MISS (${by})`;
}

/** Plain-text table for the terminal: one block per scenario. */
export function renderTable(facts: MachineFacts, outcomes: ScenarioOutcome[]): string {
  const lines: string[] = [];
  lines.push(
    `Tongbao benchmarks — ${facts.date}`,
    `${facts.cpu}, ${facts.cores} cores, ${facts.memoryGiB} GiB; Node ${facts.node}; nats-server ${facts.natsServer}; load ${facts.loadAtStart}`,
    "",
  );
  for (const o of outcomes) {
    lines.push(
      `== ${o.scenario.title} (${o.runs} run${o.runs === 1 ? "" : "s"}, ${o.seconds.toFixed(0)} s)`,
    );
    if (o.error) lines.push(`   FAILED: ${o.error}`);
    const rows: string[][] = [["", "median", "min – max", ""]];
    for (const m of o.metrics) {
      if (m.summary) {
        const f = formatSummary(m.summary);
        rows.push([m.spec.label, f.median, f.range, m.spec.unit]);
      } else {
        rows.push([m.spec.label, "not yet available", "", m.unavailable ?? ""]);
      }
    }
    for (const r of o.ratios) {
      if (r.summary) {
        const f = formatSummary(r.summary);
        const target = targetText(r);
        rows.push([
          r.spec.label,
          f.median,
          f.range,
          target ? `target ${target}: ${verdictText(r)}` : "",
        ]);
      } else {
        rows.push([r.spec.label, "not yet available", "", r.unavailable ?? ""]);
      }
    }
    lines.push(...alignRows(rows).map((l) => `   ${l}`));
    for (const note of o.notes) lines.push(`   note: ${note}`);
    lines.push("");
  }
  return lines.join("\n");
}

function alignRows(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]!) : c < 3 ? cell.padStart(widths[c]!) : cell,
      )
      .join("  ")
      .trimEnd(),
  );
}
