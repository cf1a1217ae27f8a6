import { Controller, Inject } from "@nestjs/common";
import { Ctx } from "@nestjs/microservices";
import type { TongbaoContext } from "@tongbao/nest";
import { OnEveryFamily } from "@tongbao/nest";
import type { DepartmentService } from "../service/department-service.js";
import { DEPARTMENT } from "./tokens.js";

/**
 * Verified deliveries from the Tongbao transport. Every family in the contracts goes to the
 * same place (inbox, receipt, behaviours), bound from the contracts' own family list; a
 * message of any other type is quarantined by the transport (TB_ERR_NO_HANDLER), never
 * acknowledged unseen.
 */
@Controller()
export class DeliveriesController {
  constructor(@Inject(DEPARTMENT) private readonly dept: DepartmentService) {}

  @OnEveryFamily()
  delivery(@Ctx() ctx: TongbaoContext) {
    return this.dept.handleDelivery(ctx.getMessage());
  }
}
