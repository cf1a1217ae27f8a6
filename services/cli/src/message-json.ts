import { contractFor, headerContract, tongbao, type Header } from "@tongbao/contracts";

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

let readSealedPayload: ((sealed: Uint8Array) => unknown) | undefined;

/** True when showing `m` needs the reader of sealed payloads and it is not loaded yet. */
export function needsSealedReader(m: ShownMessage): boolean {
  return readSealedPayload === undefined && m.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED;
}

/**
 * Loads the reader of TLP:RED sealed payloads (`@tongbao/security`). It brings the whole bus
 * with it, hundreds of milliseconds a command would otherwise pay before its first line:
 * loaded when the first RED message is shown (`needsSealedReader`), not at start.
 */
export async function loadSealedReader(): Promise<void> {
  readSealedPayload ??= (await import("@tongbao/security")).readSealedPayload;
}

/**
 * The readable form of a message: header and payload in the proto3 JSON mapping. A payload
 * its contract refuses is shown as base64 with the reason, so an operator sees what arrived.
 * A TLP:RED payload is encrypted to its named recipients: shown as `sealed` (its suite and
 * the recipients' key ids) with the ciphertext in base64; the operator reads the header only.
 * Before a RED message: `await loadSealedReader()` when `needsSealedReader(m)`.
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
      if (!readSealedPayload) throw new Error("the sealed-payload reader is not loaded");
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

/**
 * `JSON.stringify(messageJson(m))`, byte for byte, with header and payload written as text by
 * the contracts' compiled mapping (`toJsonText`) instead of objects stringified afterwards:
 * the JSON Lines form of `tongbao replay`, where the objects and their stringifying were a
 * quarter of the command's time. Keys in messageJson's order; a TLP:RED message (its sealed
 * summary) goes through messageJson itself.
 */
export function messageJsonLine(m: ShownMessage): string {
  if (m.header.marking?.tlp === tongbao.common.v1.Tlp.TLP_RED)
    return JSON.stringify(messageJson(m));
  let line =
    `{"seq":${JSON.stringify(m.seq)},"subject":${JSON.stringify(m.subject)}` +
    `,"storedAt":${JSON.stringify(m.storedAt.toISOString())},"verified":${JSON.stringify(m.verified)}`;
  if (m.keyId) line += `,"keyId":${JSON.stringify(m.keyId)}`;
  line += `,"header":${headerContract.toJsonText(m.header)}`;
  const contract = contractFor(m.header.type);
  try {
    if (!contract) throw new Error(`no contract for type ${m.header.type}`);
    return `${line},"payload":${contract.toJsonText(contract.decode(m.payloadBytes))}}`;
  } catch {
    // A payload its contract refuses, rare: messageJson shows it, reason and base64.
    return JSON.stringify(messageJson(m));
  }
}
