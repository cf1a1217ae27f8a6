import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from "@nestjs/common";
import { TongbaoError, type ErrorCode } from "@tongbao/errors";
import type { FastifyReply } from "fastify";

export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  TB_ERR_BAD_REQUEST: 400,
  TB_ERR_SCHEMA: 400,
  TB_ERR_CONTRACT: 400,
  TB_ERR_UNKNOWN_TYPE: 400,
  TB_ERR_MARKING: 400,
  TB_ERR_DECODE: 400,
  TB_ERR_FORBIDDEN: 403,
  TB_ERR_NOT_FOUND: 404,
  TB_ERR_UNAVAILABLE: 503,
  TB_ERR_OUTBOX: 503,
  TB_ERR_TIMEOUT: 504,
};

/** Every error leaves as JSON: { code, message, path }, with an HTTP status by code. */
@Catch()
export class TongbaoErrorFilter implements ExceptionFilter {
  catch(err: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let body: { code: string; message: string; path: string };
    if (err instanceof TongbaoError) {
      status = HTTP_STATUS[err.code] ?? 500;
      body = { code: err.code, message: err.message, path: err.path ?? "" };
    } else if (err instanceof HttpException) {
      status = err.getStatus();
      body = {
        code: status === 404 ? "TB_ERR_NOT_FOUND" : "TB_ERR_BAD_REQUEST",
        message: err.message,
        path: "",
      };
    } else {
      body = { code: "TB_ERR_INTERNAL", message: (err as Error)?.message ?? String(err), path: "" };
    }
    void reply.status(status).header("content-type", "application/json; charset=utf-8").send(body);
  }
}
