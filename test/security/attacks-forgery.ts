import { randomUUID } from "node:crypto";
import { headers as natsHeaders } from "@nats-io/transport-node";
import { toTimestamp, type Signer } from "@tongbao/bus";
import { breached, held, type Attack, type AttackContext } from "./attack.js";
import {
  Status,
  envelopeId,
  handSealedReceipt,
  unregisteredSigner,
  withMarkingLowered,
  withPayloadTampered,
} from "./hand-sealed-envelope.js";
import type { ServiceWitness } from "./service-witness.js";

/**
 * Messages the broker lets through, because they travel on the attacker's own subjects, and
 * the victim's department service must refuse: forged names and keys, tampered bytes,
 * drills on live subjects, messages re-addressed or expired. Each must be quarantined by the
 * victim's own consumer and never appear in its inbox.
 */
export interface ForgeryContext extends AttackContext {
  signer: Signer;
  witness: ServiceWitness;
}

const forged = (name: string, make: (c: ForgeryContext) => Uint8Array): Attack => ({
  cls: "forged envelope",
  name,
  async run(ctx) {
    const c = ctx as ForgeryContext;
    const bytes = make(c);
    const subject = `tb.live.to.${c.victim.id}.receipt.${c.attacker.id}`;
    const ack = await c.session.js.publish(subject, bytes);
    let id = "";
    try {
      id = envelopeId(bytes);
    } catch {
      // Not an envelope at all: nothing can show it in an inbox.
    }
    if (id) c.witness.mustNotDeliver(c.victim.id, id, `${c.attacker.id}: ${name}`);
    const consumers = await c.witness.quarantined("TB_LIVE", ack.seq, `${c.victim.id}-`);
    return consumers.some((x) => x.startsWith(`${c.victim.id}-`))
      ? held(`quarantined by ${c.victim.id}'s consumer`)
      : breached(
          `${c.victim.id} did not quarantine TB_LIVE #${ack.seq} (quarantined by: ${consumers.join(", ") || "none"})`,
        );
  },
});

const own = (c: ForgeryContext, overrides = {}) =>
  handSealedReceipt(c.signer, c.victim.id, overrides);

export const FORGERY_ATTACKS: Attack[] = [
  forged("a message in the victim's name", (c) => own(c, { source: c.victim.id })),
  forged("a message in a third's name", (c) => own(c, { source: c.third.id })),
  forged("its own key under the victim's key id", (c) =>
    handSealedReceipt({ ...c.signer, keyId: c.victim.keyIds[0]! }, c.victim.id, {
      source: c.victim.id,
    }),
  ),
  forged("its own key under its key id, claiming the victim's", (c) =>
    handSealedReceipt({ ...c.signer, keyId: c.victim.keyIds[0]! }, c.victim.id),
  ),
  forged("a payload changed after signing", (c) => withPayloadTampered(own(c))),
  forged("the marking lowered after signing", (c) => withMarkingLowered(own(c))),
  forged("an unregistered key", (c) =>
    handSealedReceipt(unregisteredSigner(c.attacker.id), c.victim.id),
  ),
  forged("a drill on a live subject", (c) => own(c, { status: Status.STATUS_EXERCISE })),
  forged("a message signed for another recipient", (c) => own(c, { recipients: [c.third.id] })),
  forged("an expired message", (c) =>
    own(c, { expires: toTimestamp(new Date(Date.now() - 3_600_000)) }),
  ),
  forged("a bulletin's type on a receipt subject", (c) =>
    own(c, { type: "tongbao.bulletin.v1.ThreatBulletin" }),
  ),
  forged("bytes that are no envelope", () => new TextEncoder().encode("not an envelope")),
  {
    cls: "forged envelope",
    name: "a genuine message replayed under a new message id",
    async run(ctx) {
      const c = ctx as ForgeryContext;
      const bytes = own(c);
      const subject = `tb.live.to.${c.victim.id}.receipt.${c.attacker.id}`;
      await c.session.js.publish(subject, bytes);
      const h = natsHeaders();
      h.set("Nats-Msg-Id", randomUUID());
      const again = await c.session.js.publish(subject, bytes, { headers: h });
      c.witness.mustDeliverOnce(c.victim.id, envelopeId(bytes), `${c.attacker.id}: replayed`);
      return again.duplicate
        ? breached("dropped by the stream, not by the service")
        : held("stored twice, handled once");
    },
  },
];
