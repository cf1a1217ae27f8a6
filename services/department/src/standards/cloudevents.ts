import {
  readUnverified,
  sectorToken,
  statusToken,
  timestampMs,
  type MessageVerifier,
} from "@tongbao/bus";
import { contractFor, tongbao, type Header } from "@tongbao/contracts";
import { TongbaoError } from "@tongbao/errors";
import type { InboxEntry } from "../inbox/types.js";
import type { PublishRequest } from "../service/publish-request.js";
import { tlpName } from "../service/publish-request.js";
import { canonicalJson } from "./canonical-json.js";

/** CloudEvents 1.0 media types (structured and batched JSON format). */
export const CLOUDEVENTS_JSON = "application/cloudevents+json";
export const CLOUDEVENTS_BATCH = "application/cloudevents-batch+json";

/** An organisation as a CloudEvents `source` (a URI reference): `urn:tongbao:org:<id>`. */
export const ORG_URN_PREFIX = "urn:tongbao:org:";

export function orgUrn(org: string): string {
  return `${ORG_URN_PREFIX}${org}`;
}

/** The organisation id of a `urn:tongbao:org:<id>` source, or undefined. */
export function orgOfUrn(urn: string): string | undefined {
  return urn.startsWith(ORG_URN_PREFIX) ? urn.slice(ORG_URN_PREFIX.length) : undefined;
}

const { ReferenceKind } = tongbao.envelope.v1;

/**
 * A Tongbao message as a CloudEvent (structured JSON). Extension names are lower-case
 * letters and digits of at most 20 characters (CloudEvents 1.0 §3.1.1), all prefixed `tb`;
 * their values are strings, as extension attributes have no list type.
 */
export interface TongbaoCloudEvent {
  specversion: "1.0";
  id: string;
  source: string;
  type: string;
  time: string;
  /** The bus subject of this copy: what the envelope's routing was checked against. */
  subject: string;
  datacontenttype: "application/json";
  /** The payload in its contract's proto3 JSON form (decrypted for the recipient of RED). */
  data: Record<string, unknown>;
  /** `live`, `exercise`, `test`. */
  tbstatus: string;
  /** TLP 2.0 name: CLEAR, GREEN, AMBER, AMBER+STRICT, RED. */
  tbmarking: string;
  /** Addressed recipients, comma-separated org ids; absent on a broadcast. */
  tbrecipients?: string;
  /** Sector tokens of a broadcast, comma-separated. */
  tbsectors?: string;
  tbregion?: string;
  tbcorrelationid?: string;
  tbcausationid?: string;
  /** `<kind>:<source>:<id>` per reference (kind lower-case: update, cancel, reply...), comma-separated. */
  tbreferences?: string;
  tbexpires?: string;
  /** When the stream stored this copy (what a key revocation is checked against). */
  tbstoredat?: string;
  /** The signing key id. */
  tbkeyid?: string;
  /** The SignedEnvelope as the stream stored it, base64 (CloudEvents Binary). */
  tbenvelope?: string;
}

const STATUS_OF_TOKEN: Record<string, "live" | "exercise" | "test"> = {
  live: "live",
  exercise: "exercise",
  test: "test",
};

/** TLP name as TLP 2.0 writes it (`AMBER+STRICT`). */
function tlpLabel(value: number): string {
  return tlpName(value).replace("_", "+");
}

function isoOf(ts: Parameters<typeof timestampMs>[0]): string | undefined {
  const ms = timestampMs(ts);
  return ms ? new Date(ms).toISOString() : undefined;
}

function referencesOf(header: Header): string | undefined {
  if (header.references.length === 0) return undefined;
  return header.references
    .map((r) => {
      const kind = (ReferenceKind[r.kind ?? 0] ?? "REFERENCE_KIND_UNSPECIFIED")
        .replace(/^REFERENCE_KIND_/, "")
        .toLowerCase();
      return `${kind}:${r.source}:${r.id}`;
    })
    .join(",");
}

/** The signed header of an inbox entry (from its stored envelope). */
export function headerOf(entry: InboxEntry): Header | undefined {
  if (!entry.envelope) return undefined;
  return readUnverified(Buffer.from(entry.envelope, "base64")).header;
}

/**
 * An inbox entry as a CloudEvent. Attributes come from the signed header in the stored
 * envelope, so they are what the signature covers; entries journalled before envelopes were
 * kept fall back to the entry's own fields.
 */
export function cloudEventOf(entry: InboxEntry): TongbaoCloudEvent {
  const header = headerOf(entry);
  const time = (header && isoOf(header.time)) ?? entry.storedAt;
  const ce: TongbaoCloudEvent = {
    specversion: "1.0",
    id: entry.id,
    source: orgUrn(entry.source),
    type: entry.type,
    time,
    subject: entry.subject,
    datacontenttype: "application/json",
    data: entry.payload,
    tbstatus: entry.status,
    tbmarking: header ? tlpLabel(header.marking?.tlp ?? 0) : entry.tlp.replace("_", "+"),
  };
  const recipients = header ? header.recipients : entry.recipients;
  const sectors = header ? header.sectors.map((s) => sectorToken(s)) : entry.sectors;
  if (recipients.length > 0) ce.tbrecipients = recipients.join(",");
  if (sectors.length > 0) ce.tbsectors = sectors.join(",");
  if (header?.region) ce.tbregion = header.region;
  if (entry.correlationId) ce.tbcorrelationid = entry.correlationId;
  if (entry.causationId) ce.tbcausationid = entry.causationId;
  const references = header && referencesOf(header);
  if (references) ce.tbreferences = references;
  const expires = header && isoOf(header.expires);
  if (expires) ce.tbexpires = expires;
  ce.tbstoredat = entry.storedAt;
  if (entry.keyId) ce.tbkeyid = entry.keyId;
  if (entry.envelope) ce.tbenvelope = entry.envelope;
  return ce;
}

/**
 * The NATS protocol binding's binary content mode: every attribute but `data` as a `ce-`
 * header, `datacontenttype` as `content-type`, the data as the body.
 */
export function natsBinaryOf(ce: TongbaoCloudEvent): {
  headers: Record<string, string>;
  body: Uint8Array;
} {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(ce)) {
    if (name === "data" || value === undefined) continue;
    if (name === "datacontenttype") headers["content-type"] = String(value);
    else headers[`ce-${name}`] = String(value);
  }
  return { headers, body: new TextEncoder().encode(JSON.stringify(ce.data)) };
}

function bad(path: string, message: string): TongbaoError {
  return new TongbaoError("TB_ERR_BAD_REQUEST", message, { path });
}

/** Checks the shape of a structured CloudEvent that claims to be a Tongbao message. */
export function parseCloudEvent(json: unknown): TongbaoCloudEvent {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw bad("", "a CloudEvent must be a JSON object");
  }
  const ce = json as Record<string, unknown>;
  if (ce["specversion"] !== "1.0") {
    throw bad("specversion", `specversion must be "1.0", not ${JSON.stringify(ce["specversion"])}`);
  }
  for (const name of ["id", "source", "type", "tbstatus", "tbmarking"]) {
    if (typeof ce[name] !== "string" || ce[name] === "") {
      throw bad(name, `${name} is required (a non-empty string)`);
    }
  }
  if (!orgOfUrn(ce["source"] as string)) {
    throw bad("source", `source must be ${ORG_URN_PREFIX}<organisation>, not "${ce["source"]}"`);
  }
  if (!contractFor(ce["type"] as string)) {
    throw bad("type", `no Tongbao message type "${ce["type"]}"`);
  }
  if (!STATUS_OF_TOKEN[ce["tbstatus"] as string]) {
    throw bad("tbstatus", `tbstatus must be live, exercise or test, not "${ce["tbstatus"]}"`);
  }
  const data = ce["data"];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw bad("data", "data must be the payload as a JSON object");
  }
  return ce as unknown as TongbaoCloudEvent;
}

const list = (s: string | undefined): string[] => (s ? s.split(",").filter(Boolean) : []);

/**
 * A CloudEvent back into a Tongbao publish request (the body of POST /messages): the payload
 * and what of the header a publisher chooses. Id, time, source and signature are the new
 * publisher's; references travel in the envelope only (see README: what each standard carries).
 */
export function publishRequestOf(ce: TongbaoCloudEvent): PublishRequest {
  const recipients = list(ce.tbrecipients);
  const sectors = list(ce.tbsectors);
  return {
    type: ce.type,
    payload: ce.data,
    status: STATUS_OF_TOKEN[ce.tbstatus] ?? "live",
    marking: { tlp: ce.tbmarking },
    ...(recipients.length > 0 ? { recipients } : {}),
    ...(recipients.length === 0 && sectors.length > 0 && !sectors.includes("all")
      ? { sectors }
      : {}),
    ...(ce.tbregion ? { region: ce.tbregion } : {}),
    ...(ce.tbcorrelationid ? { correlationId: ce.tbcorrelationid } : {}),
    ...(ce.tbcausationid ? { causationId: ce.tbcausationid } : {}),
    ...(ce.tbexpires ? { expires: ce.tbexpires } : {}),
  };
}

/** One attribute compared with the signed header. */
export interface AttributeCheck {
  attribute: string;
  ok: boolean;
  signed: string | undefined;
  event: string | undefined;
}

export interface CloudEventVerdict {
  /** The envelope verified and every attribute and the data agree with it. */
  ok: boolean;
  id: string;
  /** The organisation whose registry key signed the envelope. */
  signer?: string;
  keyId?: string;
  /** Why verification failed (a TongbaoError code and message), if it did. */
  error?: { code: string; message: string };
  attributes: AttributeCheck[];
  /**
   * `match`: the data is the signed payload; `mismatch`; `sealed`: the signed payload is
   * TLP:RED ciphertext, so only a recipient's key could compare it.
   */
  data?: "match" | "mismatch" | "sealed";
}

/**
 * Checks a CloudEvent against the SignedEnvelope it carries: the envelope verifies against
 * the registry (key, window, revocation as of `tbstoredat`, routing against `subject`), and
 * every attribute and the data say what the signed header and payload say.
 */
export async function verifyCloudEvent(
  ce: TongbaoCloudEvent,
  verifier: MessageVerifier,
): Promise<CloudEventVerdict> {
  const verdict: CloudEventVerdict = { ok: false, id: ce.id, attributes: [] };
  if (!ce.tbenvelope) {
    verdict.error = {
      code: "TB_ERR_SIGNATURE",
      message: "the CloudEvent carries no tbenvelope: there is no signature to check",
    };
    return verdict;
  }
  const bytes = Buffer.from(ce.tbenvelope, "base64");
  let verified;
  try {
    verified = await verifier.verify(bytes, {
      ...(ce.subject ? { subject: ce.subject } : {}),
      ...(ce.tbstoredat ? { storedAt: new Date(ce.tbstoredat) } : {}),
    });
  } catch (err) {
    const e = err instanceof TongbaoError ? err : undefined;
    verdict.error = {
      code: e?.code ?? "TB_ERR_SIGNATURE",
      message: err instanceof Error ? err.message : String(err),
    };
    return verdict;
  }
  const h = verified.header;
  verdict.signer = h.source;
  verdict.keyId = verified.key.keyId;
  const signed: Record<string, string | undefined> = {
    id: h.id,
    source: orgUrn(h.source),
    type: h.type,
    time: isoOf(h.time),
    tbstatus: statusToken(h.status),
    tbmarking: tlpLabel(h.marking?.tlp ?? 0),
    tbrecipients: h.recipients.length ? h.recipients.join(",") : undefined,
    tbsectors: h.sectors.length ? h.sectors.map((s) => sectorToken(s)).join(",") : undefined,
    tbregion: h.region || undefined,
    tbcorrelationid: h.correlationId || undefined,
    tbcausationid: h.causationId || undefined,
    tbreferences: referencesOf(h),
    tbexpires: isoOf(h.expires),
    tbkeyid: verified.key.keyId,
  };
  const event = ce as unknown as Record<string, unknown>;
  verdict.attributes = Object.entries(signed).map(([attribute, value]) => {
    const given = event[attribute] === undefined ? undefined : String(event[attribute]);
    // tbkeyid is informative: absent is fine, a different one is not.
    const ok = attribute === "tbkeyid" && given === undefined ? true : given === value;
    return { attribute, ok, signed: value, event: given };
  });
  if ((h.marking?.tlp ?? 0) === tongbao.common.v1.Tlp.TLP_RED) {
    verdict.data = "sealed";
  } else {
    const contract = contractFor(h.type);
    const payload = contract ? contract.toJson(contract.decode(verified.payloadBytes)) : {};
    verdict.data = canonicalJson(payload) === canonicalJson(ce.data) ? "match" : "mismatch";
  }
  verdict.ok = verdict.attributes.every((a) => a.ok) && verdict.data !== "mismatch";
  return verdict;
}

/** What the client asked for: `?format=cloudevents` or a CloudEvents media type in Accept. */
export function wantsCloudEvents(accept: string | undefined, format: unknown): boolean {
  if (format === "cloudevents") return true;
  return (accept ?? "").includes("application/cloudevents");
}
