import type { InboxEntry, SentMessage } from "../inbox/types.js";

export interface RecipientStatus {
  org: string;
  receipted: boolean;
  outcome?: string;
  receiptId?: string;
  receiptedAt?: string;
  feedback: { id: string; status: string; at: string }[];
}

export interface MessageStatus extends SentMessage {
  recipientsStatus: RecipientStatus[];
}

/**
 * The state of a sent message, derived from the receipts and feedback that came back for it.
 * Addressed messages list every recipient (receipted or not yet); broadcasts list whoever
 * answered.
 */
export function messageStatus(sent: SentMessage, inbox: readonly InboxEntry[]): MessageStatus {
  const byOrg = new Map<string, RecipientStatus>();
  const of = (org: string): RecipientStatus => {
    let s = byOrg.get(org);
    if (!s) byOrg.set(org, (s = { org, receipted: false, feedback: [] }));
    return s;
  };
  for (const org of sent.recipients) of(org);
  for (const e of inbox) {
    if (e.payload["messageId"] !== sent.id) continue;
    if (e.type === "tongbao.receipt.v1.Receipt") {
      const s = of(e.source);
      s.receipted = true;
      s.outcome = String(e.payload["outcome"] ?? "");
      s.receiptId = e.id;
      s.receiptedAt = e.storedAt;
    } else if (e.type === "tongbao.feedback.v1.HandlingFeedback") {
      of(e.source).feedback.push({
        id: e.id,
        status: String(e.payload["status"] ?? ""),
        at: e.storedAt,
      });
    }
  }
  return { ...sent, recipientsStatus: [...byOrg.values()] };
}
