import { sectorToken, type PublishInput } from "@tongbao/bus";
import type { tongbao } from "@tongbao/contracts";
import type { BehaviourContext, DepartmentBehaviour } from "./types.js";

type IncidentReport = tongbao.incident.v1.IncidentReport;
const INCIDENT = "tongbao.incident.v1.IncidentReport";

/**
 * Provincial industry authority: an enterprise's incident report published without recipients
 * is addressed by the routing rules of the guideline — MIIT always; MEM for a production-safety
 * accident; SASAC for a central SOE; MEE for an environmental emergency; and the ministry
 * supervising each sector of the reporting enterprise and the incident's scope.
 */
export function forwardIncidentReports(): DepartmentBehaviour {
  return {
    kind: "forward-incident-reports",
    beforePublish(input: PublishInput, ctx: BehaviourContext): PublishInput {
      if (input.type !== INCIDENT || (input.recipients?.length ?? 0) > 0) return input;
      const report = input.payload as IncidentReport;
      const to = new Set<string>(["miit"]);
      if (report.productionSafetyAccident) to.add("mem");
      if (report.reportingEnterprise?.centralSoe) to.add("sasac");
      if (report.environmentalEmergency) to.add("mee");
      const sectors = [
        ...(report.reportingEnterprise?.sectors ?? []),
        ...(report.scope?.sectors ?? []),
        ...(input.sectors ?? []),
      ];
      for (const s of sectors) {
        for (const org of ctx.supervisorsOf(sectorToken(s))) to.add(org);
      }
      to.delete(ctx.profile.id);
      const recipients = [...to];
      ctx.note({
        behaviour: "forward-incident-reports",
        message: `routes the incident report "${report.title}" to ${recipients.join(", ")}`,
      });
      return { ...input, recipients };
    },
  };
}
