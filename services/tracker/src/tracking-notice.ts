import type { PublishInput } from "@tongbao/bus";
import { tongbao, type Header } from "@tongbao/contracts";

const { Tlp, DataLevel } = tongbao.common.v1;
const { ReferenceKind } = tongbao.envelope.v1;

export const THREAT_BULLETIN = "tongbao.bulletin.v1.ThreatBulletin";

export type NoticeAction = "reminder" | "escalation";
/** What is owed: a receipt, feedback, a forward of an incident report, the 初报, a report to MIIT. */
export type ObligationKind = "receipt" | "feedback" | "forward" | "initial-report" | "report-up";

/**
 * A reminder or escalation. It travels as an addressed ThreatBulletin of kind RISK_ADVISORY
 * (see README: no family carries reminders, and a new proto was not worth a schema release),
 * recognisable by its document number `tracking/<action>/<obligation>/<obligor>` and a
 * RELATED reference to the message the obligation comes from.
 */
export interface TrackingNotice {
  action: NoticeAction;
  obligation: ObligationKind;
  /** The organisation that owes it. */
  obligor: string;
  /** Header.id of the message the obligation comes from (an incident's first report). */
  targetId: string;
  targetType: string;
  targetSource: string;
  /** Who the notice goes to. */
  recipients: string[];
  /** When the obligation fell due (ISO). */
  dueAt: string;
  title: string;
}

const PREFIX = "tracking/";

export function noticeKey(n: Pick<TrackingNotice, "action" | "obligation" | "obligor">): string {
  return `${n.action}:${n.obligation}:${n.obligor}`;
}

const WHAT: Record<ObligationKind, string> = {
  receipt: "签收回执",
  feedback: "处置反馈",
  forward: "事件报告转报",
  "initial-report": "事件初报",
  "report-up": "重大/特别重大事件报告",
};

/** The message that carries a notice, ready for Publisher.publish. */
export function noticeMessage(n: TrackingNotice, status: tongbao.envelope.v1.Status): PublishInput {
  const verb = n.action === "reminder" ? "催办" : "督办升级";
  return {
    type: THREAT_BULLETIN,
    status,
    // Addressed: AMBER keeps it within the named organisations without the STRICT restriction.
    marking: { tlp: Tlp.TLP_AMBER, dataLevel: DataLevel.DATA_LEVEL_GENERAL },
    recipients: n.recipients,
    correlationId: n.targetId,
    references: [
      {
        id: n.targetId,
        kind: ReferenceKind.REFERENCE_KIND_RELATED,
        type: n.targetType,
        source: n.targetSource,
      },
    ],
    payload: {
      kind: "BULLETIN_KIND_RISK_ADVISORY",
      documentNumber: `${PREFIX}${n.action}/${n.obligation}/${n.obligor}`,
      title: `${verb}：${n.obligor} ${WHAT[n.obligation]}逾期 — ${n.title}`.slice(0, 200),
      summary: `${n.obligor} owes a ${n.obligation} for message ${n.targetId}, due ${n.dueAt}.`,
      recommendedMeasures: [
        n.action === "reminder"
          ? `请 ${n.obligor} 立即${WHAT[n.obligation]}`
          : `${n.obligor} 未按期${WHAT[n.obligation]}，请督促落实`,
      ],
    },
  };
}

/** Reads a notice the tracker published back from the stream; undefined for anything else. */
export function readNotice(
  header: Header,
  payload: { documentNumber?: string | null },
): Pick<TrackingNotice, "action" | "obligation" | "obligor" | "targetId"> | undefined {
  if (header.type !== THREAT_BULLETIN) return undefined;
  const doc = payload.documentNumber ?? "";
  if (!doc.startsWith(PREFIX)) return undefined;
  const [action, obligation, obligor] = doc.slice(PREFIX.length).split("/");
  const ref = header.references.find((r) => r.kind === ReferenceKind.REFERENCE_KIND_RELATED);
  if (!ref?.id || !obligor) return undefined;
  if (action !== "reminder" && action !== "escalation") return undefined;
  if (!(obligation && obligation in WHAT)) return undefined;
  return { action, obligation: obligation as ObligationKind, obligor, targetId: ref.id };
}
