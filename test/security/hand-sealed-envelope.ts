import { randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import {
  encodeHeaderFor,
  generateSigner,
  keyIdFor,
  loadPrivateKey,
  sealBatch,
  toTimestamp,
  type Signer,
} from "@tongbao/bus";
import {
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  tongbao,
  type HeaderInit,
} from "@tongbao/contracts";
import type { RunningProduct } from "./product-bring-up.js";

const { Status } = tongbao.envelope.v1;
const { Tlp } = tongbao.common.v1;
const { ReceiptOutcome } = tongbao.receipt.v1;
const RECEIPT = "tongbao.receipt.v1.Receipt";

/** An organisation's own signing key, from the key file the bring-up made for it. */
export async function ownSigner(product: RunningProduct, orgId: string): Promise<Signer> {
  const { privateKey, suite } = await loadPrivateKey(join(product.layout.keys, `${orgId}.key`));
  return { orgId, keyId: keyIdFor(orgId, suite.publicKeyOf(privateKey)), suite, privateKey };
}

/** A key the registry has never seen. */
export const unregisteredSigner = (orgId: string): Signer => generateSigner(orgId).signer;

/**
 * A Receipt envelope sealed by hand, the way a department's service seals one, with any
 * header field overridden: the genuine article when nothing is, a forgery otherwise.
 */
export function handSealedReceipt(
  signer: Signer,
  recipient: string,
  overrides: Partial<HeaderInit> = {},
): Uint8Array {
  const payload = tongbao.receipt.v1.Receipt.encode({
    messageId: randomUUID(),
    messageDigest: randomBytes(32),
    receivedTime: toTimestamp(new Date()),
    outcome: ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED,
    automatic: false,
  }).finish();
  const header: HeaderInit = {
    id: randomUUID(),
    type: RECEIPT,
    source: signer.orgId,
    time: toTimestamp(new Date()),
    status: Status.STATUS_LIVE,
    marking: { tlp: Tlp.TLP_AMBER },
    recipients: [recipient],
    region: "100000",
    producerId: `hand-${signer.orgId}`,
    producerSeq: 1,
    ...overrides,
  };
  const [bytes] = sealBatch([{ header: encodeHeaderFor(header, payload), payload }], signer);
  if (!bytes) throw new Error("sealing gave no envelope");
  return bytes;
}

/** The header id of an envelope. */
export function envelopeId(bytes: Uint8Array): string {
  return decodeHeader(decodeEnvelope(bytes).header).id ?? "";
}

/** The same envelope with one payload byte added after signing. */
export function withPayloadTampered(bytes: Uint8Array): Uint8Array {
  const env = decodeEnvelope(bytes);
  return encodeEnvelope({ ...env, payload: Uint8Array.from([...env.payload, 0x0a]) });
}

/** The same envelope with its header re-encoded under a lower marking after signing. */
export function withMarkingLowered(bytes: Uint8Array): Uint8Array {
  const env = decodeEnvelope(bytes);
  const header = decodeHeader(env.header);
  return encodeEnvelope({
    ...env,
    header: encodeHeader({ ...header, marking: { tlp: Tlp.TLP_CLEAR } }),
  });
}

export { Status, Tlp };
