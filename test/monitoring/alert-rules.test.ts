import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { Registry } from "@tongbao/bus";
import { consoleMetricsTokenFile, startConsole, type RunningConsole } from "@tongbao/console";
import { ensureSigner } from "@tongbao/department";
import { DepartmentCluster } from "@tongbao/department/testing";
import { DEFAULT_LABELS, METRICS, parseExposition } from "@tongbao/metrics";
import { TRACKER_ORGANIZATION } from "@tongbao/organisations";
import { startTracking, type TrackingService } from "@tongbao/tracker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = new URL("../../", import.meta.url).pathname;
const RULES = join(ROOT, "deploy/monitoring/alerts.yml");
const RULE_TESTS = join(ROOT, "deploy/monitoring/alerts.test.yml");
const run = promisify(execFile);

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** promtool from TONGBAO_PROMTOOL, else the one the bootstrap unpacked into .tools/prometheus. */
function promtool(): string | undefined {
  const env = process.env["TONGBAO_PROMTOOL"];
  if (env) return env;
  const dir = join(ROOT, ".tools", "prometheus");
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .sort()
    .reverse()
    .map((v) => join(dir, v, "usr", "bin", "promtool"))
    .find((f) => existsSync(f));
}

/**
 * What is wrong with a rule file against the metrics services really export (`exported`:
 * metric name → its label names): a metric they do not serve, a label it does not carry, a
 * rule without severity, summary or runbook.
 */
function problems(text: string, exported: ReadonlyMap<string, readonly string[]>): string[] {
  const doc = parse(text) as { groups: { rules: Rule[] }[] };
  const out: string[] = [];
  for (const rule of doc.groups.flatMap((g) => g.rules)) {
    const names = [...rule.expr.matchAll(/\b(tongbao_[a-z0-9_]+)\b(\s*\{([^}]*)\})?/g)];
    if (names.length === 0) out.push(`${rule.alert}: names no tongbao metric`);
    const labelsOfExpr = new Set<string>(DEFAULT_LABELS);
    for (const [, name = "", , selector = ""] of names) {
      const labels = exported.get(name);
      if (!labels) {
        out.push(`${rule.alert}: ${name} is not a metric the services export`);
        continue;
      }
      for (const l of labels) labelsOfExpr.add(l);
      for (const [, label = ""] of selector.matchAll(/([a-zA-Z_]+)\s*(?:=~|!~|!=|=)/g)) {
        if (!labels.includes(label) && !(DEFAULT_LABELS as readonly string[]).includes(label)) {
          out.push(`${rule.alert}: ${name} has no label ${label}`);
        }
      }
    }
    for (const [, by = ""] of rule.expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
      for (const label of by.split(",").map((l) => l.trim())) {
        if (!labelsOfExpr.has(label))
          out.push(`${rule.alert}: grouped by ${label}, which no metric of it has`);
      }
    }
    if (!rule.labels?.["severity"]) out.push(`${rule.alert}: no severity label`);
    for (const a of ["summary", "description", "runbook"]) {
      if (!rule.annotations?.[a]) out.push(`${rule.alert}: no ${a} annotation`);
    }
  }
  return out;
}

describe("the alert rules in deploy/monitoring", () => {
  let c: DepartmentCluster;
  let tracking: TrackingService;
  let registry: Registry;
  let web: RunningConsole;
  /** Every metric the running services serve, with its labels (the defaults left out). */
  const exported = new Map<string, string[]>();

  beforeAll(async () => {
    c = await DepartmentCluster.start(["miit"]);
    const nc = await c.connect(TRACKER_ORGANIZATION.id);
    registry = await Registry.open({ nc, adminKeys: c.adminKeys, member: true });
    tracking = await startTracking({
      nc,
      keys: registry,
      signer: (await ensureSigner(c.keysDir, TRACKER_ORGANIZATION.id)).signer,
      outboxDir: c.layout.outbox(TRACKER_ORGANIZATION.id),
      policy: join(ROOT, "deploy/tracker/deadlines.json"),
      http: { port: 0 },
    });
    web = await startConsole({
      home: c.dir,
      cli: join(ROOT, "services/cli/dist/main.js"),
      departments: new Map(),
      operatorFlow: false,
    });
    // The console's metrics take its scrape token (Prometheus: `credentials_file`).
    const token = (await readFile(consoleMetricsTokenFile(c.dir), "utf8")).trim();
    for (const [url, headers] of [
      [c.get("miit").url, {}],
      [tracking.http!.url, {}],
      [web.url, { authorization: `Bearer ${token}` }],
    ] as const) {
      const res = await fetch(`${url}/metrics`, { headers });
      expect(res.status, url).toBe(200);
      const { types } = parseExposition(await res.text());
      for (const name of types.keys()) {
        const def = Object.values(METRICS).find((m) => m.name === name);
        exported.set(name, def ? [...def.labels] : []);
      }
    }
  });
  afterAll(async () => {
    await web?.close();
    await tracking?.close();
    await registry?.close();
    await c?.stop();
  });

  it("name only metrics and labels the running services export, and say how bad and what to do", async () => {
    // The services really serve the ones the rules need.
    for (const m of [METRICS.outboxPending, METRICS.busConnected, METRICS.deadlinesOverdue]) {
      expect(exported.has(m.name), m.name).toBe(true);
    }
    const text = await readFile(RULES, "utf8");
    expect(problems(text, exported)).toEqual([]);
    const alerts = (parse(text) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) =>
      g.rules.map((r) => r.alert),
    );
    expect(alerts).toEqual([
      "TongbaoOutboxNotDraining",
      "TongbaoConsumerLagGrowing",
      "TongbaoIncidentReportOverdue",
      "TongbaoBusDisconnected",
      "TongbaoForgedMessages",
    ]);
    // Each one's runbook anchor is a heading of the README.
    const readme = await readFile(join(ROOT, "deploy/monitoring/README.md"), "utf8");
    for (const a of alerts) expect(readme).toMatch(new RegExp(`^### ${a}$`, "m"));

    // The check can fail: a misspelt metric, a label it lacks, a rule without severity.
    const broken = text
      .replace("tongbao_bus_connected == 0", "tongbao_bus_conected == 0")
      .replace('{grade=~"I|II"}', '{severity=~"I|II"}')
      .replace(
        'severity: page\n        annotations:\n          summary: "{{ $labels.org }} refused',
        'x: y\n        annotations:\n          summary: "{{ $labels.org }} refused',
      );
    expect(problems(broken, exported)).toEqual([
      "TongbaoIncidentReportOverdue: tongbao_tracker_deadlines_overdue has no label severity",
      "TongbaoBusDisconnected: tongbao_bus_conected is not a metric the services export",
      "TongbaoForgedMessages: no severity label",
    ]);
  });

  const tool = promtool();
  it.skipIf(!tool)(
    "pass promtool check rules and promtool test rules; a broken rule or a wrong expectation fails",
    async () => {
      const check = await run(tool!, ["check", "rules", RULES]);
      expect(check.stdout).toMatch(/SUCCESS: 5 rules found/);
      const tested = await run(tool!, ["test", "rules", RULE_TESTS], {
        cwd: join(ROOT, "deploy/monitoring"),
      });
      expect(tested.stdout).toMatch(/SUCCESS/);

      // The controls: promtool refuses a rule that does not parse, and a unit test whose
      // expectation is wrong (the grade III overdue receipt paging after all).
      const bad = join(c.dir, "bad-alerts.yml");
      await writeFile(
        bad,
        (await readFile(RULES, "utf8")).replace(
          "tongbao_bus_connected == 0",
          "tongbao_bus_connected == == 0",
        ),
      );
      await expect(run(tool!, ["check", "rules", bad])).rejects.toMatchObject({ code: 1 });
      const wrong = join(ROOT, "deploy/monitoring", `.wrong-${process.pid}.test.yml`);
      await writeFile(
        wrong,
        (await readFile(RULE_TESTS, "utf8")).replace(
          "kind: receipt, grade: II }",
          "kind: receipt, grade: III }",
        ),
      );
      try {
        await expect(
          run(tool!, ["test", "rules", wrong], { cwd: join(ROOT, "deploy/monitoring") }),
        ).rejects.toMatchObject({ code: 1 });
      } finally {
        await rm(wrong, { force: true });
      }
    },
  );
});
