import { STREAMS, type ReplayPoint } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { Ajv2020 } from "ajv/dist/2020.js";
import { bodyError } from "../service/publish-request.js";

/** The body of POST /replay: a range of one traffic stream, who asks and why. */
export interface ReplayRequest {
  fromSeq?: number;
  toSeq?: number;
  fromTime?: string;
  toTime?: string;
  /** TB_LIVE (default), TB_EXERCISE or TB_TEST. */
  stream?: string;
  reason: string;
  actor: string;
}

/** What a parsed request asks the bus replay for. */
export interface ReplayRange {
  stream: string;
  from: ReplayPoint;
  to?: ReplayPoint;
  audit: { actor: string; reason: string };
}

const TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T";

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["reason", "actor"],
  properties: {
    fromSeq: { type: "integer", minimum: 1 },
    toSeq: { type: "integer", minimum: 1 },
    fromTime: { type: "string", pattern: TIME },
    toTime: { type: "string", pattern: TIME },
    stream: { enum: [STREAMS.LIVE, STREAMS.EXERCISE, STREAMS.TEST] },
    reason: { type: "string", minLength: 1, maxLength: 1000, pattern: "\\S" },
    actor: { type: "string", pattern: "^[a-z0-9_-]{1,64}$" },
  },
} as const;

const validate = new Ajv2020({ allErrors: false, strict: false }).compile(SCHEMA);

const bad = (path: string, message: string) =>
  new TongbaoError("TB_ERR_BAD_REQUEST", message, { path });

/**
 * Checks a replay body: TB_ERR_BAD_REQUEST naming the field. A range is by stream sequence
 * or by storage time, not both; without either it starts at the stream's first message.
 */
export function parseReplayRequest(body: unknown): ReplayRange {
  if (!validate(body)) throw bodyError(validate.errors?.[0]);
  const req = body as ReplayRequest;
  const bySeq = req.fromSeq !== undefined || req.toSeq !== undefined;
  const byTime = req.fromTime !== undefined || req.toTime !== undefined;
  if (bySeq && byTime) {
    throw bad(
      req.fromTime !== undefined ? "fromTime" : "toTime",
      "give a sequence or a time range, not both",
    );
  }
  const audit = { actor: req.actor, reason: req.reason.trim() };
  const stream = req.stream ?? STREAMS.LIVE;
  if (byTime) {
    const from = req.fromTime === undefined ? new Date(0) : timeOf("fromTime", req.fromTime);
    const to = req.toTime === undefined ? undefined : timeOf("toTime", req.toTime);
    if (to && to < from) throw bad("toTime", "toTime is before fromTime");
    return { stream, from: { time: from }, ...(to ? { to: { time: to } } : {}), audit };
  }
  const from = req.fromSeq ?? 1;
  if (req.toSeq !== undefined && req.toSeq < from) {
    throw bad("toSeq", `toSeq ${req.toSeq} is before fromSeq ${from}`);
  }
  return {
    stream,
    from: { seq: from },
    ...(req.toSeq === undefined ? {} : { to: { seq: req.toSeq } }),
    audit,
  };
}

function timeOf(path: string, value: string): Date {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) throw bad(path, `${path} is not a valid time`);
  return t;
}
