import {
  checkHeader,
  contractFor,
  encodeHeader,
  type Contract,
  type HeaderInit,
} from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { sha256 } from "../crypto/digest.js";
import { toTimestamp } from "../envelope/mod.js";
import { leadBytes, type PayloadFrame } from "../envelope/envelope-bytes.js";
import { CHAIN_FIELDS_MAX_BYTES } from "./header-bytes.js";
import { uuidv7 } from "./message-id.js";
import { RouteMemo } from "./route-memo.js";
import type { PublishInput } from "./types.js";
import type { PayloadProtection } from "../envelope/payload-protection.js";

/** Routing is worked out again only when a message goes elsewhere than the one before. */
const routeMemo = new RouteMemo();

/**
 * Header bytes (without chain fields) of the previous message: the room left ahead of the
 * next payload is sized on it, before the next header exists. A header that turns out
 * larger only means that envelope is copied instead of written in place.
 */
let headerRoom = 256;

/** One copy of a message: the subject it goes to and its Nats-Msg-Id. */
export interface Route {
  subject: string;
  msgId: string;
}

/**
 * A message checked and encoded, waiting for its group commit: everything of the header but
 * its place in the producer chains, which is assigned per copy when the batch is sealed.
 */
export interface MessageDraft {
  id: string;
  header: HeaderInit;
  /** The header encoded without its chain fields (see chainedHeader). */
  headerBase: Uint8Array;
  payload: Uint8Array;
  /** Where `payload` was encoded with room for its first copy's envelope around it. */
  frame?: PayloadFrame;
  payloadSha256: Uint8Array;
  routes: Route[];
}

/**
 * Checks a publish request and encodes its payload, before anything is written: an unknown
 * type, a payload that breaks the schema or the contract, or a header that cannot be routed
 * (e.g. TLP:RED without recipients) is refused here with the field at fault.
 *
 * Message ids: one UUIDv7 per message (Header.id). A message with one route is sent with
 * `Nats-Msg-Id: <id>`; a fanned-out message sends each copy as `<id>:<recipient>` or
 * `<id>:<sector>`, since copies on different subjects of one stream must not be taken for
 * duplicates of each other. Ids are fixed here and stored in the outbox, so every resend of
 * a copy carries the same Nats-Msg-Id.
 *
 * `trailRoom` (bytes of the publisher's Signature field, see trailBytes) asks for the
 * payload to be encoded with room around it, so that its envelope can be written in place.
 */
export function draftMessage(
  input: PublishInput,
  source: string,
  producerId: string,
  now: Date,
  protection?: PayloadProtection,
  trailRoom?: number,
): MessageDraft {
  const contract = contractFor(input.type);
  if (!contract) {
    throw new TongbaoError("TB_ERR_UNKNOWN_TYPE", `no contract for message type "${input.type}"`, {
      path: "type",
    });
  }
  // A sealed payload is a new buffer: room around the clear one would be wasted.
  const room =
    trailRoom !== undefined && !protection
      ? { before: leadBytes(headerRoom + CHAIN_FIELDS_MAX_BYTES), after: trailRoom }
      : undefined;
  const { bytes: clear, frame } = encodePayload(contract, input.payload, room);
  const id = uuidv7(now.getTime());
  const header: HeaderInit = {
    id,
    type: input.type,
    source,
    time: toTimestamp(now),
    status: input.status,
    marking: input.marking,
    recipients: input.recipients ? [...input.recipients] : [],
    sectors: input.sectors ? [...input.sectors] : [],
    region: input.region ?? "",
    correlationId: input.correlationId ?? "",
    causationId: input.causationId ?? "",
    references: input.references ? [...input.references] : [],
    producerId,
  };
  // Sealed (e.g. encrypted for TLP:RED) after the contract check; the digest covers what is sent.
  const payload = protection ? protection.seal(clear, header) : clear;
  const payloadSha256 = sha256(payload);
  header.payloadSha256 = payloadSha256;
  if (input.expires !== undefined) {
    if (!(input.expires instanceof Date) || Number.isNaN(input.expires.getTime())) {
      throw new TongbaoError("TB_ERR_CONTRACT", "expires must be a valid Date", {
        path: "expires",
      });
    }
    header.expires = toTimestamp(input.expires);
  }
  // Checked as the first of a chain; the real position is added per copy at sealing, so it
  // is cleared again before the header is encoded (unset fields are not encoded). Set in
  // place: a spread copy of the header costs about a microsecond per message.
  header.producerSeq = 1;
  checkHeader(header);
  header.producerSeq = null;
  const { subjects, tokens } = routeMemo.routing({
    type: input.type,
    source,
    status: input.status,
    marking: input.marking,
    recipients: header.recipients ?? [],
    sectors: header.sectors ?? [],
  });
  const routes =
    subjects.length === 1
      ? [{ subject: subjects[0] as string, msgId: id }]
      : subjects.map((subject, i) => ({ subject, msgId: `${id}:${tokens[i] as string}` }));
  const headerBase = encodeHeader(header);
  headerRoom = headerBase.length;
  return {
    id,
    header,
    headerBase,
    payload,
    ...(frame && payload === clear ? { frame } : {}),
    payloadSha256,
    routes,
  };
}

interface EncodedPayload {
  bytes: Uint8Array;
  frame?: PayloadFrame;
}

function encodePayload(
  contract: Contract,
  payload: object | Uint8Array,
  room: { before: number; after: number } | undefined,
): EncodedPayload {
  if (payload instanceof Uint8Array) {
    try {
      contract.decode(payload);
    } catch (err) {
      if (err instanceof TongbaoError) {
        throw new TongbaoError(err.code, err.message, { path: prefixed(err.path), cause: err });
      }
      throw err;
    }
    return { bytes: payload };
  }
  if (typeof payload !== "object" || payload === null) {
    throw new TongbaoError("TB_ERR_SCHEMA", `payload of ${contract.typeName} must be an object`, {
      path: "payload",
    });
  }
  const proto = Object.getPrototypeOf(payload) as unknown;
  const plain = proto === Object.prototype || proto === null;
  try {
    const message = plain ? contract.fromJson(payload) : payload;
    if (!room) return { bytes: contract.encode(message) };
    const frame = contract.encodeFramed(message, room.before, room.after);
    return { bytes: frame.frame.subarray(frame.start, frame.end), frame };
  } catch (err) {
    // Contract paths are relative to the message; say it is the payload's field.
    if (err instanceof TongbaoError) {
      throw new TongbaoError(err.code, err.message, { path: prefixed(err.path), cause: err });
    }
    throw err;
  }
}

function prefixed(path: string | undefined): string {
  return path ? `payload.${path}` : "payload";
}
