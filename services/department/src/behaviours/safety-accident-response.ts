import type { DeliveredMessage } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import type { BehaviourContext, DepartmentBehaviour } from "./types.js";

type IncidentReport = tongbao.incident.v1.IncidentReport;
const { ResponseAction, ResponseLevel, IncidentGrade } = tongbao.common.v1;
const INCIDENT = "tongbao.incident.v1.IncidentReport";

/** Grade I–IV maps one-to-one to response level I–IV; ungraded starts at level IV. */
const LEVEL_FOR_GRADE: Record<number, number> = {
  [IncidentGrade.INCIDENT_GRADE_I]: ResponseLevel.RESPONSE_LEVEL_I,
  [IncidentGrade.INCIDENT_GRADE_II]: ResponseLevel.RESPONSE_LEVEL_II,
  [IncidentGrade.INCIDENT_GRADE_III]: ResponseLevel.RESPONSE_LEVEL_III,
  [IncidentGrade.INCIDENT_GRADE_IV]: ResponseLevel.RESPONSE_LEVEL_IV,
};

/**
 * MEM: an incident report flagged as a production-safety accident (安全生产事故) starts an
 * EmergencyResponse addressed to the reporting authority and the organisations in `copyTo`,
 * asking the reporter for updates. One response per incident report (its causation). The
 * response repeats the report's title and summary, so for a TLP:RED report it stays RED and
 * goes only to organisations the report already named (and its reporter).
 */
export function respondToProductionSafetyAccidents(
  copyTo: readonly string[] = [],
): DepartmentBehaviour {
  return {
    kind: "respond-to-production-safety-accidents",
    async onDelivery(msg: DeliveredMessage, ctx: BehaviourContext): Promise<string | undefined> {
      if (msg.type !== INCIDENT) return undefined;
      const report = msg.payload as IncidentReport;
      if (!report.productionSafetyAccident) return undefined;
      const red = msg.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED;
      const named = new Set([msg.source, ...msg.header.recipients]);
      const copies = copyTo.filter((o) => !red || named.has(o));
      const recipients = [...new Set([msg.source, ...copies])].filter((o) => o !== ctx.profile.id);
      const enterprise = report.reportingEnterprise?.name ?? msg.source;
      const id = await ctx.publish(
        {
          type: "tongbao.response.v1.EmergencyResponse",
          payload: tongbao.response.v1.EmergencyResponse.create({
            action: ResponseAction.RESPONSE_ACTION_START,
            level: LEVEL_FOR_GRADE[report.grade] ?? ResponseLevel.RESPONSE_LEVEL_IV,
            title: `安全生产事故应急响应：${report.title}`,
            incidentId: report.incidentId || msg.id,
            situation: report.summary || report.title,
            effectiveTime: { seconds: Math.floor(Date.now() / 1000), nanos: 0 },
            commandBody: "应急管理部安全生产应急指挥中心",
            coordinationRequests: [
              { orgId: msg.source, request: `组织${enterprise}做好现场处置，每2小时续报进展` },
              ...copies
                .filter((o) => o !== msg.source && o !== ctx.profile.id)
                .map((orgId) => ({ orgId, request: "协同开展网络安全技术处置，共享事件研判结果" })),
            ],
            requirements: ["24小时值班值守", "重大进展即时报告"],
          }),
          status: msg.header.status,
          marking: { tlp: msg.header.marking?.tlp ?? tongbao.common.v1.Tlp.TLP_AMBER },
          recipients,
          causationId: msg.id,
          correlationId: msg.header.correlationId || msg.id,
        },
        "respond-to-production-safety-accidents",
      );
      ctx.note({
        behaviour: "respond-to-production-safety-accidents",
        message: `starts an EmergencyResponse for "${report.title}" to ${recipients.join(", ")}`,
        messageId: id,
        about: msg.id,
      });
      return id;
    },
  };
}
