import { parseSubject } from "@tongbao/bus";
import { tongbao, type Header } from "@tongbao/contracts";
import { TYPES, iso, keys, timeOf, type StoredMessage } from "./stored-message.js";
import type { DeadlinePolicy } from "./deadline-policy.js";
import { applyIncidentReport, applyIncidentNotice } from "./incident-tracking.js";
import { noticeKey, readNotice } from "./tracking-notice.js";
import type {
  ApplyOutcome,
  FeedbackStatus,
  RefusedMessage,
  TrackedMessage,
  TrackingState,
} from "./types.js";

const { WarningAction } = tongbao.common.v1;
const { ReferenceKind } = tongbao.envelope.v1;
const { ReceiptOutcome } = tongbao.receipt.v1;
const { HandlingStatus } = tongbao.feedback.v1;

export function emptyState(): TrackingState {
  return { cursor: 0, messages: {}, incidents: {}, warnings: {}, refused: {} };
}

/**
 * Applies one stored message to the state, in stream order. Deterministic: the outcome depends
 * only on the state and the message, so replaying the stream rebuilds the same state.
 */
export function applyMessage(
  state: TrackingState,
  m: StoredMessage,
  policy: DeadlinePolicy,
  trackerOrg: string,
): ApplyOutcome {
  if (m.seq <= state.cursor) return { touched: [] };
  state.cursor = m.seq;
  const touched = [keys.cursor];
  const h = m.header;
  if (state.refused[h.id]) return { touched };

  if (h.source === trackerOrg) {
    const notice = m.payload ? readNotice(h, m.payload as { documentNumber?: string }) : undefined;
    if (notice) touched.push(...recordNotice(state, notice, signedTime(h)));
    return { touched };
  }

  const refused = checkSupersede(state, m);
  if (refused) {
    state.refused[h.id] = refused;
    touched.push(keys.refused(h.id));
    return { touched, refused };
  }

  switch (h.type) {
    case TYPES.receipt:
      touched.push(...applyReceipt(state, m));
      return { touched };
    case TYPES.feedback:
      touched.push(...applyFeedback(state, m));
      return { touched };
    // A sealed warning or incident report says nothing the tracker can read of its action,
    // grade or phase: it is followed as an addressed message (receipts) only.
    case TYPES.warning:
      if (m.payload) touched.push(...applyWarning(state, m));
      break;
    case TYPES.incident:
      if (m.payload) touched.push(...applyIncidentReport(state, m, policy));
      break;
  }
  touched.push(...supersede(state, m));
  if (h.recipients.length > 0) touched.push(...followMessage(state, m, policy));
  return { touched: [...new Set(touched)] };
}

function signedTime(h: Header): string {
  return iso(timeOf(h.time) ?? 0);
}

/** Records the copy of an addressed message; the first copy opens the record. */
function followMessage(state: TrackingState, m: StoredMessage, policy: DeadlinePolicy): string[] {
  const h = m.header;
  let rec = state.messages[h.id];
  if (!rec) {
    const time = timeOf(h.time) ?? m.storedAt.getTime();
    // A sealed payload's own deadline is not readable here: no feedback deadline is tracked.
    const feedbackDue = m.payload ? ownDeadline(h.type, m.payload) : undefined;
    rec = {
      id: h.id,
      type: h.type,
      source: h.source,
      time: iso(time),
      seq: m.seq,
      recipients: Object.fromEntries(h.recipients.map((r) => [r, {}])),
      receiptDueAt: iso(time + policy.receipt.withinMinutes * 60_000),
      ...(feedbackDue === undefined ? {} : { feedbackDueAt: iso(feedbackDue) }),
      notices: {},
    };
    state.messages[h.id] = rec;
  }
  const recipient = addressedTo(m.subject);
  const r = recipient ? rec.recipients[recipient] : undefined;
  if (r && !r.deliveredAt) r.deliveredAt = m.storedAt.toISOString();
  return [keys.message(h.id)];
}

function addressedTo(subject: string): string | undefined {
  try {
    const p = parseSubject(subject);
    return p.kind === "addressed" ? p.recipient : undefined;
  } catch {
    return undefined;
  }
}

/** The deadline a message sets for its own handling, if any: feedback is owed by then. */
function ownDeadline(type: string, payload: object): number | undefined {
  if (type === TYPES.rectification) {
    return timeOf((payload as tongbao.rectification.v1.RectificationNotice).deadline);
  }
  if (type === TYPES.warning) {
    const times = (payload as tongbao.warning.v1.EarlyWarning).requiredMeasures
      .map((r) => timeOf(r.deadline))
      .filter((t): t is number => t !== undefined);
    return times.length ? Math.max(...times) : undefined;
  }
  return undefined;
}

/**
 * The message a receipt or feedback answers: its payload's message_id, or for a sealed one
 * (the answer to a TLP:RED message is RED too) the header's causation_id, which the contract
 * sets to the same id.
 */
function answeredId(m: StoredMessage): string {
  const p = m.payload as { messageId?: string } | undefined;
  return p ? (p.messageId ?? "") : m.header.causationId;
}

function applyReceipt(state: TrackingState, m: StoredMessage): string[] {
  const p = m.payload as tongbao.receipt.v1.Receipt | undefined;
  const messageId = answeredId(m);
  const r = state.messages[messageId]?.recipients[m.header.source];
  if (!r || r.receipt) return [];
  if (!p) {
    r.receipt = { at: signedTime(m.header), outcome: "sealed", id: m.header.id };
    return [keys.message(messageId)];
  }
  const received = timeOf(p.receivedTime);
  r.receipt = {
    at: signedTime(m.header),
    outcome: p.outcome === ReceiptOutcome.RECEIPT_OUTCOME_REJECTED ? "rejected" : "accepted",
    id: m.header.id,
    ...(received === undefined ? {} : { receivedTime: iso(received) }),
  };
  return [keys.message(messageId)];
}

const FEEDBACK: Record<number, FeedbackStatus> = {
  [HandlingStatus.HANDLING_STATUS_IN_PROGRESS]: "in-progress",
  [HandlingStatus.HANDLING_STATUS_DONE]: "done",
  [HandlingStatus.HANDLING_STATUS_CANNOT_COMPLY]: "cannot-comply",
};

/** The latest feedback counts: in progress, then done (or cannot comply). */
function applyFeedback(state: TrackingState, m: StoredMessage): string[] {
  const p = m.payload as tongbao.feedback.v1.HandlingFeedback | undefined;
  const messageId = answeredId(m);
  const r = state.messages[messageId]?.recipients[m.header.source];
  if (!r) return [];
  if (r.feedback?.id === m.header.id) return [];
  r.feedback = {
    at: signedTime(m.header),
    status: p ? (FEEDBACK[p.status] ?? "unspecified") : "sealed",
    id: m.header.id,
  };
  return [keys.message(messageId)];
}

function applyWarning(state: TrackingState, m: StoredMessage): string[] {
  const p = m.payload as tongbao.warning.v1.EarlyWarning;
  const h = m.header;
  if (p.action === WarningAction.WARNING_ACTION_ISSUE) {
    if (state.warnings[h.id]) return [];
    state.warnings[h.id] = { id: h.id, source: h.source, state: "issued", lastActionId: h.id };
    return [keys.warning(h.id)];
  }
  const w = state.warnings[p.warningId];
  if (!w || w.lastActionId === h.id) return [];
  w.state = p.action === WarningAction.WARNING_ACTION_LIFT ? "lifted" : "adjusted";
  w.lastActionId = h.id;
  return [keys.warning(w.id)];
}

/** Earlier messages a message replaces: UPDATE/CANCEL references, and a warning's ADJUST/LIFT. */
function replaced(
  m: StoredMessage,
): { id: string; kind: "update" | "cancel" | "adjust" | "lift" }[] {
  const out: { id: string; kind: "update" | "cancel" | "adjust" | "lift" }[] = [];
  for (const r of m.header.references) {
    if (!r.id) continue;
    if (r.kind === ReferenceKind.REFERENCE_KIND_UPDATE) out.push({ id: r.id, kind: "update" });
    if (r.kind === ReferenceKind.REFERENCE_KIND_CANCEL) out.push({ id: r.id, kind: "cancel" });
  }
  if (m.header.type === TYPES.warning && m.payload) {
    const p = m.payload as tongbao.warning.v1.EarlyWarning;
    if (p.warningId && p.action === WarningAction.WARNING_ACTION_LIFT) {
      out.push({ id: p.warningId, kind: "lift" });
    }
    if (p.warningId && p.action === WarningAction.WARNING_ACTION_ADJUST) {
      out.push({ id: p.warningId, kind: "adjust" });
    }
  }
  return out;
}

/**
 * 谁发布、谁解除: only the issuer of a message may update, cancel, adjust or lift it. A message
 * replacing another organisation's message is refused (and quarantined by the consumer).
 */
function checkSupersede(state: TrackingState, m: StoredMessage): RefusedMessage | undefined {
  for (const { id, kind } of replaced(m)) {
    const original = state.warnings[id]?.source ?? state.messages[id]?.source;
    if (original !== undefined && original !== m.header.source) {
      return {
        id: m.header.id,
        seq: m.seq,
        source: m.header.source,
        type: m.header.type,
        code: "TB_ERR_FORBIDDEN",
        path: kind === "lift" || kind === "adjust" ? "payload.warningId" : "header.references",
        reason: `${m.header.source} may not ${kind} message ${id} issued by ${original} (谁发布、谁解除)`,
      };
    }
  }
  return undefined;
}

function supersede(state: TrackingState, m: StoredMessage): string[] {
  const touched: string[] = [];
  for (const { id, kind } of replaced(m)) {
    const rec: TrackedMessage | undefined = state.messages[id];
    if (rec && !rec.supersededBy) {
      rec.supersededBy = { id: m.header.id, kind };
      touched.push(keys.message(id));
    }
  }
  return touched;
}

function recordNotice(
  state: TrackingState,
  n: NonNullable<ReturnType<typeof readNotice>>,
  at: string,
): string[] {
  const key = noticeKey(n);
  const rec = state.messages[n.targetId];
  if (rec && (n.obligation === "receipt" || n.obligation === "feedback")) {
    rec.notices[key] ??= at;
    return [keys.message(n.targetId)];
  }
  return applyIncidentNotice(state, n.targetId, key, at);
}
