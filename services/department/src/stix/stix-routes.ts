import type { FastifyInstance } from "fastify";
import { TongbaoError } from "@tongbao/errors";
import { HTTP_STATUS } from "../http/error-filter.js";
import type { DepartmentService } from "../service/department-service.js";
import { publishStixBundle, type BundleRouting } from "./publish-bundle.js";
import { viewEntry } from "../standards/message-view.js";
import { toStixBundle } from "./to-stix.js";
import { STIX_TYPES } from "./types.js";

const STATUSES = ["live", "exercise", "test"] as const;
/** Bundles up to the TAXII API root's max_content_length. */
const STIX_BODY_LIMIT = 4 * 1_048_576;

/**
 * The department's STIX door for its own systems, beside POST /messages: POST /stix/bundles
 * publishes a bundle as signed messages; GET /stix/messages/:id gives an inbox message as a
 * bundle. Errors are the HTTP API's own JSON ({ code, message, path }).
 */
export async function registerStixRoutes(
  fastify: FastifyInstance,
  dept: DepartmentService,
): Promise<void> {
  await fastify.register(async (f) => {
    f.removeAllContentTypeParsers();
    f.addContentTypeParser(
      ["application/json", "application/stix+json"],
      { parseAs: "string", bodyLimit: STIX_BODY_LIMIT },
      (_req, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(
            new TongbaoError("TB_ERR_BAD_REQUEST", "the body is not JSON", { path: "" }),
            undefined,
          );
        }
      },
    );
    f.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
      const e =
        err instanceof TongbaoError
          ? err
          : new TongbaoError(
              err.statusCode === 415 ? "TB_ERR_BAD_REQUEST" : "TB_ERR_BAD_REQUEST",
              err.message,
              { path: "" },
            );
      const status =
        err instanceof TongbaoError ? (HTTP_STATUS[e.code] ?? 500) : (err.statusCode ?? 400);
      return reply.status(status).send({ code: e.code, message: e.message, path: e.path ?? "" });
    });

    f.post("/stix/bundles", async (req, reply) => {
      const result = await publishStixBundle(
        dept,
        req.body,
        routing(req.query as Record<string, string | undefined>),
      );
      return reply.status(202).send(result);
    });

    f.get("/stix/messages/:id", async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const entry = viewEntry(dept, id);
      if (!(STIX_TYPES as readonly string[]).includes(entry.type)) {
        throw new TongbaoError(
          "TB_ERR_BAD_REQUEST",
          `${entry.type} has no STIX mapping (only ${STIX_TYPES.join(", ")})`,
          {
            path: "id",
          },
        );
      }
      const nameOf = (org: string) =>
        dept.registry.organizations().find((o) => o.id === org)?.nameZh || org;
      return reply
        .header("content-type", "application/stix+json;version=2.1")
        .send(Buffer.from(JSON.stringify(toStixBundle(entry, { nameOf }))));
    });
  });
}

/** ?status=&sectors=a,b&recipients=x,y: where the messages go, checked as POST /messages checks them. */
function routing(q: Record<string, string | undefined>): BundleRouting {
  const split = (v: string | undefined) =>
    v
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const status = q["status"];
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    throw new TongbaoError("TB_ERR_BAD_REQUEST", `status must be one of ${STATUSES.join(", ")}`, {
      path: "status",
    });
  }
  return {
    ...(status ? { status: status as NonNullable<BundleRouting["status"]> } : {}),
    sectors: split(q["sectors"]),
    recipients: split(q["recipients"]),
  };
}
