import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
} from "@nestjs/common";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { DepartmentService } from "../service/department-service.js";
import { DEPARTMENT } from "../http/tokens.js";
import { asyncApiDocument } from "./asyncapi.js";
import { CAP_XML, capAlertOf, capFeed, sentLookupOf } from "./cap.js";
import { viewEntry } from "./message-view.js";
import { publishCapAlert } from "./cap-input.js";

/** The organisation's view in the field's standards: CAP alerts and feed, its AsyncAPI document. */
@Controller()
export class StandardsController {
  constructor(@Inject(DEPARTMENT) private readonly dept: DepartmentService) {}

  /** CAP 1.2 of an EarlyWarning, EmergencyResponse or Receipt received or sent. */
  @Get("messages/:id/cap")
  cap(@Param("id") id: string, @Res() reply: FastifyReply) {
    const entry = viewEntry(this.dept, id);
    void reply
      .type(`${CAP_XML}; charset=utf-8`)
      .send(capAlertOf(entry, sentLookupOf(this.dept.inbox.entries())));
  }

  /**
   * A CAP 1.2 alert from the organisation's alerting system, published as a signed
   * EarlyWarning or EmergencyResponse (`?recipients=`, `?sectors=` when the alert names none).
   */
  @Post("cap/alerts")
  @HttpCode(202)
  async postCap(@Body() body: unknown, @Query() query: Record<string, string | undefined>) {
    const list = (v: string | undefined) => (v ? v.split(",").filter(Boolean) : undefined);
    const recipients = list(query["recipients"]);
    const sectors = list(query["sectors"]);
    const sent = await publishCapAlert(this.dept, body, {
      ...(recipients ? { recipients } : {}),
      ...(sectors ? { sectors } : {}),
    });
    return { id: sent.id, type: sent.type, recipients: sent.recipients, subjects: sent.subjects };
  }

  /** An Atom feed of the CAP alerts this organisation received, newest first. */
  @Get("cap/feed")
  feed(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const entries = this.dept.inbox.entries();
    const baseUrl = `${req.protocol}://${req.headers.host ?? "localhost"}`;
    void reply
      .type("application/atom+xml; charset=utf-8")
      .send(
        capFeed(entries, { org: this.dept.profile.id, baseUrl, sentOf: sentLookupOf(entries) }),
      );
  }

  /** AsyncAPI 3.0 of this organisation's own channels on the bus it is connected to. */
  @Get("asyncapi.json")
  asyncapi() {
    const server = this.dept.connection.getServer();
    return asyncApiDocument({ profile: this.dept.profile, host: server.replace(/^\w+:\/\//, "") });
  }
}
