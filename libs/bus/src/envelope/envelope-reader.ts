import { decodeEnvelope, decodeHeader, type Header, type SignedEnvelope } from "@tongbao/contracts";

/**
 * Reads an envelope WITHOUT verifying it: for operators' tools (tail, quarantine inspection)
 * that must show what arrived even when it does not verify. Never act on what this returns.
 */
export function readUnverified(bytes: Uint8Array): { envelope: SignedEnvelope; header: Header } {
  const envelope = decodeEnvelope(bytes);
  return { envelope, header: decodeHeader(envelope.header) };
}
