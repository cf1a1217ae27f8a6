import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TongbaoError } from "@tongbao/errors";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  deadlinePolicy,
  loadDeadlinePolicy,
  type DeadlinePolicy,
  type GradeName,
} from "../src/deadline-policy.js";
import { initialLimit } from "../src/incident-tracking.js";
import { POLICY_FILE } from "./tracking-bus.js";

describe("deadline policy", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongbao-policy-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function rejection(change: (p: DeadlinePolicy) => void): Promise<TongbaoError> {
    const p = structuredClone(await loadDeadlinePolicy(POLICY_FILE));
    change(p);
    try {
      deadlinePolicy(p);
    } catch (err) {
      return err as TongbaoError;
    }
    throw new Error("policy was accepted");
  }

  it("loads the deployed defaults with the reporting deadlines of the 2025 measures", async () => {
    const p = await loadDeadlinePolicy(POLICY_FILE);
    expect(initialLimit(p, "critical-infrastructure", "II")).toBe(60);
    expect(initialLimit(p, "central-organ", "II")).toBe(60);
    expect(initialLimit(p, "central-organ", "III")).toBe(120);
    expect(initialLimit(p, "other", "III")).toBe(240);
    expect(initialLimit(p, "other", "IV")).toBeUndefined();
    expect(p.incident.forwardWithinMinutes).toBe(30);
    expect(p.incident.escalateAtOnceGrades).toEqual(["I", "II"]);
  });

  it("names the field of a negative receipt limit", async () => {
    const err = await rejection((p) => (p.receipt.withinMinutes = -5));
    expect(err).toMatchObject({ code: "TB_ERR_CONFIG", path: "receipt.withinMinutes" });
  });

  it("names a missing field and an unknown grade inside the incident rules", async () => {
    expect(
      await rejection((p) => Reflect.deleteProperty(p.incident, "escalationOrg")),
    ).toMatchObject({
      path: "incident.escalationOrg",
    });
    expect(
      await rejection((p) => (p.incident.initialReport[1]!.grades = ["V" as GradeName])),
    ).toMatchObject({
      path: "incident.initialReport.1.grades.0",
    });
  });

  it("refuses an escalation scheduled before its reminder", async () => {
    const err = await rejection(
      (p) => (p.feedback = { remindAfterMinutes: 60, escalateAfterMinutes: 30 }),
    );
    expect(err).toMatchObject({ code: "TB_ERR_CONFIG", path: "feedback.escalateAfterMinutes" });
  });

  it("reports a file that is not JSON", async () => {
    const file = join(dir, "deadlines.json");
    await writeFile(file, "{ receipt: ");
    await expect(loadDeadlinePolicy(file)).rejects.toMatchObject({ code: "TB_ERR_CONFIG" });
  });
});
