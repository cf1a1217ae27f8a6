import { Controller, Inject } from "@nestjs/common";
import { Ctx } from "@nestjs/microservices";
import type { TongbaoContext } from "@tongbao/nest";
import { OnMessage } from "@tongbao/nest";
import type { DepartmentService } from "../service/department-service.js";
import { DEPARTMENT } from "./tokens.js";

/**
 * Verified deliveries from the Tongbao transport, one handler per family. Every family goes
 * to the same place (inbox, receipt, behaviours); binding each type explicitly keeps a message
 * of a type the department does not know from being acknowledged unseen.
 */
@Controller()
export class DeliveriesController {
  constructor(@Inject(DEPARTMENT) private readonly dept: DepartmentService) {}

  @OnMessage("tongbao.bulletin.v1.ThreatBulletin")
  bulletin(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.vulnerability.v1.VulnerabilityNotice")
  vulnerability(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.warning.v1.EarlyWarning")
  warning(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.incident.v1.IncidentReport")
  incident(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.exposure.v1.ExposureFinding")
  exposure(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.rectification.v1.RectificationNotice")
  rectification(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.receipt.v1.Receipt")
  receipt(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.feedback.v1.HandlingFeedback")
  feedback(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.inspection.v1.InspectionResult")
  inspection(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }

  @OnMessage("tongbao.response.v1.EmergencyResponse")
  response(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }
}
