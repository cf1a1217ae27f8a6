import { contractFor } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import { XMLParser } from "fast-xml-parser";
import type { InboxEntry } from "../inbox/types.js";
import { headerOf, orgOfUrn, orgUrn } from "./cloudevents.js";
import { GEOCODE_SYSTEM, regionName } from "./regions.js";

/** CAP 1.2 (OASIS, 2010): namespace and media type. */
export const CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
export const CAP_XML = "application/cap+xml";

const WARNING = "tongbao.warning.v1.EarlyWarning";
const RESPONSE = "tongbao.response.v1.EmergencyResponse";
const RECEIPT = "tongbao.receipt.v1.Receipt";

/** The families CAP speaks for: alerts (warnings, responses) and their acknowledgements. */
export const CAP_TYPES: readonly string[] = [WARNING, RESPONSE, RECEIPT];

/** CAP 1.2 §3.3.2: no "Z", no fractions; UTC is written -00:00. */
export function capTime(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return `${d.toISOString().slice(0, 19)}-00:00`;
}

/** The milliseconds of a UUIDv7 (RFC 9562 §5.7): what Tongbao's ids are made from. */
export function uuidv7Time(id: string): Date | undefined {
  const hex = id.replace(/-/g, "").slice(0, 12);
  if (!/^[0-9a-f]{12}$/.test(hex) || id[14] !== "7") return undefined;
  return new Date(parseInt(hex, 16));
}

const STATUS: Record<string, string> = { live: "Actual", exercise: "Exercise", test: "Test" };
const STATUS_BACK: Record<string, "live" | "exercise" | "test"> = {
  Actual: "live",
  Exercise: "exercise",
  Test: "test",
};

const MSG_TYPE: Record<string, string> = {
  WARNING_ACTION_ISSUE: "Alert",
  WARNING_ACTION_ADJUST: "Update",
  WARNING_ACTION_LIFT: "Cancel",
  RESPONSE_ACTION_START: "Alert",
  RESPONSE_ACTION_ADJUST: "Update",
  RESPONSE_ACTION_END: "Cancel",
};

/** msgType of an alert from outside Tongbao → the warning's action. */
const WARNING_ACTION_OF: Record<string, string> = {
  Alert: "WARNING_ACTION_ISSUE",
  Update: "WARNING_ACTION_ADJUST",
  Cancel: "WARNING_ACTION_LIFT",
};

/** urgency, severity, certainty per level: a warning foretells, a response answers what happened. */
const LEVELS: Record<string, [string, string, string]> = {
  WARNING_LEVEL_RED: ["Immediate", "Extreme", "Likely"],
  WARNING_LEVEL_ORANGE: ["Expected", "Severe", "Likely"],
  WARNING_LEVEL_YELLOW: ["Expected", "Moderate", "Possible"],
  WARNING_LEVEL_BLUE: ["Future", "Minor", "Possible"],
  RESPONSE_LEVEL_I: ["Immediate", "Extreme", "Observed"],
  RESPONSE_LEVEL_II: ["Immediate", "Severe", "Observed"],
  RESPONSE_LEVEL_III: ["Expected", "Moderate", "Observed"],
  RESPONSE_LEVEL_IV: ["Expected", "Minor", "Observed"],
};

/** GB/T 20986 incident categories as CAP categories (the exact one travels as an eventCode). */
const CATEGORY: Record<string, string> = {
  INCIDENT_CATEGORY_EQUIPMENT_FAILURE: "Infra",
  INCIDENT_CATEGORY_SECURITY_HAZARD: "Safety",
  INCIDENT_CATEGORY_FORCE_MAJEURE: "Other",
  INCIDENT_CATEGORY_OTHER: "Other",
};

/** TLP 2.0's sharing rules, as the `restriction` of a Restricted alert. */
const RESTRICTION: Record<string, string> = {
  GREEN: "TLP:GREEN: limited disclosure, recipients may share within their community, not publicly",
  AMBER:
    "TLP:AMBER: limited disclosure, recipients may share only within their organisation and its clients on a need-to-know basis",
};

/** eventCode and parameter names: `tongbao:` and the payload field they carry. */
const P = "tongbao:";

function xml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class Writer {
  readonly parts: string[] = [];
  el(name: string, text: string | undefined): this {
    if (text !== undefined && text !== "") this.parts.push(`<${name}>${xml(text)}</${name}>`);
    return this;
  }
  pair(name: string, valueName: string, value: string | undefined): this {
    if (value) {
      this.parts.push(
        `<${name}><valueName>${xml(valueName)}</valueName><value>${xml(value)}</value></${name}>`,
      );
    }
    return this;
  }
  raw(s: string): this {
    this.parts.push(s);
    return this;
  }
  toString(): string {
    return this.parts.join("");
  }
}

/** When a referenced message was sent: its signed time if it is in the view, else its id's. */
export type SentLookup = (id: string) => Date | undefined;

/** The `sent` of a message in this view, from its signed header. */
export function sentLookupOf(entries: readonly InboxEntry[]): SentLookup {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const e = byId.get(id);
    const header = e && headerOf(e);
    const seconds = header?.time ? Number(header.time.seconds) : undefined;
    return seconds !== undefined ? new Date(seconds * 1000) : uuidv7Time(id);
  };
}

function areas(regions: unknown[]): string {
  return regions
    .map(String)
    .map((code) =>
      new Writer()
        .raw("<area>")
        .el("areaDesc", regionName(code))
        .pair("geocode", GEOCODE_SYSTEM, code)
        .raw("</area>")
        .toString(),
    )
    .join("");
}

function warningInfo(p: Json): string {
  const [urgency, severity, certainty] = LEVELS[str(p["level"])] ?? [
    "Unknown",
    "Unknown",
    "Unknown",
  ];
  const category = CATEGORY[str(p["category"])] ?? "Security";
  const scope = (p["possibleScope"] ?? {}) as Json;
  const start = str(p["startTime"]);
  const validity = Number.parseFloat(str(p["validity"]));
  const w = new Writer()
    .raw("<info>")
    .el("language", "zh-CN")
    .el("category", category)
    .el("event", "工业互联网安全预警")
    .el("responseType", p["action"] === "WARNING_ACTION_LIFT" ? "AllClear" : "Prepare")
    .el("urgency", urgency)
    .el("severity", severity)
    .el("certainty", certainty)
    .pair("eventCode", `${P}action`, str(p["action"]))
    .pair("eventCode", `${P}level`, str(p["level"]))
    .pair("eventCode", `${P}category`, str(p["category"]));
  if (start) w.el("effective", capTime(start));
  if (start && Number.isFinite(validity)) {
    w.el("expires", capTime(new Date(new Date(start).getTime() + validity * 1000)));
  }
  w.el("senderName", str(p["issuingUnit"]))
    .el("headline", str(p["title"]))
    .el("description", arr(p["alertItems"]).map(String).join("\n"))
    .el(
      "instruction",
      arr(p["requiredMeasures"])
        .map((m) => str((m as Json)["description"]))
        .join("\n"),
    )
    .el("contact", contactText(p["contact"]))
    .pair("parameter", `${P}documentNumber`, str(p["documentNumber"]))
    .pair("parameter", `${P}warningId`, str(p["warningId"]))
    .pair("parameter", `${P}reason`, str(p["reason"]))
    .pair("parameter", `${P}scopeDescription`, str(scope["description"]));
  for (const s of arr(scope["sectors"])) w.pair("parameter", `${P}sector`, String(s));
  return w
    .raw(areas(arr(scope["regions"])))
    .raw("</info>")
    .toString();
}

function responseInfo(p: Json): string {
  const [urgency, severity, certainty] = LEVELS[str(p["level"])] ?? [
    "Unknown",
    "Unknown",
    "Unknown",
  ];
  const scope = (p["scope"] ?? {}) as Json;
  const w = new Writer()
    .raw("<info>")
    .el("language", "zh-CN")
    .el("category", "Security")
    .el("event", "网络安全事件应急响应")
    .el("responseType", p["action"] === "RESPONSE_ACTION_END" ? "AllClear" : "Execute")
    .el("urgency", urgency)
    .el("severity", severity)
    .el("certainty", certainty)
    .pair("eventCode", `${P}action`, str(p["action"]))
    .pair("eventCode", `${P}level`, str(p["level"]));
  if (str(p["effectiveTime"])) w.el("effective", capTime(str(p["effectiveTime"])));
  w.el("senderName", str(p["commandBody"]))
    .el("headline", str(p["title"]))
    .el("description", str(p["situation"]))
    .el("instruction", arr(p["requirements"]).map(String).join("\n"))
    .el("contact", contactText(p["commander"]))
    .pair("parameter", `${P}documentNumber`, str(p["documentNumber"]))
    .pair("parameter", `${P}responseId`, str(p["responseId"]))
    .pair("parameter", `${P}reason`, str(p["reason"]))
    .pair("parameter", `${P}reportingInterval`, str(p["reportingInterval"]))
    .pair("parameter", `${P}scopeDescription`, str(scope["description"]));
  for (const s of arr(scope["sectors"])) w.pair("parameter", `${P}sector`, String(s));
  for (const c of arr(p["coordinationRequests"])) {
    const r = c as Json;
    w.pair("parameter", `${P}coordination`, `${str(r["orgId"])}: ${str(r["request"])}`);
  }
  return w
    .raw(areas(arr(scope["regions"])))
    .raw("</info>")
    .toString();
}

function contactText(person: unknown): string {
  const p = (person ?? {}) as Json;
  return [str(p["name"]), str(p["unit"]), str(p["phone"]), str(p["email"])]
    .filter(Boolean)
    .join(" ");
}

/**
 * An inbox entry as a CAP 1.2 `<alert>` element (no XML declaration, for embedding).
 * EarlyWarning and EmergencyResponse are alerts; a Receipt is an Ack of the message it
 * acknowledges. Anything else is TB_ERR_BAD_REQUEST: CAP has no form for it.
 */
export function capAlertElement(entry: InboxEntry, sentOf: SentLookup): string {
  if (!CAP_TYPES.includes(entry.type)) {
    throw new TongbaoError(
      "TB_ERR_BAD_REQUEST",
      `${entry.type} has no CAP form: CAP carries EarlyWarning and EmergencyResponse as alerts and Receipts as acknowledgements`,
      { path: "type" },
    );
  }
  const header = headerOf(entry);
  const seconds = header?.time ? Number(header.time.seconds) : undefined;
  const sent = seconds !== undefined ? new Date(seconds * 1000) : new Date(entry.storedAt);
  const p = entry.payload;
  const tlp = entry.tlp.replace("_", "+");
  const w = new Writer()
    .raw(`<alert xmlns="${CAP_NAMESPACE}">`)
    .el("identifier", entry.id)
    .el("sender", orgUrn(entry.source))
    .el("sent", capTime(sent))
    .el("status", STATUS[entry.status] ?? "Test")
    .el("msgType", entry.type === RECEIPT ? "Ack" : (MSG_TYPE[str(p["action"])] ?? "Alert"));
  // Addressed traffic names its recipients; only TLP:CLEAR may be public.
  if (entry.recipients.length > 0) {
    w.el("scope", "Private").el("addresses", entry.recipients.map(orgUrn).join(" "));
  } else if (tlp === "CLEAR") {
    w.el("scope", "Public");
  } else {
    w.el("scope", "Restricted").el("restriction", RESTRICTION[tlp] ?? `TLP:${tlp}`);
  }
  w.el("code", `TLP:${tlp}`);
  if (entry.type === RECEIPT) {
    w.el("note", receiptNote(p));
  }
  const refs = referencesOf(entry, sentOf);
  w.el("references", refs);
  const incidents = entry.type === RESPONSE ? str(p["incidentId"]) : entry.correlationId;
  w.el("incidents", incidents);
  if (entry.type === WARNING) w.raw(warningInfo(p));
  if (entry.type === RESPONSE) w.raw(responseInfo(p));
  return w.raw("</alert>").toString();
}

function receiptNote(p: Json): string {
  const parts = [str(p["outcome"]) || "RECEIPT_OUTCOME_UNSPECIFIED"];
  if (p["automatic"] === true) parts.push("automatic");
  if (str(p["rejectionReason"])) parts.push(str(p["rejectionReason"]));
  if (str(p["rejectionDetail"])) parts.push(str(p["rejectionDetail"]));
  return parts.join(" ");
}

/**
 * CAP `references` (sender,identifier,sent per message, space-separated): the messages the
 * signed header references, and for a Receipt the message it acknowledges.
 */
function referencesOf(entry: InboxEntry, sentOf: SentLookup): string {
  const refs: { source: string; id: string }[] = [];
  if (entry.type === RECEIPT) {
    const original = str(entry.payload["messageId"]);
    // A receipt is addressed to the sender of what it acknowledges.
    if (original) refs.push({ source: entry.recipients[0] ?? "", id: original });
  }
  for (const r of headerOf(entry)?.references ?? [])
    refs.push({ source: r.source ?? "", id: r.id ?? "" });
  return refs
    .flatMap((r) => {
      const at = sentOf(r.id);
      return at && r.source ? [`${orgUrn(r.source)},${r.id},${capTime(at)}`] : [];
    })
    .join(" ");
}

/** A whole CAP document for one message. */
export function capAlertOf(entry: InboxEntry, sentOf: SentLookup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${capAlertElement(entry, sentOf)}\n`;
}

/**
 * An Atom feed (RFC 4287) of CAP alerts in one organisation's view, newest first, each entry
 * holding its alert inline (`content type="application/cap+xml"`) and linking to it.
 */
export function capFeed(
  entries: readonly InboxEntry[],
  o: { org: string; baseUrl: string; sentOf: SentLookup },
): string {
  const alerts = entries.filter((e) => e.type === WARNING || e.type === RESPONSE).reverse();
  const updated = alerts[0]?.storedAt ?? new Date(0).toISOString();
  const items = alerts.map((e) => {
    const title = str(e.payload["title"]) || e.type;
    return (
      `<entry><id>urn:uuid:${e.id}</id><title>${xml(title)}</title>` +
      `<updated>${e.storedAt}</updated><author><name>${xml(orgUrn(e.source))}</name></author>` +
      `<link rel="alternate" type="${CAP_XML}" href="${xml(`${o.baseUrl}/messages/${e.id}/cap`)}"/>` +
      `<content type="${CAP_XML}">${capAlertElement(e, o.sentOf)}</content></entry>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<id>${xml(`${orgUrn(o.org)}:cap`)}</id><title>CAP alerts received by ${xml(o.org)}</title>` +
    `<updated>${updated}</updated>` +
    `<link rel="self" type="application/atom+xml" href="${xml(`${o.baseUrl}/cap/feed`)}"/>` +
    `${items.join("")}</feed>\n`
  );
}

/** What a CAP alert says of a Tongbao message: its header and the payload fields CAP carries. */
export interface CapReading {
  identifier: string;
  sender: string;
  sent: string;
  status: "live" | "exercise" | "test";
  type: string;
  tlp: string;
  recipients: string[];
  references: { sender: string; identifier: string; sent: string }[];
  payload: Record<string, unknown>;
}

const REPEATED = new Set([
  "info",
  "category",
  "responseType",
  "eventCode",
  "parameter",
  "area",
  "geocode",
  "code",
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

function pairs(list: unknown): [string, string][] {
  return arr(list).map((x) => [str((x as Json)["valueName"]), str((x as Json)["value"])]);
}

const lines = (s: unknown): string[] => (str(s) ? str(s).split("\n") : []);

/** proto3 JSON time of a CAP time. */
const jsonTime = (cap: unknown): string | undefined =>
  str(cap) ? new Date(str(cap)).toISOString().replace(".000Z", "Z") : undefined;

/**
 * Reads a CAP alert made by `capAlertElement` back: the header it states and the payload
 * fields it carries (README: what CAP cannot carry). TB_ERR_BAD_REQUEST names what is missing.
 */
export function readCapAlert(text: string): CapReading {
  const doc = parser.parse(text) as Json;
  const alert = doc["alert"] as Json | undefined;
  if (!alert)
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "no CAP <alert> element", { path: "alert" });
  const need = (name: string): string => {
    const v = str(alert[name]);
    if (!v)
      throw new TongbaoError("TB_ERR_BAD_REQUEST", `CAP alert has no <${name}>`, { path: name });
    return v;
  };
  const msgType = need("msgType");
  const code =
    arr(alert["code"])
      .map(String)
      .find((c) => c.startsWith("TLP:")) ?? "TLP:CLEAR";
  const references = str(alert["references"])
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => {
      const [sender = "", identifier = "", sent = ""] = r.split(",");
      return { sender, identifier, sent };
    });
  const reading: CapReading = {
    identifier: need("identifier"),
    sender: orgOfUrn(need("sender")) ?? need("sender"),
    sent: need("sent"),
    status: STATUS_BACK[need("status")] ?? "test",
    type: RECEIPT,
    tlp: code.slice(4).replace("+", "_"),
    recipients: str(alert["addresses"])
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => orgOfUrn(a) ?? a),
    references,
    payload: {},
  };
  if (msgType === "Ack") {
    const [outcome = "", ...rest] = str(alert["note"]).split(" ");
    reading.payload = {
      messageId: references[0]?.identifier ?? "",
      outcome,
      ...(rest.includes("automatic") ? { automatic: true } : {}),
    };
    return reading;
  }
  const info = arr(alert["info"])[0] as Json | undefined;
  if (!info)
    throw new TongbaoError("TB_ERR_BAD_REQUEST", "CAP alert has no <info>", { path: "info" });
  const codes = Object.fromEntries(pairs(info["eventCode"]));
  const params = pairs(info["parameter"]);
  const param = (name: string) => params.find(([n]) => n === `${P}${name}`)?.[1];
  const sectors = params.filter(([n]) => n === `${P}sector`).map(([, v]) => v);
  const regions = arr(info["area"]).flatMap((a) =>
    pairs((a as Json)["geocode"])
      .filter(([n]) => n === GEOCODE_SYSTEM)
      .map(([, v]) => v),
  );
  const scope = {
    ...(sectors.length ? { sectors } : {}),
    ...(regions.length ? { regions } : {}),
    ...(param("scopeDescription") ? { description: param("scopeDescription") } : {}),
  };
  const common = {
    action: codes[`${P}action`],
    level: codes[`${P}level`],
    documentNumber: param("documentNumber"),
    title: str(info["headline"]) || undefined,
    reason: param("reason"),
  };
  // An alert from outside Tongbao names no tongbao: eventCodes: it is a warning, its action
  // from msgType and its level from severity (the inverse of the tables above).
  const foreign = codes[`${P}action`] === undefined;
  if (foreign) {
    common.action = WARNING_ACTION_OF[msgType];
    common.level = Object.keys(LEVELS).find(
      (l) => l.startsWith("WARNING_") && LEVELS[l]![1] === str(info["severity"]),
    );
  }
  if (foreign || str(codes[`${P}action`]).startsWith("WARNING_")) {
    reading.type = WARNING;
    // A warning starts when it takes effect; one from outside that says not, when sent.
    const effective =
      jsonTime(info["effective"]) ?? (foreign ? jsonTime(alert["sent"]) : undefined);
    const expires = jsonTime(info["expires"]);
    const measures = lines(info["instruction"]).map((description) => ({ description }));
    reading.payload = prune({
      ...common,
      category: codes[`${P}category`],
      issuingUnit: str(info["senderName"]) || undefined,
      startTime: effective,
      validity:
        effective && expires
          ? `${(new Date(expires).getTime() - new Date(effective).getTime()) / 1000}s`
          : undefined,
      possibleScope: Object.keys(scope).length ? scope : undefined,
      alertItems: lines(info["description"]),
      requiredMeasures: measures,
      warningId: param("warningId"),
    });
  } else {
    reading.type = RESPONSE;
    reading.payload = prune({
      ...common,
      incidentId: str(alert["incidents"]) || undefined,
      situation: str(info["description"]) || undefined,
      scope: Object.keys(scope).length ? scope : undefined,
      effectiveTime: jsonTime(info["effective"]),
      commandBody: str(info["senderName"]) || undefined,
      requirements: lines(info["instruction"]),
      reportingInterval: param("reportingInterval"),
      responseId: param("responseId"),
    });
  }
  // The contract's own JSON form, so a reading compares field by field with a payload.
  const contract = contractFor(reading.type);
  if (contract) reading.payload = contract.toJson(contract.fromJson(reading.payload) as never);
  return reading;
}

function prune(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** The fields of a payload CAP carries (what `readCapAlert` gives back), in JSON form. */
export const CAP_CARRIED: Readonly<Record<string, readonly string[]>> = {
  [WARNING]: [
    "action",
    "level",
    "category",
    "documentNumber",
    "title",
    "issuingUnit",
    "startTime",
    "validity",
    "possibleScope",
    "alertItems",
    "requiredMeasures[].description",
    "reason",
    "warningId",
  ],
  [RESPONSE]: [
    "action",
    "level",
    "documentNumber",
    "title",
    "incidentId",
    "situation",
    "scope",
    "effectiveTime",
    "commandBody",
    "requirements",
    "reportingInterval",
    "reason",
    "responseId",
  ],
  [RECEIPT]: ["messageId", "outcome", "automatic"],
};
