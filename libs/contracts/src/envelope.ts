import { TongbaoError } from "@tongbao/errors";
import { tongbao } from "./codegen.js";
import { decodeError } from "./decode-fault.js";
import { encodeWithin } from "./encode-within.js";
import { LIMITS } from "./limits.js";

const { SignedEnvelope, Header } = tongbao.envelope.v1;

export type SignedEnvelope = tongbao.envelope.v1.SignedEnvelope;
export type SignedEnvelopeInit = tongbao.envelope.v1.SignedEnvelope.$Properties;
export type Header = tongbao.envelope.v1.Header;
export type HeaderInit = tongbao.envelope.v1.Header.$Properties;

function tooLarge(typeName: string, size: number, limit: number): TongbaoError {
  return new TongbaoError(
    "TB_ERR_DECODE",
    `${typeName} of ${size} bytes exceeds the ${limit}-byte limit`,
    { path: "" },
  );
}

/**
 * Parses a SignedEnvelope. header and payload come back as views into `bytes` (no copy), so
 * they are exactly the bytes that were signed. Throws TB_ERR_DECODE naming the field.
 */
export function decodeEnvelope(bytes: Uint8Array): SignedEnvelope {
  if (bytes.length > LIMITS.maxEnvelopeBytes) {
    throw tooLarge("tongbao.envelope.v1.SignedEnvelope", bytes.length, LIMITS.maxEnvelopeBytes);
  }
  try {
    return SignedEnvelope.decode(bytes);
  } catch (err) {
    throw decodeError("tongbao.envelope.v1.SignedEnvelope", bytes, err);
  }
}

/**
 * Serialises a SignedEnvelope. Throws TB_ERR_SCHEMA for fields of the wrong type or an
 * envelope that decodeEnvelope would refuse as too large.
 */
export function encodeEnvelope(envelope: SignedEnvelopeInit): Uint8Array {
  return encodeWithin("tongbao.envelope.v1.SignedEnvelope", LIMITS.maxEnvelopeBytes, () =>
    SignedEnvelope.encode(envelope).finish(),
  );
}

/** Parses a Header, nothing more: the checks on it are the bus's. Throws TB_ERR_DECODE. */
export function decodeHeader(bytes: Uint8Array): Header {
  if (bytes.length > LIMITS.maxHeaderBytes) {
    throw tooLarge("tongbao.envelope.v1.Header", bytes.length, LIMITS.maxHeaderBytes);
  }
  try {
    return Header.decode(bytes);
  } catch (err) {
    throw decodeError("tongbao.envelope.v1.Header", bytes, err);
  }
}

/** Serialises a Header; TB_ERR_SCHEMA as for encodeEnvelope. */
export function encodeHeader(header: HeaderInit): Uint8Array {
  return encodeWithin("tongbao.envelope.v1.Header", LIMITS.maxHeaderBytes, () =>
    Header.encode(header).finish(),
  );
}
