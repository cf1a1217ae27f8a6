/**
 * Size limits of what the bus carries. A whole envelope fits nats-server's default
 * max_payload (1 MiB) with room left for the NATS headers (Nats-Msg-Id and the like), so
 * no server needs special configuration and oversized input is refused before any
 * decoding work.
 */
export const LIMITS = {
  /** Largest serialised SignedEnvelope accepted by decodeEnvelope. */
  maxEnvelopeBytes: 1_000 * 1024,
  /** Largest serialised Header accepted by decodeHeader. */
  maxHeaderBytes: 32 * 1024,
  /** Largest serialised family message (payload) accepted by a contract's decode. */
  maxPayloadBytes: 960 * 1024,
  /** Largest JSON text accepted by parseJson, in UTF-16 code units. */
  maxJsonChars: 4 * 1024 * 1024,
} as const;
