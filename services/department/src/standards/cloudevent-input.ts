import { TongbaoError } from "@tongbao/errors";
import type { PublishRequest } from "../service/publish-request.js";
import { publishRequestOf, type TongbaoCloudEvent } from "./cloudevents.js";

/** Publish-request fields → the CloudEvent attribute they came from, for error paths. */
const ATTRIBUTE_OF: [RegExp, string][] = [
  [/^payload(?=\.|$|\[)/, "data"],
  [/^marking(\.tlp)?$/, "tbmarking"],
  [/^recipients/, "tbrecipients"],
  [/^sectors/, "tbsectors"],
  [/^status$/, "tbstatus"],
  [/^region$/, "tbregion"],
  [/^correlationId$/, "tbcorrelationid"],
  [/^causationId$/, "tbcausationid"],
  [/^expires$/, "tbexpires"],
];

function bad(path: string, message: string): TongbaoError {
  return new TongbaoError("TB_ERR_BAD_REQUEST", message, { path });
}

const STRING_EXTENSIONS = [
  "tbrecipients",
  "tbsectors",
  "tbregion",
  "tbcorrelationid",
  "tbcausationid",
  "tbexpires",
];

/**
 * A structured CloudEvent posted by an organisation's own tools (CloudEvents 1.0 JSON format)
 * as a publish request: `type` the contract's type name, `data` the payload in its JSON
 * form, `tbmarking` required (nothing goes out unmarked), `tbstatus` live unless said. Its
 * `id` and `source` are the tool's; the message gets the department's id, time and signature.
 */
export function publishRequestOfPosted(body: unknown): PublishRequest {
  let json: unknown;
  try {
    json = typeof body === "string" ? JSON.parse(body) : body;
  } catch {
    throw bad("", "the body is not JSON: a structured CloudEvent is a JSON object");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw bad("", "a structured CloudEvent is a JSON object (a batch is not taken here)");
  }
  const ce = json as Record<string, unknown>;
  if (ce["specversion"] !== "1.0") {
    throw bad("specversion", `specversion must be "1.0", not ${JSON.stringify(ce["specversion"])}`);
  }
  for (const name of ["id", "source", "type", "tbmarking"]) {
    if (typeof ce[name] !== "string" || ce[name] === "") {
      throw bad(name, `${name} is required (a non-empty string)`);
    }
  }
  const contentType = ce["datacontenttype"];
  if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(String(contentType))) {
    throw bad(
      "datacontenttype",
      `datacontenttype must be application/json (the payload's JSON form), not ${JSON.stringify(contentType)}`,
    );
  }
  if (ce["data_base64"] !== undefined) {
    throw bad("data_base64", "data_base64 is not read: data must be the payload as a JSON object");
  }
  const data = ce["data"];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw bad("data", "data must be the payload as a JSON object");
  }
  const status = ce["tbstatus"] ?? "live";
  if (status !== "live" && status !== "exercise" && status !== "test") {
    throw bad("tbstatus", `tbstatus must be live, exercise or test, not ${JSON.stringify(status)}`);
  }
  for (const name of STRING_EXTENSIONS) {
    if (ce[name] !== undefined && typeof ce[name] !== "string") {
      throw bad(name, `${name} must be a string (CloudEvents extensions have no lists)`);
    }
  }
  return publishRequestOf({ ...ce, tbstatus: status } as unknown as TongbaoCloudEvent);
}

/** A refusal of the request made from a CloudEvent, its path named as the event's attribute. */
export function asCloudEventError(err: unknown): unknown {
  if (!(err instanceof TongbaoError) || err.path === undefined) return err;
  const path = err.path;
  for (const [pattern, attribute] of ATTRIBUTE_OF) {
    if (pattern.test(path)) {
      return new TongbaoError(err.code, err.message, {
        path: path.replace(pattern, attribute),
        cause: err,
        ...(err.details === undefined ? {} : { details: err.details }),
      });
    }
  }
  return err;
}
