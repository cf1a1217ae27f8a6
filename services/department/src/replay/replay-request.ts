import { STREAMS } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020 } from "ajv/dist/2020.js";
import { bodyError } from "../service/publish-request.js";

/** One replayed message as the operator hands it over: the stored envelope, untouched. */
export interface RedeliveredMessage {
  seq: number;
  subject: string;
  storedAt: Date;
  envelope: Uint8Array;
}

/** The body of POST /redeliveries, parsed. */
export interface Redelivery {
  stream: string;
  messages: RedeliveredMessage[];
}

/** At most this many messages per request; the operator's command sends batches. */
export const REDELIVERY_BATCH = 256;

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["stream", "messages"],
  properties: {
    stream: { enum: [STREAMS.LIVE, STREAMS.EXERCISE, STREAMS.TEST] },
    messages: {
      type: "array",
      maxItems: REDELIVERY_BATCH,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["seq", "subject", "storedAt", "envelope"],
        properties: {
          seq: { type: "integer", minimum: 1 },
          subject: { type: "string", minLength: 1, maxLength: 256 },
          storedAt: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T" },
          envelope: { type: "string", contentEncoding: "base64", minLength: 1 },
        },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: false, strict: false }).compile(SCHEMA);

/** Checks a re-delivery body: TB_ERR_BAD_REQUEST naming the field. */
export function parseRedelivery(body: unknown): Redelivery {
  if (!validate(body)) throw bodyError(validate.errors?.[0]);
  const b = body as {
    stream: string;
    messages: { seq: number; subject: string; storedAt: string; envelope: string }[];
  };
  return {
    stream: b.stream,
    messages: b.messages.map((m, i) => {
      const storedAt = new Date(m.storedAt);
      if (Number.isNaN(storedAt.getTime())) {
        throw new TongbaoError("TB_ERR_BAD_REQUEST", `messages[${i}].storedAt is not a time`, {
          path: `messages[${i}].storedAt`,
        });
      }
      return {
        seq: m.seq,
        subject: m.subject,
        storedAt,
        envelope: Buffer.from(m.envelope, "base64"),
      };
    }),
  };
}
