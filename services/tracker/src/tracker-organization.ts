/**
 * The tracker's own organisation: it signs reminders and escalations, so it is registered
 * like any participant, as a technical platform (国家工业互联网安全技术保障平台's role).
 */
export const TRACKER_ORGANIZATION: {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: "technical-platform";
  region: string;
  sectors: string[];
} = {
  id: "tongbao-tracker",
  nameZh: "通报闭环跟踪服务",
  nameEn: "Tongbao notification tracking service",
  kind: "technical-platform",
  region: "100000",
  sectors: [],
};

/** Where `tongbao up` serves the tracker's status API, and where `tongbao tracking` looks. */
export const TRACKER_DEFAULT_PORT = 18400;
