import { describe, expect, it } from "vitest";
import { METRICS, ServiceMetrics, metricNamesOf, parseExposition } from "@tongbao/metrics";

describe("a service's metrics exposition", () => {
  it("names exactly the metrics its kind exposes, each typed, labelled with service and org", async () => {
    const m = new ServiceMetrics({ service: "tracker", org: "tongbao-tracker" });
    m.countPublished("tracking");
    m.readObligations(() => ({
      receiptsOutstanding: { I: 2, none: 1 },
      overdue: [{ kind: "report", grade: "II", count: 1 }],
    }));
    const { types, samples } = parseExposition((await m.exposition()).text);
    expect([...types.keys()].sort()).toEqual(metricNamesOf("tracker").sort());
    const of = (name: string) => samples.filter((s) => s.name === name);
    expect(of(METRICS.receiptsOutstanding.name).map((s) => [s.labels["grade"], s.value])).toEqual([
      ["I", 2],
      ["none", 1],
    ]);
    expect(of(METRICS.deadlinesOverdue.name)[0]).toMatchObject({
      labels: { kind: "report", grade: "II", service: "tracker", org: "tongbao-tracker" },
      value: 1,
    });
    expect(of(METRICS.published.name)[0]?.value).toBe(1);
    // A metric of another kind of service is not there to count.
    expect(() => m.countSignIn("ok")).toThrow(
      /tongbao_console_sign_ins_total is not a metric of the tracker/,
    );
  });

  it("refuses what a scraper would refuse, naming the line", () => {
    const ok = '# TYPE a_total counter\na_total{x="1",y="q\\"uote"} 3\n';
    expect(parseExposition(ok).samples[0]).toEqual({
      name: "a_total",
      labels: { x: "1", y: 'q"uote' },
      value: 3,
    });
    expect(() => parseExposition("a_total 3\n")).toThrow(
      /a_total without a TYPE line before it: line 1/,
    );
    expect(() => parseExposition("# TYPE a gauge\na{x=1} 3\n")).toThrow(/bad labels at line 2/);
    expect(() => parseExposition("# TYPE a gauge\na three\n")).toThrow(/bad value at line 2/);
    expect(() => parseExposition("# TYPE a gauge\n# TYPE a gauge\n")).toThrow(/second TYPE/);
  });
});
