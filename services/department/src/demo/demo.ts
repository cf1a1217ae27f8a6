import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import type { InboxEntry } from "../inbox/types.js";
import type { DepartmentService } from "../service/department-service.js";
import {
  energyThreatBulletin,
  plcVulnerabilityNotice,
  safetyAccidentIncident,
} from "./demo-messages.js";

/** The line the demo ends with (tests and scripts wait for it). */
export const DEMO_COMPLETE = "Demo complete";
const DEMO_RECORD = "demo.json";

export interface DemoOptions {
  services: ReadonlyMap<string, DepartmentService>;
  /** Where the record of a played demo is kept: the demo plays once per data directory. */
  dataDir: string;
  write: (line: string) => void;
  /** Longest wait for any one step (60 s). */
  stepTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface DemoRecord {
  playedAt: string;
  bulletin: string;
  notice: string;
  incident: string;
  response: string;
}

/**
 * The demo from the domain brief, each step waiting for the real events it causes:
 * MIIT's energy-sector ThreatBulletin; an AMBER+STRICT VulnerabilityNotice to named
 * recipients and their receipts; an enterprise's grade II production-safety incident reported
 * by 江苏省工业和信息化厅 up to MIIT and across to MEM, MEM's EmergencyResponse, and the receipts.
 * It plays once per data directory (its ids are recorded in demo.json); a later bring-up on the
 * same data says so and resumes with the messages already in the inboxes.
 */
export async function playDemo(o: DemoOptions): Promise<DemoRecord | undefined> {
  const recordFile = join(o.dataDir, DEMO_RECORD);
  if (existsSync(recordFile)) {
    const rec = JSON.parse(await readFile(recordFile, "utf8")) as DemoRecord;
    o.write(
      `Demo already played in this data directory on ${rec.playedAt} (incident ${rec.incident}); not repeated.`,
    );
    o.write(`${DEMO_COMPLETE} (earlier run).`);
    return undefined;
  }
  const svc = (id: string): DepartmentService => {
    const s = o.services.get(id);
    if (!s)
      throw new TongbaoError("TB_ERR_CONFIG", `the demo needs the department ${id}`, {
        path: "departments",
      });
    return s;
  };
  const timeout = o.stepTimeoutMs ?? 60_000;
  const until = (what: string, cond: () => boolean) =>
    waitForEvent([...o.services.values()], what, cond, timeout, o.signal);
  // What each department has been seen to receive, as narrated (listeners added after the
  // narrator's, so a step ends after the line that shows why).
  const arrived = new Map<string, InboxEntry[]>();
  const offs = [...o.services.entries()].map(([org, s]) => {
    const on = (e: InboxEntry) => void (arrived.get(org) ?? arrived.set(org, []).get(org)!).push(e);
    s.on("delivered", on);
    return () => s.off("delivered", on);
  });
  try {
    return await playSteps();
  } finally {
    offs.forEach((off) => off());
  }

  async function playSteps(): Promise<DemoRecord> {
    const has = (org: string, pred: (e: InboxEntry) => boolean) =>
      (arrived.get(org) ?? []).some(pred);
    const receipted = (sender: string, id: string, by: readonly string[]) =>
      by.every((org) =>
        has(
          sender,
          (e) => e.source === org && e.type.endsWith(".Receipt") && e.payload["messageId"] === id,
        ),
      );
    const tag = String(Date.now() % 100_000);

    o.write("");
    o.write("── Demo 1: MIIT issues a ThreatBulletin for the energy sector ──");
    const bulletin = await svc("miit").publishRequest(energyThreatBulletin(tag));
    await until("NEA to receive the bulletin", () => has("nea", (e) => e.id === bulletin.id));

    o.write("");
    o.write("── Demo 2: MIIT sends an AMBER+STRICT VulnerabilityNotice to named recipients ──");
    const named = ["js-iit", "js-ca", "nea"];
    const notice = await svc("miit").publishRequest(plcVulnerabilityNotice(tag, named));
    await until("receipts for the notice", () => receipted("miit", notice.id, named));

    o.write("");
    o.write(
      "── Demo 3: an enterprise reports a grade II incident, flagged as a production-safety accident ──",
    );
    o.write("  (江苏示例石化股份有限公司 reports through 江苏省工业和信息化厅, js-iit)");
    const incident = await svc("js-iit").publishRequest(safetyAccidentIncident(tag));
    await until(
      "MIIT and MEM to receive the incident report",
      () => has("miit", (e) => e.id === incident.id) && has("mem", (e) => e.id === incident.id),
    );
    const responseAt = (org: string) =>
      (arrived.get(org) ?? []).find(
        (e) => e.type.endsWith(".EmergencyResponse") && e.causationId === incident.id,
      );
    await until(
      "MEM's EmergencyResponse at js-iit and MIIT",
      () => !!responseAt("js-iit") && !!responseAt("miit"),
    );
    const response = responseAt("js-iit")!;
    await until(
      "every receipt of the incident and the response",
      () =>
        receipted("js-iit", incident.id, incident.recipients) &&
        receipted("mem", response.id, ["js-iit", "miit"]),
    );

    const record: DemoRecord = {
      playedAt: new Date().toISOString(),
      bulletin: bulletin.id,
      notice: notice.id,
      incident: incident.id,
      response: response.id,
    };
    await writeFile(recordFile, JSON.stringify(record, null, 2) + "\n");
    o.write("");
    o.write(
      `${DEMO_COMPLETE}: bulletin ${bulletin.id}, notice ${notice.id}, incident ${incident.id}, EmergencyResponse ${response.id}; every addressed message receipted.`,
    );
    return record;
  }
}

/** Resolves when `cond` holds, re-checking on every event of the services; no polling timer. */
function waitForEvent(
  services: readonly DepartmentService[],
  what: string,
  cond: () => boolean,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  if (cond()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!cond()) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(
        new TongbaoError("TB_ERR_TIMEOUT", `the demo waited ${timeoutMs / 1000} s for ${what}`),
      );
    }, timeoutMs);
    const abort = () => {
      done();
      reject(new TongbaoError("TB_ERR_UNAVAILABLE", `stopped while waiting for ${what}`));
    };
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      for (const s of services) s.off("delivered", check);
    };
    signal?.addEventListener("abort", abort);
    for (const s of services) s.on("delivered", check);
  });
}
