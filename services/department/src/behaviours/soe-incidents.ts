import type { DeliveredMessage } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import type { BehaviourContext, DepartmentBehaviour } from "./types.js";

type IncidentReport = tongbao.incident.v1.IncidentReport;

export interface FollowedIncident {
  messageId: string;
  incidentId: string;
  enterprise: string;
  title: string;
  grade: string;
  reportedBy: string;
  receivedAt: string;
}

/** SASAC: keeps the list of incidents at central state-owned enterprises (央企) it follows. */
export function followCentralSoeIncidents(): DepartmentBehaviour {
  const followed: FollowedIncident[] = [];
  return {
    kind: "follow-central-soe-incidents",
    async onDelivery(msg: DeliveredMessage, ctx: BehaviourContext): Promise<undefined> {
      if (msg.type !== "tongbao.incident.v1.IncidentReport") return undefined;
      const report = msg.payload as IncidentReport;
      if (!report.reportingEnterprise?.centralSoe) return undefined;
      followed.push({
        messageId: msg.id,
        incidentId: report.incidentId || msg.id,
        enterprise: report.reportingEnterprise.name ?? "",
        title: report.title,
        grade: tongbao.common.v1.IncidentGrade[report.grade] ?? String(report.grade),
        reportedBy: msg.source,
        receivedAt: msg.storedAt.toISOString(),
      });
      ctx.note({
        behaviour: "follow-central-soe-incidents",
        message: `follows the central SOE incident "${report.title}" (${report.reportingEnterprise.name})`,
        about: msg.id,
      });
      return undefined;
    },
    state: () => ({ followed }),
  };
}
