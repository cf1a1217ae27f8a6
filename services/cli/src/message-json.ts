import { contractFor, headerContract, type Header } from "@tongbao/contracts";

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
