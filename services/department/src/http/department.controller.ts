import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
} from "@nestjs/common";
import { TRACE_HEADERS } from "@tongbao/bus";
import { TongbaoError } from "@tongbao/errors";
import { METRICS_PATH } from "@tongbao/metrics";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { InboxEntry } from "../inbox/types.js";
import { redeliver } from "../replay/redelivery.js";
import type { DepartmentService } from "../service/department-service.js";
import { DEPARTMENT } from "./tokens.js";
import { CLOUDEVENTS_JSON } from "../standards/cloudevents.js";
import { asCloudEventError, publishRequestOfPosted } from "../standards/cloudevent-input.js";
import { mediaTypeOf } from "../standards/incoming-bodies.js";
import {
  inStandardForm,
  inboxEventData,
  receiptsInStandardForm,
} from "../standards/negotiation.js";

/** The department's HTTP API, for its own systems. */
@Controller()
export class DepartmentController {
  constructor(@Inject(DEPARTMENT) private readonly dept: DepartmentService) {}

  @Post("messages")
  @HttpCode(202)
  async publish(
    @Body() body: unknown,
    @Req() req: FastifyRequest,
    @Headers(TRACE_HEADERS.parent) traceparent: string | undefined,
    @Headers(TRACE_HEADERS.state) tracestate: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const trace = {
      ...(traceparent ? { traceparent } : {}),
      ...(tracestate ? { tracestate } : {}),
    };
    // A structured CloudEvent from the organisation's event tooling, or Tongbao's own JSON.
    const sent =
      mediaTypeOf(req.headers["content-type"]) === CLOUDEVENTS_JSON
        ? await this.dept
            .publishRequest(publishRequestOfPosted(body), trace)
            .catch((err: unknown) => {
              throw asCloudEventError(err);
            })
        : await this.dept.publishRequest(body, trace);
    // The caller learns which trace its message went under (a new one if it sent none).
    void reply.header(TRACE_HEADERS.parent, sent.traceparent);
    return { id: sent.id, recipients: sent.recipients, subjects: sent.subjects };
  }

  @Get("messages/:id")
  status(@Param("id") id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    // The message itself as a CloudEvent or CAP alert when asked for; its status otherwise.
    if (inStandardForm(this.dept, id, req, reply)) return;
    void reply.send(this.dept.messageStatus(id));
  }

  @Post("messages/:id/feedback")
  @HttpCode(202)
  async feedback(@Param("id") id: string, @Body() body: unknown) {
    const sent = await this.dept.sendFeedback(id, body);
    return { id: sent.id, recipients: sent.recipients };
  }

  @Post("messages/:id/receipt")
  @HttpCode(202)
  async receipt(@Param("id") id: string, @Body() body: unknown) {
    const sent = await this.dept.signForReceipt(id, body);
    return { id: sent.id, recipients: sent.recipients };
  }

  /** One inbox entry by message id (what `GET /inbox` streamed). */
  @Get("inbox/:id")
  inboxEntry(@Param("id") id: string) {
    const entry = this.dept.inbox.entry(id);
    if (!entry) {
      throw new TongbaoError(
        "TB_ERR_NOT_FOUND",
        `no message ${id} in ${this.dept.profile.id}'s inbox`,
        {
          path: "id",
        },
      );
    }
    return entry;
  }

  /**
   * Operators: messages of their verified, audited replay (`tongbao replay --deliver-to`),
   * verified again here and taken through the live delivery path, flagged as a replay; ids
   * already handled are counted, not acted on again.
   */
  @Post("redeliveries")
  @HttpCode(200)
  replay(@Body() body: unknown) {
    return redeliver(this.dept, body);
  }

  @Get("receipts")
  receipts(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    if (receiptsInStandardForm(this.dept, req, reply)) return;
    void reply.send(this.dept.receipts());
  }

  @Get("behaviours")
  behaviours() {
    return this.dept.behaviourStates();
  }

  /** Prometheus metrics (text exposition format) of this department. */
  @Get(METRICS_PATH)
  async metrics(@Res() reply: FastifyReply) {
    const { contentType, text } = await this.dept.metrics.exposition();
    void reply.header("content-type", contentType).send(text);
  }

  @Get("health")
  health() {
    return { status: "ok", org: this.dept.profile.id };
  }

  @Get("ready")
  ready(@Res() reply: FastifyReply) {
    const ready = this.dept.ready;
    void reply
      .status(ready ? 200 : 503)
      .send({ ready, org: this.dept.profile.id, inbox: ready ? this.dept.inbox.size : 0 });
  }

  /**
   * The inbox as Server-Sent Events: `id` is the entry's position in the inbox, so a client
   * reconnecting with Last-Event-ID (or ?after=) gets exactly what it has not seen, then every
   * new delivery as it arrives.
   */
  @Get("inbox")
  inbox(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const header = req.headers["last-event-id"];
    const query = (req.query as Record<string, string | undefined>)["after"];
    const raw = (Array.isArray(header) ? header[0] : header) ?? query ?? "0";
    const after = Number(raw);
    if (!Number.isInteger(after) || after < 0) {
      throw new TongbaoError(
        "TB_ERR_BAD_REQUEST",
        `Last-Event-ID must be an inbox position, not "${raw}"`,
        {
          path: "Last-Event-ID",
        },
      );
    }
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const data = inboxEventData(req);
    const send = (e: InboxEntry) => res.write(`id: ${e.n}\nevent: message\ndata: ${data(e)}\n\n`);
    let last = after;
    const off = this.dept.inbox.onEntry((e) => {
      if (e.n > last) {
        last = e.n;
        send(e);
      }
    });
    for (const e of this.dept.inbox.entriesAfter(after)) {
      if (e.n > last) {
        last = e.n;
        send(e);
      }
    }
    res.write(": caught up\n\n");
    req.raw.on("close", off);
  }
}
