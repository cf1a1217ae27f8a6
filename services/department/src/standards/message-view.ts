import { readUnverified, sectorToken, timestampMs } from "@tongbao/bus";
import { contractFor, tongbao } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { InboxEntry, SentMessage } from "../inbox/types.js";
import type { DepartmentService } from "../service/department-service.js";

/**
 * A message this organisation sent, as an inbox entry of its own view: made from the
 * SignedEnvelope its sent log keeps, so the CloudEvent, CAP and STIX forms of what it sent
 * are derived from the signed header, as for what it received. The bus's storage time is not
 * known to the sender: the header's time stands for it. Undefined for messages logged
 * before envelopes were kept.
 */
export function sentEntryOf(sent: SentMessage): InboxEntry | undefined {
  if (!sent.envelope) return undefined;
  const { envelope, header } = readUnverified(Buffer.from(sent.envelope, "base64"));
  const contract = contractFor(header.type);
  const red = (header.marking?.tlp ?? 0) === tongbao.common.v1.Tlp.TLP_RED;
  const payload =
    sent.payload ?? (contract && !red ? contract.toJson(contract.decode(envelope.payload)) : {});
  const time = timestampMs(header.time);
  return {
    n: 0,
    id: header.id,
    type: header.type,
    source: header.source,
    subject: sent.subjects[0] ?? "",
    addressed: header.recipients.length > 0,
    stream: "",
    streamSeq: 0,
    storedAt: time ? new Date(time).toISOString() : sent.publishedAt,
    status: sent.status,
    tlp: sent.tlp,
    recipients: [...header.recipients],
    sectors: header.sectors.map((s) => sectorToken(s)),
    correlationId: header.correlationId,
    causationId: header.causationId,
    keyId: envelope.signatures[0]?.keyId ?? "",
    ...(header.region ? { region: header.region } : {}),
    payload,
    envelope: sent.envelope,
  };
}

/**
 * A message of the organisation's view by id: one it received (its inbox entry) or one it
 * sent; TB_ERR_NOT_FOUND otherwise.
 */
export function viewEntry(dept: DepartmentService, id: string): InboxEntry {
  const received = dept.inbox.entry(id);
  if (received) return received;
  const sent = dept.inbox.sentMessage(id);
  const entry = sent && sentEntryOf(sent);
  if (!entry) {
    throw new TongbaoError(
      "TB_ERR_NOT_FOUND",
      `no message ${id} in ${dept.profile.id}'s inbox or among what it sent${sent ? " (sent before envelopes were kept)" : ""}`,
      { path: "id" },
    );
  }
  return entry;
}
