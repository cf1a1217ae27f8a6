import type { StatusName } from "./profile.js";

/** An organisation of the platform itself: registered and signing like any participant. */
export interface PlatformOrganisation {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: "technical-platform";
  region: string;
  sectors: string[];
  /** Traffic it follows in full (every subject of these statuses). */
  tracks: StatusName[];
}

/**
 * The tracker's own organisation: it signs reminders and escalations, so it is registered
 * like any participant, as a technical platform (国家工业互联网安全技术保障平台's role).
 */
export const TRACKER_ORGANIZATION: PlatformOrganisation = {
  id: "tongbao-tracker",
  nameZh: "通报闭环跟踪服务",
  nameEn: "Tongbao notification tracking service",
  kind: "technical-platform",
  region: "100000",
  sectors: [],
  tracks: ["live", "exercise"],
};
