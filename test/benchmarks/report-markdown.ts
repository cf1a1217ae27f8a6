import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { SCENARIO_NAMES, type BenchOptions } from "./cli-options.js";
import { formatSummary, targetText, verdictText } from "./report-table.js";
import type { ReportEntry } from "./results-store.js";

/**
 * BENCHMARKS.md: the machine and versions, then every scenario with what was measured, its
 * figures (median, min, max across runs), its ratios against the raw baseline and the target.
 * Each scenario's section comes from its own last run (results-store.ts), which says when,
 * on which server and under what load it ran. Analysis that outlives a run (what a profile
 * showed) lives in findings/<scenario>.md and is included under its scenario.
 */
export async function renderMarkdown(entries: ReportEntry[]): Promise<string> {
  const out: string[] = [];
  const newest = [...entries].sort((a, b) =>
    b.stored.facts.date.localeCompare(a.stored.facts.date),
  )[0];
  out.push(
    "# Benchmarks",
    "",
    "Generated from each scenario's last run (`test/benchmarks/results/`): `pnpm bench` runs " +
      "them all, `pnpm bench --only NAME` refreshes one section and keeps the others. Regenerate " +
      "rather than edit: the analysis under each scenario comes from `test/benchmarks/findings/`.",
    "",
    "Each figure is the median of the runs, with the min and max; a ratio is computed within " +
      "each run (both sides measured back to back on the same server) and then summarised. " +
      "The bench starts its own nats-server with JetStream file storage in a temp directory; " +
      "clients and server share the machine below. Each section names its run's date, " +
      "nats-server and load average: figures from runs under different load compare badly.",
    "",
  );
  if (newest) {
    const f = newest.stored.facts;
    out.push(
      "## Machine and versions",
      "",
      "| | |",
      "| --- | --- |",
      `| CPU | ${f.cpu} |`,
      `| cores | ${f.cores} |`,
      `| memory | ${f.memoryGiB} GiB |`,
      `| OS | ${f.os} |`,
      `| Node.js | ${f.node} |`,
      ...Object.entries(f.clients).map(([name, version]) => `| ${name} | ${version} |`),
      "",
    );
  }
  out.push(
    "## Targets",
    "",
    "| scenario | figure | median | min – max | target | result |",
    "| --- | --- | ---: | ---: | --- | --- |",
  );
  for (const { outcome: o } of entries) {
    for (const r of o.ratios.filter((x) => x.spec.target)) {
      const f = r.summary ? formatSummary(r.summary) : undefined;
      out.push(
        `| ${o.scenario.title} | ${r.spec.label} | ${f?.median ?? "not yet available"} | ` +
          `${f?.range ?? escape(r.unavailable ?? "")} | ${targetText(r)} | ${verdictText(r) || "—"} |`,
      );
    }
  }
  out.push("");
  for (const { outcome: o, stored } of entries) {
    out.push(`## ${o.scenario.title}`, "");
    out.push(
      `${stored.measures} ${o.runs} run${o.runs === 1 ? "" : "s"}, ` +
        `${o.seconds.toFixed(0)} s in all.`,
      "",
      `Run ${stored.facts.date.slice(0, 16).replace("T", " ")} UTC on nats-server ` +
        `${stored.facts.natsServer}, load average ${stored.facts.loadAtStart} at start and ` +
        `${stored.loadAtEnd} at end: \`${stored.command}\`.`,
      "",
    );
    if (o.error) out.push(`**The scenario failed:** ${escape(o.error)}`, "");
    out.push("| figure | median | min | max | unit |", "| --- | ---: | ---: | ---: | --- |");
    for (const m of o.metrics) {
      if (m.summary) {
        const f = formatSummary(m.summary);
        const [min, max] = m.summary.n > 1 ? f.range.split(" – ") : [f.median, f.median];
        out.push(`| ${m.spec.label} | ${f.median} | ${min} | ${max} | ${m.spec.unit} |`);
      } else {
        out.push(`| ${m.spec.label} | not yet available: ${escape(m.unavailable ?? "")} | | | |`);
      }
    }
    if (o.ratios.length > 0) {
      out.push(
        "",
        "| ratio | median | min – max | target | result |",
        "| --- | ---: | ---: | --- | --- |",
      );
      for (const r of o.ratios) {
        if (r.summary) {
          const f = formatSummary(r.summary);
          out.push(
            `| ${r.spec.label} | ${f.median} | ${f.range} | ${targetText(r)} | ${verdictText(r)} |`,
          );
        } else {
          out.push(
            `| ${r.spec.label} | not yet available: ${escape(r.unavailable ?? "")} | | ${targetText(r)} | |`,
          );
        }
      }
    }
    if (o.notes.length > 0) out.push("", ...o.notes.map((n) => `- ${n}`));
    const findings = await readFindings(o.scenario.name);
    if (findings) out.push("", findings.trim());
    out.push("");
  }
  return out.join("\n");
}

/** The command line that reproduces a run of `options`. */
export function benchCommand(options: BenchOptions): string {
  const flags: string[] = [];
  if (options.quick) flags.push("--quick");
  if (options.only.length < SCENARIO_NAMES.length) flags.push(`--only ${options.only.join(",")}`);
  flags.push(`--runs ${options.runs}`);
  if (options.replayCount !== undefined) flags.push(`--replay-count ${options.replayCount}`);
  return `pnpm bench ${flags.join(" ")}`;
}

function escape(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

async function readFindings(name: string): Promise<string | undefined> {
  const path = fileURLToPath(new URL(`./findings/${name}.md`, import.meta.url));
  return existsSync(path) ? readFile(path, "utf8") : undefined;
}
