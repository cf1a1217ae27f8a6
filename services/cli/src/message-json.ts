import { contractFor, headerContract, tongbao, type Header } from "@tongbao/contracts";
import { readSealedPayload } from "@tongbao/security";

/** What a replayed or tailed message shows as one JSON line. */
export interface ShownMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  header: Header;
  payloadBytes: Uint8Array;
  verified: boolean;
  keyId?: string | undefined;
}

/**
 * The readable form of a message: header and payload in the proto3 JSON mapping. A payload
 * its contract refuses is shown as base64 with the reason, so an operator sees what arrived.
 * A TLP:RED payload is encrypted to its named recipients: shown as `sealed` (its suite and
 * the recipients' key ids) with the ciphertext in base64; the operator reads the header only.
 */
export function messageJson(m: ShownMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {
    seq: m.seq,
    subject: m.subject,
    storedAt: m.storedAt.toISOString(),
    verified: m.verified,
    ...(m.keyId ? { keyId: m.keyId } : {}),
    header: headerContract.toJson(m.header),
  };
  if (m.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED) {
    try {
      out["sealed"] = readSealedPayload(m.payloadBytes);
    } catch (err) {
      out["payloadError"] = (err as Error).message;
    }
    out["payloadBase64"] = Buffer.from(m.payloadBytes).toString("base64");
    return out;
  }
  const contract = contractFor(m.header.type);
  try {
    if (!contract) throw new Error(`no contract for type ${m.header.type}`);
    out["payload"] = contract.toJson(contract.decode(m.payloadBytes));
  } catch (err) {
    out["payloadError"] = (err as Error).message;
    out["payloadBase64"] = Buffer.from(m.payloadBytes).toString("base64");
  }
  return out;
}

/** A protobuf varint length prefix, as `writeDelimited` in the protobuf libraries writes it. */
export function lengthPrefix(length: number): Uint8Array {
  const bytes: number[] = [];
  let n = length;
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return Uint8Array.from(bytes);
}
