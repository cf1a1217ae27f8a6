import { Catch, UseFilters, applyDecorators, type ExceptionFilter } from "@nestjs/common";
import { EventPattern } from "@nestjs/microservices";
import { contractFor } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { throwError, type Observable } from "rxjs";
import { TONGBAO_TRANSPORT } from "./transport.js";

/**
 * A message type as handlers and clients name it: the full type name
 * ("tongbao.bulletin.v1.ThreatBulletin"), a contract (`contracts.threatBulletin`), or a
 * generated class (`tongbao.bulletin.v1.ThreatBulletin`).
 */
export type MessageType =
  string | { readonly typeName: string } | { getTypeUrl(prefix?: string): string };

/** The full type name of a message type; TB_ERR_UNKNOWN_TYPE if no contract has it. */
export function typeNameOf(type: MessageType): string {
  let name: unknown;
  if (typeof type === "string") name = type;
  else if (type && "typeName" in type) name = type.typeName;
  else if (type && typeof type.getTypeUrl === "function") {
    const url = type.getTypeUrl("");
    name = url.slice(url.lastIndexOf("/") + 1);
  }
  if (typeof name !== "string" || !contractFor(name)) {
    throw new TongbaoError(
      "TB_ERR_UNKNOWN_TYPE",
      `no contract for message type "${String(name)}"`,
      {
        path: "type",
      },
    );
  }
  return name;
}

/**
 * Passes a handler's error on untouched. Nest's default RPC filter turns anything but an
 * RpcException into `{ status: "error", message: "Internal server error" }`, which would lose
 * the TongbaoError and its `retryable` flag: the flag that decides nak or quarantine.
 */
@Catch()
export class TongbaoErrorPassThrough implements ExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

const passThrough = new TongbaoErrorPassThrough();

/**
 * Binds a handler to one message type on the Tongbao transport:
 *
 * ```ts
 * @OnMessage(contracts.threatBulletin)
 * async onBulletin(@Payload() bulletin: tongbao.bulletin.v1.ThreatBulletin, @Ctx() ctx: TongbaoContext) {}
 * ```
 *
 * The handler resolving acks the message; throwing a TongbaoError with `retryable` naks it
 * for redelivery with backoff; any other TongbaoError quarantines it at once. An error that
 * is not a TongbaoError counts as a retryable handler failure (TB_ERR_HANDLER). The
 * decorator adds a method-level exception filter that hands errors to the transport as they
 * are; an exception filter of your own on the same method would take that role.
 */
export function OnMessage(type: MessageType, extras?: Record<string, unknown>): MethodDecorator {
  const name = typeNameOf(type);
  return applyDecorators(
    (extras
      ? EventPattern(name, TONGBAO_TRANSPORT, extras)
      : EventPattern(name, TONGBAO_TRANSPORT)) as MethodDecorator,
    UseFilters(passThrough),
  );
}
