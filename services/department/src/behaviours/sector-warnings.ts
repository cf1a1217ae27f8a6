import { sectorToken, type DeliveredMessage } from "@tongbao/bus";
import { tongbao } from "@tongbao/contracts";
import type { BehaviourContext, DepartmentBehaviour } from "./types.js";

type EarlyWarning = tongbao.warning.v1.EarlyWarning;
const ENERGY = ["power", "oil_and_gas", "coal"];

/**
 * NEA: an early warning for an energy sector, from another organisation, is forwarded (signed
 * by NEA, referencing the original) to its regional offices. Warnings a regional office sent
 * itself are not sent back to it. A TLP:RED warning is for its named recipients only, so it
 * is never forwarded.
 */
export function forwardSectorWarnings(
  to: readonly string[],
  sectors: readonly string[] = ENERGY,
): DepartmentBehaviour {
  return {
    kind: "forward-sector-warnings",
    async onDelivery(msg: DeliveredMessage, ctx: BehaviourContext): Promise<string | undefined> {
      if (msg.type !== "tongbao.warning.v1.EarlyWarning" || msg.source === ctx.profile.id)
        return undefined;
      if (msg.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED) return undefined;
      const named = [
        ...msg.header.sectors,
        ...((msg.payload as EarlyWarning).possibleScope?.sectors ?? []),
      ].map((s) => sectorToken(s));
      if (!named.some((s) => sectors.includes(s))) return undefined;
      const recipients = to.filter((o) => o !== msg.source);
      if (recipients.length === 0) return undefined;
      const id = await ctx.publish(
        {
          type: msg.type,
          payload: msg.payloadBytes,
          status: msg.header.status,
          marking: { tlp: msg.header.marking?.tlp ?? tongbao.common.v1.Tlp.TLP_AMBER },
          recipients,
          sectors: msg.header.sectors,
          causationId: msg.id,
          correlationId: msg.header.correlationId || msg.id,
          references: [
            {
              id: msg.id,
              kind: tongbao.envelope.v1.ReferenceKind.REFERENCE_KIND_FORWARD,
              type: msg.type,
              source: msg.source,
              digest: msg.digest,
            },
          ],
        },
        "forward-sector-warnings",
      );
      ctx.note({
        behaviour: "forward-sector-warnings",
        message: `forwards ${msg.source}'s warning to ${recipients.join(", ")}`,
        messageId: id,
        about: msg.id,
      });
      return id;
    },
  };
}
