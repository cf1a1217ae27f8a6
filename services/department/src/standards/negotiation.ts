import type { FastifyReply, FastifyRequest } from "fastify";
import type { InboxEntry } from "../inbox/types.js";
import type { DepartmentService } from "../service/department-service.js";
import { CAP_XML, capAlertOf, sentLookupOf } from "./cap.js";
import {
  CLOUDEVENTS_BATCH,
  CLOUDEVENTS_JSON,
  cloudEventOf,
  wantsCloudEvents,
} from "./cloudevents.js";
import { viewEntry } from "./message-view.js";

const format = (req: FastifyRequest): unknown => (req.query as Record<string, unknown>)["format"];

/** The SSE `data` of an inbox entry: the entry, or a structured CloudEvent when asked for. */
export function inboxEventData(req: FastifyRequest): (e: InboxEntry) => string {
  const ce = wantsCloudEvents(req.headers.accept, format(req));
  return (e) => JSON.stringify(ce ? cloudEventOf(e) : e);
}

/**
 * Answers GET /messages/:id with the message as a CloudEvent (Accept
 * application/cloudevents+json or ?format=cloudevents) or a CAP alert (Accept
 * application/cap+xml or ?format=cap); false when neither was asked for.
 */
export function inStandardForm(
  dept: DepartmentService,
  id: string,
  req: FastifyRequest,
  reply: FastifyReply,
): boolean {
  const accept = req.headers.accept;
  if (wantsCloudEvents(accept, format(req))) {
    const ce = cloudEventOf(viewEntry(dept, id));
    void reply.type(`${CLOUDEVENTS_JSON}; charset=utf-8`).send(JSON.stringify(ce));
    return true;
  }
  if (format(req) === "cap" || (accept ?? "").includes(CAP_XML)) {
    const xml = capAlertOf(viewEntry(dept, id), sentLookupOf(dept.inbox.entries()));
    void reply.type(`${CAP_XML}; charset=utf-8`).send(xml);
    return true;
  }
  return false;
}

/** GET /receipts as a CloudEvents batch of the receipts received, when asked for. */
export function receiptsInStandardForm(
  dept: DepartmentService,
  req: FastifyRequest,
  reply: FastifyReply,
): boolean {
  if (!wantsCloudEvents(req.headers.accept, format(req))) return false;
  const batch = dept.receipts().received.map(cloudEventOf);
  void reply.type(`${CLOUDEVENTS_BATCH}; charset=utf-8`).send(JSON.stringify(batch));
  return true;
}
