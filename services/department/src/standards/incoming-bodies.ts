import type { FastifyInstance } from "fastify";
import { CAP_XML } from "./cap.js";
import { CLOUDEVENTS_JSON } from "./cloudevents.js";

/** The largest standard body taken (the HTTP API's own limit). */
const BODY_LIMIT = 4 * 1_048_576;

/** XML media types a CAP alert comes as. */
export const CAP_INPUT_TYPES = [CAP_XML, "application/xml", "text/xml"] as const;

/**
 * Bodies in the field's standards on the department's HTTP API: a structured CloudEvent on
 * POST /messages, a CAP alert on POST /cap/alerts. They reach the handler as text, which
 * reads them and names what is wrong (a parser's own error would not say which attribute).
 */
export function registerIncomingBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [CLOUDEVENTS_JSON, ...CAP_INPUT_TYPES],
    { parseAs: "string", bodyLimit: BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );
}

/** The media type of a request, without parameters, lower case. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}
