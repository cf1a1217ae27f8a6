import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { TongbaoError } from "@tongbao/errors";
import type { DepartmentService } from "../service/department-service.js";
import { fromStixBundle } from "../stix/from-stix.js";
import { TONGBAO_STIX_NAMESPACE, uuidV5 } from "../stix/ids.js";
import { publishOne } from "../stix/publish-bundle.js";
import { objectProblem } from "../stix/read-bundle.js";
import type { StixObject } from "../stix/types.js";
import { collectionsOf, STIX_MEDIA_TYPE, type CollectionInfo } from "./collections.js";
import { TaxiiCredentials } from "./credentials.js";
import { acceptsTaxii, isTaxiiContent, TAXII_MEDIA_TYPE } from "./media-types.js";
import { CollectionIndex, type IndexedObject } from "./object-index.js";
import { page, parseQuery } from "./query.js";
import { StatusStore, type StatusDetail, type TaxiiStatus } from "./status-store.js";
import { formatMicros } from "./timestamps.js";

/** The largest POST body accepted (api root max_content_length); larger ones get 413. */
export const TAXII_MAX_CONTENT_LENGTH = 4 * 1_048_576;
export const TAXII_PREFIX = "/taxii2";

class TaxiiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    description: string,
  ) {
    super(description);
  }
}

export interface TaxiiServer {
  index: CollectionIndex;
  close(): void;
}

/**
 * TAXII 2.1 for one organisation, on its department service: discovery at /taxii2/, one API
 * root /taxii2/<org>/, a collection per status and family (collections.ts), objects from the
 * organisation's own inbox, which holds only what its own credentials let it receive.
 */
export async function registerTaxii(
  fastify: FastifyInstance,
  dept: DepartmentService,
  stateDir: string,
): Promise<TaxiiServer> {
  const org = dept.profile.id;
  const credentials = await TaxiiCredentials.load(stateDir);
  const collections = collectionsOf(dept.profile);
  const nameOf = (id: string) =>
    dept.registry.organizations().find((o) => o.id === id)?.nameZh || id;
  const index = new CollectionIndex(dept.inbox, collections, { nameOf });
  const statuses = new StatusStore(stateDir);
  const root = `${TAXII_PREFIX}/${org}`;

  await fastify.register(
    async (f) => {
      f.removeAllContentTypeParsers();
      f.addContentTypeParser(
        "*",
        { parseAs: "buffer", bodyLimit: TAXII_MAX_CONTENT_LENGTH },
        (_req, body, done) => done(null, body),
      );
      f.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
        if (err instanceof TaxiiHttpError)
          return sendError(reply, err.status, err.title, err.message);
        if (err instanceof TongbaoError) {
          const status = err.code === "TB_ERR_NOT_FOUND" ? 404 : err.retryable ? 503 : 400;
          return sendError(reply, status, err.code, err.message);
        }
        if (err.statusCode === 413) {
          return sendError(
            reply,
            413,
            "Request too large",
            `the body is larger than max_content_length (${TAXII_MAX_CONTENT_LENGTH} bytes)`,
          );
        }
        const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
        return sendError(
          reply,
          status,
          status === 500 ? "Internal error" : "Bad request",
          err.message,
        );
      });
      f.setNotFoundHandler((req, reply) =>
        sendError(reply, 404, "Not found", `no TAXII resource at ${req.url}`),
      );
      f.addHook("onRequest", async (req, reply) => {
        if (!(await credentials.check(req.headers.authorization))) {
          void reply.header(
            "www-authenticate",
            `Basic realm="Tongbao TAXII ${org}", charset="UTF-8"`,
          );
          throw new TaxiiHttpError(
            401,
            "Unauthorized",
            credentials.configured
              ? `HTTP Basic credentials of ${org} are required`
              : `no TAXII secret is set for ${org} (setTaxiiSecret writes its hash to ${stateDir})`,
          );
        }
        if (!acceptsTaxii(req.headers.accept)) {
          throw new TaxiiHttpError(
            406,
            "Not acceptable",
            `Accept must admit ${TAXII_MEDIA_TYPE}, not ${req.headers.accept}`,
          );
        }
        if (req.method === "POST" && !isTaxiiContent(req.headers["content-type"])) {
          throw new TaxiiHttpError(
            415,
            "Unsupported media type",
            `Content-Type must be ${TAXII_MEDIA_TYPE}, not ${String(req.headers["content-type"])}`,
          );
        }
      });

      const get = (
        path: string,
        handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
      ) => {
        f.get(path, handler);
        if (path.endsWith("/") && path !== "/") f.get(path.slice(0, -1), handler);
      };

      get("/", async (req, reply) =>
        send(reply, 200, {
          title: `Tongbao TAXII — ${org}`,
          description: `What ${org} receives on the Tongbao bus, as STIX 2.1`,
          default: `${base(req)}${root}/`,
          api_roots: [`${base(req)}${root}/`],
        }),
      );
      get(`/${org}/`, async (_req, reply) =>
        send(reply, 200, {
          title: `${org}`,
          description: `Collections of ${org}, one per traffic status and message family`,
          versions: [TAXII_MEDIA_TYPE],
          max_content_length: TAXII_MAX_CONTENT_LENGTH,
        }),
      );
      get(`/${org}/collections/`, async (_req, reply) =>
        send(reply, 200, { collections: collections.map((c) => c.resource) }),
      );
      get(`/${org}/collections/:cid/`, async (req, reply) =>
        send(reply, 200, collection(req).resource),
      );
      get(`/${org}/collections/:cid/objects/`, async (req, reply) => {
        const c = readable(req);
        const p = page(c.resource.id, index.objects(c), parseQuery(c.resource.id, query(req)));
        return sendPage(reply, p.items, {
          more: p.more,
          ...(p.next ? { next: p.next } : {}),
          ...(p.items.length ? { objects: p.items.map((o) => o.object) } : {}),
        });
      });
      get(`/${org}/collections/:cid/manifest/`, async (req, reply) => {
        const c = readable(req);
        const p = page(c.resource.id, index.objects(c), parseQuery(c.resource.id, query(req)));
        return sendPage(reply, p.items, {
          more: p.more,
          ...(p.next ? { next: p.next } : {}),
          ...(p.items.length ? { objects: p.items.map(manifestRecord) } : {}),
        });
      });
      get(`/${org}/collections/:cid/objects/:oid/`, async (req, reply) => {
        const c = readable(req);
        const oid = (req.params as { oid: string }).oid;
        const q = parseQuery(c.resource.id, { ...query(req), "match[id]": oid });
        const p = page(c.resource.id, index.objects(c), q);
        if (!p.items.length && !index.objects(c).some((o) => o.id === oid)) {
          throw new TaxiiHttpError(
            404,
            "Not found",
            `no object ${oid} in collection ${c.resource.alias}`,
          );
        }
        return sendPage(reply, p.items, {
          more: p.more,
          ...(p.next ? { next: p.next } : {}),
          ...(p.items.length ? { objects: p.items.map((o) => o.object) } : {}),
        });
      });
      get(`/${org}/collections/:cid/objects/:oid/versions/`, async (req, reply) => {
        const c = readable(req);
        const oid = (req.params as { oid: string }).oid;
        const q = parseQuery(c.resource.id, {
          ...query(req),
          "match[id]": oid,
          "match[version]": "all",
        });
        const p = page(c.resource.id, index.objects(c), q);
        if (!p.items.length && !index.objects(c).some((o) => o.id === oid)) {
          throw new TaxiiHttpError(
            404,
            "Not found",
            `no object ${oid} in collection ${c.resource.alias}`,
          );
        }
        return sendPage(reply, p.items, {
          more: p.more,
          ...(p.items.length ? { versions: p.items.map((o) => o.version) } : {}),
        });
      });
      f.post(`/${org}/collections/:cid/objects/`, async (req, reply) => postObjects(req, reply));
      f.post(`/${org}/collections/:cid/objects`, async (req, reply) => postObjects(req, reply));
      get(`/${org}/status/:sid/`, async (req, reply) => {
        const sid = (req.params as { sid: string }).sid;
        const s = await statuses.get(sid);
        if (!s) throw new TaxiiHttpError(404, "Not found", `no status ${sid}`);
        return send(reply, 200, s);
      });
    },
    { prefix: TAXII_PREFIX },
  );

  function collection(req: FastifyRequest): CollectionInfo {
    const cid = (req.params as { cid: string }).cid;
    const c = collections.find((x) => x.resource.id === cid || x.resource.alias === cid);
    if (!c) throw new TaxiiHttpError(404, "Not found", `${org} has no collection ${cid}`);
    return c;
  }

  function readable(req: FastifyRequest): CollectionInfo {
    const c = collection(req);
    if (!c.resource.can_read) {
      throw new TaxiiHttpError(
        403,
        "Forbidden",
        `collection ${c.resource.alias} is write-only: ${org} receives no ${c.family} messages`,
      );
    }
    return c;
  }

  async function postObjects(req: FastifyRequest, reply: FastifyReply) {
    const c = collection(req);
    if (!c.resource.can_write) {
      throw new TaxiiHttpError(
        403,
        "Forbidden",
        `${org} may not publish ${c.family} messages (profile publish.families)`,
      );
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse((req.body as Buffer | undefined)?.toString("utf8") ?? "");
    } catch {
      throw new TaxiiHttpError(400, "Bad request", "the body is not JSON");
    }
    const objects = (envelope as { objects?: unknown } | null)?.objects;
    if (!Array.isArray(objects)) {
      throw new TaxiiHttpError(
        400,
        "Bad request",
        'the body must be a TAXII envelope: { "objects": [ ... ] }',
      );
    }
    const details: StatusDetail[] = objects.map((o, i) => {
      const obj = o as Partial<StixObject> | null;
      return {
        id: typeof obj?.id === "string" ? obj.id : `objects[${i}]`,
        ...(typeof obj?.modified === "string"
          ? { version: obj.modified }
          : typeof obj?.created === "string"
            ? { version: obj.created }
            : {}),
      };
    });
    const status = await statuses.create(details);
    void reply.status(202);
    const answer = send(reply, 202, structuredClone(status));
    // Publishing goes on after the answer; the client follows it at /status/{id}.
    void processObjects(c, objects, status).catch((err: unknown) =>
      dept.logger?.error({ err, status: status.id }, "TAXII POST processing failed"),
    );
    return answer;
  }

  async function processObjects(
    c: CollectionInfo,
    objects: unknown[],
    status: TaxiiStatus,
  ): Promise<void> {
    const valid: StixObject[] = [];
    const failures: StatusDetail[] = [];
    objects.forEach((o, i) => {
      const problem = objectProblem(o, i);
      if (problem) failures.push({ ...status.pendings[i]!, message: problem.message });
      else valid.push(o as StixObject);
    });
    if (failures.length) await statuses.settle(status, "failure", failures);
    if (!valid.length) return;
    const reading = fromStixBundle({
      type: "bundle",
      id: `bundle--${uuidV5(TONGBAO_STIX_NAMESPACE, status.id)}`,
      objects: valid,
    });
    const detail = (id: string, message: string): StatusDetail => {
      const o = valid.find((v) => v.id === id);
      return { id, ...(o?.modified ? { version: o.modified } : {}), message };
    };
    await statuses.settle(
      status,
      "failure",
      reading.skipped.map((s) => detail(s.id, s.reason)),
    );
    for (const m of reading.messages) {
      if (m.type !== c.type) {
        const right = collections.find(
          (x) => x.status === c.status && x.type === m.type && x.resource.can_write,
        );
        await statuses.settle(
          status,
          "failure",
          m.objectIds.map((id) =>
            detail(
              id,
              `these objects read as a ${m.type.split(".").pop()}: post them to ${right ? `collection ${right.resource.alias}` : "a collection of that family"}`,
            ),
          ),
        );
        continue;
      }
      try {
        const sent = await publishOne(dept, m, { status: c.status });
        await statuses.settle(
          status,
          "success",
          m.objectIds.map((id) => detail(id, `published as ${m.type} ${sent.id}`)),
        );
      } catch (err) {
        const e = err instanceof TongbaoError ? err : undefined;
        const reason = e ? `${e.code}${e.path ? ` at ${e.path}` : ""}: ${e.message}` : String(err);
        await statuses.settle(
          status,
          "failure",
          m.objectIds.map((id) => detail(id, reason)),
        );
      }
    }
    await statuses.settle(
      status,
      "success",
      reading.context.map((id) => detail(id, "read as context")),
    );
  }

  return { index, close: () => index.close() };
}

function base(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? "127.0.0.1"}`;
}

function query(req: FastifyRequest): Record<string, string | undefined> {
  const q = (req.query ?? {}) as Record<string, string | string[] | undefined>;
  return Object.fromEntries(
    Object.entries(q).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]),
  );
}

function manifestRecord(o: IndexedObject) {
  return {
    id: o.id,
    date_added: formatMicros(o.added),
    ...(o.version ? { version: o.version } : {}),
    media_type: STIX_MEDIA_TYPE,
  };
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply
    .status(status)
    .header("content-type", TAXII_MEDIA_TYPE)
    .send(Buffer.from(JSON.stringify(body)));
}

/** A page of objects, with the date_added span of what it holds (TAXII 2.1 section 3.4.3). */
function sendPage(reply: FastifyReply, items: IndexedObject[], body: unknown) {
  if (items.length) {
    void reply.header("x-taxii-date-added-first", formatMicros(items[0]!.added));
    void reply.header("x-taxii-date-added-last", formatMicros(items.at(-1)!.added));
  }
  return send(reply, 200, body);
}

function sendError(reply: FastifyReply, status: number, title: string, description: string) {
  return send(reply, status, { title, description, http_status: String(status) });
}
