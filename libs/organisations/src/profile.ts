import type { Family } from "@tongbao/bus";

export type StatusName = "live" | "exercise" | "test";
export type TlpName = "CLEAR" | "GREEN" | "AMBER" | "AMBER_STRICT" | "RED";

/** Broadcast traffic followed: these families, in these sectors ("*" any, "all" unnamed). */
export interface BroadcastSubscription {
  families: Family[];
  sectors: string[];
}

export type Behaviour =
  | { kind: "respond-to-production-safety-accidents"; copyTo?: string[] }
  | { kind: "follow-central-soe-incidents" }
  | { kind: "forward-sector-warnings"; sectors?: string[]; to: string[] }
  | { kind: "forward-incident-reports" };

/** One organisation's profile (deploy/departments/<id>.json), shaped by profile.schema.json. */
export interface DepartmentProfile {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  region: string;
  parent?: string;
  sectors: string[];
  subscribe: {
    statuses: StatusName[];
    addressed: Family[];
    broadcast: BroadcastSubscription[];
  };
  publish: { families: Family[]; minTlp?: TlpName };
  behaviours?: Behaviour[];
}
