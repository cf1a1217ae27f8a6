import { UseFilters, applyDecorators } from "@nestjs/common";
import { EventPattern } from "@nestjs/microservices";
import { FAMILIES } from "@tongbao/bus";
import { CONTRACTS } from "@tongbao/contracts";
import { TongbaoErrorPassThrough } from "./on-message.js";
import { TONGBAO_TRANSPORT } from "./transport.js";

/**
 * The message type of every family that travels on the bus, from the contracts: the payload
 * contracts whose family is a subject token (registry records never travel as traffic).
 */
export const FAMILY_TYPES: readonly string[] = CONTRACTS.filter((c) =>
  (FAMILIES as readonly string[]).includes(c.family),
).map((c) => c.typeName);

/**
 * Binds one handler to every family in the contracts, so a family added to the contracts is
 * handled from the next build on, not left to quarantine:
 *
 * ```ts
 * @OnEveryFamily()
 * onMessage(@Ctx() ctx: TongbaoContext) { return inbox.take(ctx.getMessage()); }
 * ```
 *
 * The handler's error decides the message's fate as with `@OnMessage`.
 */
export function OnEveryFamily(): MethodDecorator {
  return applyDecorators(
    EventPattern([...FAMILY_TYPES], TONGBAO_TRANSPORT) as MethodDecorator,
    UseFilters(new TongbaoErrorPassThrough()),
  );
}

/** The family types none of `bound` handles: what this server will quarantine as TB_ERR_NO_HANDLER. */
export function unhandledFamilies(bound: Iterable<string>): string[] {
  const have = new Set(bound);
  return FAMILY_TYPES.filter((t) => !have.has(t));
}
