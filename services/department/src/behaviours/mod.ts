import type { DepartmentProfile } from "@tongbao/organisations";
import { forwardIncidentReports } from "./incident-routing.js";
import { respondToProductionSafetyAccidents } from "./safety-accident-response.js";
import { forwardSectorWarnings } from "./sector-warnings.js";
import { followCentralSoeIncidents } from "./soe-incidents.js";
import type { DepartmentBehaviour } from "./types.js";

export type { BehaviourContext, BehaviourNote, DepartmentBehaviour } from "./types.js";
export type { FollowedIncident } from "./soe-incidents.js";

/** The behaviours a profile names, in its order. */
export function behavioursOf(profile: DepartmentProfile): DepartmentBehaviour[] {
  return (profile.behaviours ?? []).map((b) => {
    switch (b.kind) {
      case "respond-to-production-safety-accidents":
        return respondToProductionSafetyAccidents(b.copyTo);
      case "follow-central-soe-incidents":
        return followCentralSoeIncidents();
      case "forward-sector-warnings":
        return forwardSectorWarnings(b.to, b.sectors);
      case "forward-incident-reports":
        return forwardIncidentReports();
    }
  });
}
