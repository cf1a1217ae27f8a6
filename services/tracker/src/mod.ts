// @tongbao/tracker: the notify → receipt → feedback loop (通报 → 签收 → 反馈).
export { Tracker, type SentNotice, type TrackerOptions } from "./tracker.js";
export {
  deadlinePolicy,
  loadDeadlinePolicy,
  type DeadlinePolicy,
  type FollowUp,
  type GradeName,
  type InitialReportRule,
  type ReporterKind,
} from "./deadline-policy.js";
export { serveTracking, type TrackingHttpServer } from "./http-server.js";
export { fetchTracking, type TrackingQuery } from "./tracking-client.js";
export { openObligations, dueNotices, type DueNotice, type Obligation } from "./obligations.js";
export {
  noticeMessage,
  readNotice,
  type NoticeAction,
  type ObligationKind,
  type TrackingNotice,
} from "./tracking-notice.js";
export { applyMessage, emptyState } from "./tracking-state.js";
export type { StoredMessage } from "./stored-message.js";
export { TrackingStore } from "./tracking-store.js";
export { canonicalJson } from "./canonical-json.js";
export type {
  LateReport,
  MessageStatus,
  OverdueItem,
  OverdueView,
  RecipientStatus,
} from "./tracking-views.js";
export type * from "./types.js";
export {
  startTracking,
  type TrackingService,
  type TrackingServiceOptions,
} from "./start-tracking.js";
export { TRACKER_ORGANIZATION, TRACKER_DEFAULT_PORT } from "./tracker-organization.js";
