import type { JetStreamClient } from "@nats-io/jetstream";
import {
  ProducerChains,
  draftMessage,
  messageDigest,
  sealBatchWithDigests,
  type Signer,
} from "@tongbao/bus";
import { encodeHeader } from "@tongbao/contracts";
import { publishWindowed } from "../raw/windowed-publish.js";
import { bulletinOfSize } from "./bench-org.js";

/** Messages under one signature, as the Publisher seals a full window. */
const BATCH = 256;

/**
 * Fills TB_LIVE with `count` signed bulletins exactly as the Publisher writes them — groups of
 * 256 sealed under one signature over their Merkle root, each copy placed in its subject's
 * producer chain, sent with its Nats-Msg-Id — but straight from memory instead of through the
 * fsync'd outbox, so a 1,000,000-message range is stored in seconds rather than minutes. Only
 * the stored messages matter to the replays that read them. `perSignature` 1 stores traffic
 * signed one message at a time (low-rate departments, a `tongbao publish` of one message).
 */
export async function storeSigned(
  js: JetStreamClient,
  signer: Signer,
  producerId: string,
  count: number,
  payloadBytes: number,
  log?: (line: string) => void,
  perSignature: number = BATCH,
): Promise<void> {
  const bulletin = bulletinOfSize(payloadBytes);
  const chains = new ProducerChains(producerId);
  // A few sealed groups in flight at once, as the outbox keeps its sends pipelined.
  const inFlight: Promise<void>[] = [];
  for (let first = 0; first < count; first += perSignature) {
    const n = Math.min(perSignature, count - first);
    const items: { header: Uint8Array; payload: Uint8Array }[] = [];
    const routes: { subject: string; msgId: string }[] = [];
    const batch = chains.begin();
    for (let i = 0; i < n; i++) {
      const draft = draftMessage(bulletin(first + i), signer.orgId, producerId, new Date());
      for (const route of draft.routes) {
        const { seq, prevDigest } = chains.next(route.subject);
        const header = encodeHeader({ ...draft.header, producerSeq: seq, prevDigest });
        chains.advance(route.subject, seq, messageDigest(header, draft.payload));
        items.push({ header, payload: draft.payload });
        routes.push(route);
      }
    }
    const { envelopes } = sealBatchWithDigests(items, signer);
    chains.commit(batch);
    inFlight.push(
      publishWindowed(routes.length, routes.length, (i) =>
        js.publish(routes[i]!.subject, envelopes[i]!, { msgID: routes[i]!.msgId }),
      ),
    );
    if (inFlight.length >= Math.max(4, 1024 / perSignature)) await inFlight.shift();
    if (log && first % (400 * BATCH) >= 400 * BATCH - perSignature)
      log(`stored ${first + n} signed messages`);
  }
  await Promise.all(inFlight);
}
