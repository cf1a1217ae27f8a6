import type { GradeName, ReporterKind } from "./deadline-policy.js";

/**
 * Tracking state: only facts read from the stream, never from a clock, so a tracker that
 * rebuilds from the stream reaches exactly the state it had. Times are ISO 8601 strings.
 * What is overdue is derived from these facts and `now` when asked (see obligations.ts).
 */
export interface TrackingState {
  /** Last stream sequence applied. */
  cursor: number;
  /** Addressed messages followed, by Header.id. */
  messages: Record<string, TrackedMessage>;
  /** Incidents by incident id (the first report's incident_id, or its Header.id). */
  incidents: Record<string, TrackedIncident>;
  /** Early warnings (ISSUE), addressed or broadcast, by Header.id: the issuer decides LIFT. */
  warnings: Record<string, TrackedWarning>;
  /** Messages refused (e.g. another department's LIFT), by Header.id. */
  refused: Record<string, RefusedMessage>;
}

export interface RecipientState {
  /** When the stream stored the copy addressed to this recipient. */
  deliveredAt?: string;
  /** `outcome` is "sealed" for the receipt of a TLP:RED message: encrypted to the sender alone. */
  receipt?: {
    at: string;
    receivedTime?: string;
    outcome: "accepted" | "rejected" | "sealed";
    id: string;
  };
  feedback?: { at: string; status: FeedbackStatus; id: string };
}

/** "sealed": feedback on a TLP:RED message, encrypted to the sender; its status is not readable here. */
export type FeedbackStatus = "in-progress" | "done" | "cannot-comply" | "unspecified" | "sealed";

/** Reminders and escalations the tracker published, by notice key, with their Header.time. */
export type NoticeLog = Record<string, string>;

export interface TrackedMessage {
  id: string;
  type: string;
  source: string;
  /** Signed Header.time. */
  time: string;
  seq: number;
  recipients: Record<string, RecipientState>;
  receiptDueAt: string;
  /** The message's own deadline for feedback, if it sets one. */
  feedbackDueAt?: string;
  /** A later message of the same issuer that updates, adjusts, cancels or lifts this one. */
  supersededBy?: { id: string; kind: "update" | "cancel" | "adjust" | "lift" };
  notices: NoticeLog;
}

export interface IncidentReportFact {
  id: string;
  source: string;
  time: string;
  phase: "initial" | "update" | "final";
  grade: GradeName;
  recipients: string[];
}

export interface TrackedIncident {
  incidentId: string;
  /** The organisation that first reported it. */
  reporter: string;
  reporterKind: ReporterKind;
  grade: GradeName;
  /** Discovery time (or occurrence time) the 初报 deadline counts from. */
  discoveredAt: string;
  /** 初报 deadline by the policy; absent when no rule covers the reporter and grade. */
  initialDueAt?: string;
  initialReportedAt?: string;
  /** The 初报 came after its deadline. */
  initialLate?: boolean;
  reports: IncidentReportFact[];
  /** Recipients of a grade I/II report owing a forward, with when it is due and when it came. */
  forwards: Record<string, { dueAt: string; at?: string; id?: string }>;
  /** The escalation organisation has (or has been sent) the report. */
  escalationOrgReached: boolean;
  /** When a report of an at-once grade came in without reaching the escalation organisation. */
  reportUpDueAt?: string;
  finalReportedAt?: string;
  notices: NoticeLog;
}

export interface TrackedWarning {
  id: string;
  source: string;
  state: "issued" | "adjusted" | "lifted";
  lastActionId: string;
}

export interface RefusedMessage {
  id: string;
  seq: number;
  source: string;
  type: string;
  code: "TB_ERR_FORBIDDEN";
  reason: string;
  /** The field naming the message it tried to replace. */
  path: string;
}

/** What one applied message did to the state. */
export interface ApplyOutcome {
  /** KV keys whose records changed. */
  touched: string[];
  /** Set when the message is refused: the consumer quarantines it with this reason. */
  refused?: RefusedMessage;
}
