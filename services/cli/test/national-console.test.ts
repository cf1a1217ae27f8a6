import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { consoleMetricsTokenFile } from "@tongbao/console";
import { METRICS, parseExposition, type ExposedSample } from "@tongbao/metrics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nationalBusUp, type NationalBusProcess } from "./fixtures/national-process.js";

async function scrape(url: string, token?: string): Promise<ExposedSample[]> {
  const res = await fetch(`${url}/metrics`, {
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  expect(res.status).toBe(200);
  return parseExposition(await res.text()).samples;
}

function value(samples: ExposedSample[], name: string, labels: Record<string, string> = {}) {
  return (
    samples.find(
      (x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v),
    )?.value ?? 0
  );
}

describe("tongbao up --topology national: the web console and every service's metrics", () => {
  let bus: NationalBusProcess;
  let passwords: Map<string, string>;
  beforeAll(async () => {
    bus = await nationalBusUp();
    const text = await readFile(join(bus.home, "console", "dev-passwords.txt"), "utf8");
    passwords = new Map(
      text
        .trim()
        .split("\n")
        .map((l) => l.split(" ") as [string, string]),
    );
  }, 180_000);
  afterAll(async () => {
    await bus?.stop();
  });

  const signIn = async (name: string, password: string) => {
    const res = await fetch(`${bus.consoleUrl()}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password }),
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { status: res.status, cookie };
  };

  it("the console signs in the operator and a leaf organisation's duty officer, and refuses a wrong password", async () => {
    // The console's metrics take its scrape token, as Prometheus sends it.
    const token = (await readFile(consoleMetricsTokenFile(bus.home), "utf8")).trim();
    const before = await scrape(bus.consoleUrl(), token);
    const ok = (s: ExposedSample[], outcome: string) =>
      value(s, METRICS.consoleSignIns.name, { outcome });

    const operator = await signIn("operator", passwords.get("operator")!);
    expect(operator.status).toBe(200);
    const session = await fetch(`${bus.consoleUrl()}/api/session`, {
      headers: { cookie: operator.cookie },
    });
    expect(((await session.json()) as { user: unknown }).user).toEqual({
      name: "operator",
      role: "operator",
    });
    // js-iit is homed on the Jiangsu leaf: its officer sees through its own department service.
    const officer = await signIn("js-iit", passwords.get("js-iit")!);
    expect(officer.status).toBe(200);
    const inbox = await fetch(`${bus.consoleUrl()}/api/messages`, {
      headers: { cookie: officer.cookie },
    });
    expect(inbox.status).toBe(200);
    expect(await signIn("operator", "not the password at all")).toMatchObject({ status: 401 });

    const after = await scrape(bus.consoleUrl(), token);
    expect(ok(after, "ok")).toBe(ok(before, "ok") + 2);
    expect(ok(after, "refused")).toBe(ok(before, "refused") + 1);
  });

  it("a hub department, a leaf department and the tracker serve their metrics, connected", async () => {
    for (const [url, service, org] of [
      [bus.departmentUrl("miit"), "department", "miit"],
      [bus.departmentUrl("js-iit"), "department", "js-iit"],
      [bus.trackerUrl(), "tracker", "tongbao-tracker"],
    ] as const) {
      const s = await scrape(url);
      expect(value(s, METRICS.busConnected.name, { service, org }), url).toBe(1);
    }
  });
});
