import { TongbaoError } from "@tongbao/errors";
import { indicatorOf, parsePattern, type ParsedPattern } from "./patterns.js";
import { stricterTlp, tlpOfMarking, type TlpName } from "./tlp.js";
import { SCHEME_SOURCES } from "./to-stix.js";
import { incidentFieldsOf } from "./incident-properties.js";
import {
  BULLETIN,
  EXPOSURE,
  INCIDENT,
  VULNERABILITY,
  type StixBundle,
  type StixObject,
} from "./types.js";

type Json = Record<string, unknown>;

/** One Tongbao message read from STIX: its payload in the contract's JSON form, unchecked. */
export interface StixMessage {
  type: string;
  payload: Json;
  /** The strictest TLP of the objects it was read from; AMBER when none is marked. */
  tlp: TlpName;
  /** The STIX objects it was read from (the report first, when there is one). */
  objectIds: string[];
}

export interface BundleReading {
  messages: StixMessage[];
  /** Objects read as context of others (identities, marking definitions, relationships). */
  context: string[];
  /** Objects Tongbao cannot carry, each with the reason. */
  skipped: { id: string; reason: string }[];
}

/** What an unmarked bundle is treated as: not for publication beyond the recipients' organisations. */
export const DEFAULT_TLP: TlpName = "AMBER";

const SOURCE_SCHEMES = Object.fromEntries(Object.entries(SCHEME_SOURCES).map(([k, v]) => [v, k]));
const CONTEXT_TYPES = new Set([
  "identity",
  "marking-definition",
  "relationship",
  "extension-definition",
  "language-content",
]);

/** Labels `tongbao:<field>=<value>` back to the enum value name, e.g. SEVERITY_HIGH. */
function fromLabel(o: StixObject | undefined, field: string, prefix: string): string | undefined {
  const labels = Array.isArray(o?.["labels"]) ? (o["labels"] as unknown[]) : [];
  for (const l of labels) {
    if (typeof l === "string" && l.startsWith(`tongbao:${field}=`)) {
      return `${prefix}_${l.slice(field.length + 9).toUpperCase()}`;
    }
  }
  return undefined;
}

function str(o: StixObject | undefined, p: string): string | undefined {
  const v = o?.[p];
  return typeof v === "string" && v !== "" ? v : undefined;
}

function externalRefs(o: StixObject | undefined): Json[] {
  return Array.isArray(o?.["external_references"]) ? (o["external_references"] as Json[]) : [];
}

function externalId(o: StixObject | undefined, source: string): string | undefined {
  const r = externalRefs(o).find(
    (e) => e["source_name"] === source && typeof e["external_id"] === "string",
  );
  return r?.["external_id"] as string | undefined;
}

/**
 * Reads a checked bundle (readBundle) as Tongbao messages. Each report is one message: with an
 * incident an IncidentReport, with a sighting an ExposureFinding, of report_types
 * "vulnerability" a VulnerabilityNotice, else a ThreatBulletin with the indicators and
 * vulnerabilities it names. Indicators no report names make one ThreatBulletin; each
 * vulnerability no report names, a VulnerabilityNotice.
 */
export function fromStixBundle(bundle: StixBundle): BundleReading {
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  const reading: BundleReading = { messages: [], context: [], skipped: [] };
  const used = new Set<string>();
  const skip = (id: string, reason: string) => {
    used.add(id);
    reading.skipped.push({ id, reason });
  };
  const reports = bundle.objects.filter((o) => o.type === "report");
  for (const report of reports) {
    const refs = ((report["object_refs"] as string[]) ?? [])
      .map((id) => byId.get(id))
      .filter((o): o is StixObject => !!o);
    const reader = new MessageReader(report, refs, skip);
    const message = reader.read();
    for (const id of message.objectIds) used.add(id);
    reading.messages.push(message);
  }
  const loose = bundle.objects.filter((o) => !used.has(o.id));
  const indicators = loose.filter((o) => o.type === "indicator");
  if (indicators.length) {
    const reader = new MessageReader(undefined, indicators, skip);
    const message = reader.read();
    for (const id of message.objectIds) used.add(id);
    if (message.objectIds.length) reading.messages.push(message);
  }
  for (const v of loose.filter((o) => o.type === "vulnerability")) {
    const message = new MessageReader(undefined, [v], skip).readVulnerability(v);
    reading.messages.push(message);
    used.add(v.id);
  }
  for (const o of bundle.objects) {
    if (used.has(o.id)) continue;
    if (CONTEXT_TYPES.has(o.type)) reading.context.push(o.id);
    else skip(o.id, `Tongbao carries no STIX ${o.type} outside a report it can read`);
  }
  return reading;
}

class MessageReader {
  readonly #report: StixObject | undefined;
  readonly #refs: StixObject[];
  readonly #skip: (id: string, reason: string) => void;
  readonly #ids: string[] = [];
  #tlp: TlpName | undefined;

  constructor(
    report: StixObject | undefined,
    refs: StixObject[],
    skip: (id: string, reason: string) => void,
  ) {
    this.#report = report;
    this.#refs = refs;
    this.#skip = skip;
    if (report) this.#take(report);
  }

  #take(o: StixObject): void {
    if (!this.#ids.includes(o.id)) this.#ids.push(o.id);
    for (const m of (o["object_marking_refs"] as string[] | undefined) ?? []) {
      const tlp = tlpOfMarking(m);
      if (tlp) this.#tlp = this.#tlp ? stricterTlp(this.#tlp, tlp) : tlp;
    }
  }

  #of(type: string): StixObject[] {
    return this.#refs.filter((o) => o.type === type);
  }

  #done(type: string, payload: Json): StixMessage {
    for (const o of this.#refs) {
      if (!this.#ids.includes(o.id) && o.type !== "identity") continue;
      this.#take(o);
    }
    return { type, payload, tlp: this.#tlp ?? DEFAULT_TLP, objectIds: this.#ids };
  }

  read(): StixMessage {
    const r = this.#report;
    if (this.#of("incident").length) return this.#incident();
    if (this.#of("sighting").length) return this.#exposure();
    const vuln = this.#of("vulnerability")[0];
    if (vuln && ((r?.["report_types"] as string[] | undefined) ?? []).includes("vulnerability")) {
      return this.readVulnerability(vuln);
    }
    return this.#bulletin();
  }

  /** Indicators and vulnerability ids (CVE, CNVD) in the order the report names them. */
  #indicators(): Json[] {
    const out: Json[] = [];
    for (const o of this.#refs) {
      if (o.type === "indicator") {
        const read = this.#patternIndicators(o);
        if (read.length) {
          this.#take(o);
          out.push(...read);
        }
      } else if (o.type === "vulnerability") {
        const cve = externalId(o, "cve");
        const cnvd = externalId(o, "cnvd");
        const value =
          cve ??
          cnvd ??
          (/^(CVE|CNVD)-/i.test(o["name"] as string) ? (o["name"] as string) : undefined);
        if (!value) {
          this.#skip(
            o.id,
            "a vulnerability in a bulletin needs a CVE or CNVD id (external_references source_name cve or cnvd)",
          );
          continue;
        }
        this.#take(o);
        out.push({
          type: /^CNVD-/i.test(value) ? "INDICATOR_TYPE_CNVD" : "INDICATOR_TYPE_CVE",
          value,
          ...(str(o, "description") ? { description: str(o, "description") } : {}),
        });
      }
    }
    return out;
  }

  #patternIndicators(o: StixObject): Json[] {
    if (o["pattern_type"] !== "stix") {
      this.#skip(
        o.id,
        `pattern_type ${String(o["pattern_type"])} is not carried: only stix patterns`,
      );
      return [];
    }
    let parsed: ParsedPattern;
    try {
      parsed = parsePattern(String(o["pattern"]), "pattern");
    } catch (err) {
      this.#skip(o.id, err instanceof TongbaoError ? err.message : String(err));
      return [];
    }
    const out: Json[] = [];
    for (const observation of parsed) {
      if (observation.length !== 1) {
        this.#skip(
          o.id,
          `pattern ${String(o["pattern"])}: comparisons joined by AND are not carried as indicators`,
        );
        return [];
      }
      const ind = indicatorOf(observation[0]!);
      if (!ind) {
        this.#skip(
          o.id,
          `pattern ${String(o["pattern"])}: ${observation[0]!.path} is not an indicator Tongbao carries (ip, domain, url, email, file hashes)`,
        );
        return [];
      }
      out.push({
        ...ind,
        ...(str(o, "description") ? { description: str(o, "description") } : {}),
      });
    }
    return out;
  }

  #measures(): string[] {
    return this.#of("course-of-action").map((c) => {
      this.#take(c);
      return String(c["name"]);
    });
  }

  #bulletin(): StixMessage {
    const r = this.#report;
    const indicators = this.#indicators();
    const malware = this.#of("malware")[0];
    if (malware) this.#take(malware);
    const measures = this.#measures();
    const kind = fromLabel(r, "kind", "BULLETIN_KIND") ?? "BULLETIN_KIND_THREAT";
    const title =
      str(r, "name") ??
      `STIX indicators: ${indicators
        .map((i) => String(i["value"]))
        .slice(0, 3)
        .join(", ")}`;
    const severity = fromLabel(r, "severity", "SEVERITY");
    const documentNumber = externalId(r, "tongbao-document-number");
    return this.#done(BULLETIN, {
      kind,
      ...(documentNumber ? { documentNumber } : {}),
      title,
      summary: str(r, "description") ?? title,
      category: fromLabel(r, "category", "INCIDENT_CATEGORY") ?? "INCIDENT_CATEGORY_OTHER",
      ...(malware?.["name"] ? { threatName: malware["name"] } : {}),
      ...(severity ? { severity } : {}),
      ...(indicators.length ? { indicators } : {}),
      ...(measures.length ? { recommendedMeasures: measures } : {}),
    });
  }

  readVulnerability(v: StixObject): StixMessage {
    const r = this.#report;
    this.#take(v);
    const identifiers: Json[] = [];
    const referenceUrls: string[] = [];
    let cweId: string | undefined;
    for (const e of externalRefs(v)) {
      const source = String(e["source_name"] ?? "");
      if (typeof e["external_id"] === "string" && SOURCE_SCHEMES[source]) {
        identifiers.push({ scheme: SOURCE_SCHEMES[source], value: e["external_id"] });
      } else if (source === "cwe" && typeof e["external_id"] === "string") {
        cweId = e["external_id"];
      } else if (typeof e["url"] === "string") {
        referenceUrls.push(e["url"]);
      }
    }
    const name = String(v["name"]);
    if (!identifiers.length && /^(CVE|CNVD)-/i.test(name)) {
      identifiers.push({
        scheme: /^CNVD-/i.test(name) ? "IDENTIFIER_SCHEME_CNVD" : "IDENTIFIER_SCHEME_CVE",
        value: name,
      });
    }
    const products = this.#of("software").map((s) => {
      this.#take(s);
      return {
        ...(str(s, "vendor") ? { vendor: str(s, "vendor") } : {}),
        product: s["name"],
        ...(str(s, "cpe") ? { cpe: str(s, "cpe") } : {}),
      };
    });
    const mitigation = this.#of("course-of-action")[0];
    if (mitigation) this.#take(mitigation);
    const severity =
      fromLabel(r, "severity", "SEVERITY") ??
      fromLabel(v, "severity", "SEVERITY") ??
      (typeof v["x_opencti_base_severity"] === "string"
        ? `SEVERITY_${v["x_opencti_base_severity"].toUpperCase()}`
        : undefined);
    const exploit = fromLabel(r, "exploit", "EXPLOIT_STATUS");
    const documentNumber = externalId(r, "tongbao-document-number");
    return this.#done(VULNERABILITY, {
      ...(documentNumber ? { documentNumber } : {}),
      title: str(r, "name") ?? name,
      ...((str(r, "description") ?? str(v, "description"))
        ? { description: str(r, "description") ?? str(v, "description") }
        : {}),
      identifiers,
      ...(products.length ? { products } : {}),
      ...(severity ? { severity } : {}),
      ...(cweId ? { cweId } : {}),
      ...(exploit ? { exploitStatus: exploit } : {}),
      ...(mitigation
        ? { mitigation: str(mitigation, "description") ?? str(mitigation, "name") }
        : {}),
      ...(referenceUrls.length ? { referenceUrls } : {}),
    });
  }

  #exposure(): StixMessage {
    const r = this.#report;
    const sighting = this.#of("sighting")[0]!;
    this.#take(sighting);
    const indicator = this.#refs.find((o) => o.id === sighting["sighting_of_ref"]);
    const payload: Json = {};
    if (indicator) {
      this.#take(indicator);
      try {
        const [observation = []] = parsePattern(String(indicator["pattern"]), "pattern");
        for (const c of observation) {
          if (c.path === "network-traffic:dst_ref.value") payload["ip"] = c.value;
          if (c.path === "network-traffic:dst_port") payload["port"] = Number(c.value);
          if (c.path === "network-traffic:protocols[*]") {
            const p = String(c.value).toLowerCase();
            if (p === "tcp" || p === "udp")
              payload["transport"] = `TRANSPORT_PROTOCOL_${p.toUpperCase()}`;
          }
        }
      } catch (err) {
        this.#skip(indicator.id, err instanceof TongbaoError ? err.message : String(err));
      }
    }
    const protocol = ((r?.["labels"] as string[] | undefined) ?? []).find((l) =>
      l.startsWith("tongbao:protocol="),
    );
    if (protocol) payload["protocol"] = protocol.slice("tongbao:protocol=".length);
    const owner = this.#of("identity")[0];
    const risk = fromLabel(r, "risk", "SEVERITY");
    const vulnerabilityIds = this.#of("vulnerability").map((v) => {
      this.#take(v);
      return externalId(v, "cve") ?? externalId(v, "cnvd") ?? String(v["name"]);
    });
    const description = str(sighting, "description") ?? str(r, "description");
    return this.#done(EXPOSURE, {
      ...payload,
      ...(owner ? { owner: { name: owner["name"] } } : {}),
      ...(risk ? { riskLevel: risk } : {}),
      ...(description ? { riskDescription: description } : {}),
      ...(vulnerabilityIds.length ? { vulnerabilityIds } : {}),
      ...(str(sighting, "first_seen") ? { firstSeenTime: str(sighting, "first_seen") } : {}),
      ...(str(sighting, "last_seen") ? { lastSeenTime: str(sighting, "last_seen") } : {}),
    });
  }

  #incident(): StixMessage {
    const r = this.#report;
    const incident = this.#of("incident")[0]!;
    this.#take(incident);
    const indicators = this.#indicators();
    const enterprise = this.#of("identity")[0];
    const incidentId = externalId(r, "tongbao-incident");
    const phase = fromLabel(r, "phase", "REPORT_PHASE");
    const grade = fromLabel(r, "grade", "INCIDENT_GRADE");
    const category = fromLabel(r, "category", "INCIDENT_CATEGORY");
    const summary = str(r, "description") ?? str(incident, "description");
    // What STIX has no property for comes from the incident's x_tongbao_* properties; the
    // enterprise there, when present, is the whole one (the identity has its name only).
    return this.#done(INCIDENT, {
      ...(phase ? { phase } : {}),
      ...(incidentId ? { incidentId } : {}),
      title: str(r, "name") ?? incident["name"],
      ...(summary ? { summary } : {}),
      ...(grade ? { grade } : {}),
      ...(category ? { category } : {}),
      ...(enterprise ? { reportingEnterprise: { name: enterprise["name"] } } : {}),
      ...(indicators.length ? { indicators } : {}),
      ...incidentFieldsOf(incident),
    });
  }
}
