import { uuidV5, organisationIdentityId, stixId } from "./ids.js";
import { incidentCustomProperties } from "./incident-properties.js";
import { indicatorPattern, exposurePattern, isPatterned } from "./patterns.js";
import { tlpMarkingDefinition, tlpMarkingId, type TlpName } from "./tlp.js";
import {
  BULLETIN,
  EXPOSURE,
  INCIDENT,
  VULNERABILITY,
  type StixBundle,
  type StixObject,
  type StixSource,
} from "./types.js";

type Json = Record<string, unknown>;

/**
 * The identity of an organisation is the same object in every bundle, so its timestamps
 * cannot come from any one message: they are fixed, and a platform keeps one version of it.
 */
export const IDENTITY_EPOCH = "2019-08-01T00:00:00.000Z";

/** STIX's namespace for cyber-observable ids (STIX 2.1 section 2.9). */
const SCO_NAMESPACE = "00abedb4-aa42-466c-9c01-fed23315a9b7";

/** Identifier schemes of VulnerabilityNotice → external_references source_name. */
export const SCHEME_SOURCES: Record<string, string> = {
  IDENTIFIER_SCHEME_CVE: "cve",
  IDENTIFIER_SCHEME_CNVD: "cnvd",
  IDENTIFIER_SCHEME_CNNVD: "cnnvd",
  IDENTIFIER_SCHEME_CICSVD: "cicsvd",
  IDENTIFIER_SCHEME_VENDOR: "vendor",
};

/** The source_name of a vulnerability id by its form (CVE-…, CNVD-…). */
export function sourceOfVulnerabilityId(id: string): string {
  const prefix = /^(CVE|CNVD|CNNVD|CICSVD)-/i.exec(id)?.[1];
  return prefix ? prefix.toLowerCase() : "vendor";
}

/** Enum values travel as labels `tongbao:<field>=<value>` (lower case, prefix dropped). */
export function label(field: string, enumValue: unknown, prefix: string): string[] {
  if (typeof enumValue !== "string" || enumValue.endsWith("_UNSPECIFIED")) return [];
  return [`tongbao:${field}=${enumValue.slice(prefix.length + 1).toLowerCase()}`];
}

export interface ToStixOptions {
  /** An organisation's display name (the registry's); its id when unknown. */
  nameOf?: (orgId: string) => string;
}

/**
 * One Tongbao message as a STIX 2.1 bundle: a report naming everything else, signed
 * (created_by_ref) by the organisation that signed the message, marked with its TLP 2.0
 * marking-definition. Ids are UUIDv5 of the message id and each object's role.
 */
export function toStixBundle(m: StixSource, o: ToStixOptions = {}): StixBundle {
  return {
    type: "bundle",
    id: stixId("bundle", m.id, "bundle"),
    objects: toStixObjects(m, o),
  };
}

export function toStixObjects(m: StixSource, o: ToStixOptions = {}): StixObject[] {
  const b = new BundleBuilder(m, o);
  switch (m.type) {
    case BULLETIN:
      b.bulletin();
      break;
    case VULNERABILITY:
      b.vulnerabilityNotice();
      break;
    case EXPOSURE:
      b.exposure();
      break;
    case INCIDENT:
      b.incident();
      break;
    default:
      throw new Error(`${m.type} has no STIX mapping`);
  }
  return b.objects;
}

class BundleBuilder {
  readonly objects: StixObject[] = [];
  readonly #refs: string[] = [];
  readonly #m: StixSource;
  readonly #p: Json;
  readonly #time: string;
  readonly #signer: string;
  readonly #marking: string;

  constructor(m: StixSource, o: ToStixOptions) {
    this.#m = m;
    this.#p = m.payload;
    this.#time = new Date(m.storedAt).toISOString();
    this.#signer = organisationIdentityId(m.source);
    const tlp = (m.tlp === "AMBER+STRICT" ? "AMBER_STRICT" : m.tlp) as TlpName;
    this.#marking = tlpMarkingId(tlp);
    this.objects.push(tlpMarkingDefinition(tlp));
    this.objects.push({
      type: "identity",
      spec_version: "2.1",
      id: this.#signer,
      created: IDENTITY_EPOCH,
      modified: IDENTITY_EPOCH,
      name: o.nameOf?.(m.source) ?? m.source,
      identity_class: "organization",
      external_references: [{ source_name: "tongbao", external_id: m.source }],
    });
  }

  /** A domain object of this message: common properties, signer, marking; listed by the report. */
  #sdo(type: string, role: string, props: Json): string {
    const id = stixId(type, this.#m.id, role);
    this.objects.push({
      type,
      spec_version: "2.1",
      id,
      created: this.#time,
      modified: this.#time,
      created_by_ref: this.#signer,
      object_marking_refs: [this.#marking],
      ...props,
    });
    this.#refs.push(id);
    return id;
  }

  #report(props: Json, labels: string[], refs: Json[] = []): void {
    const documentNumber = this.#p["documentNumber"];
    this.#sdo("report", "report", {
      published: this.#time,
      ...props,
      ...(labels.length ? { labels } : {}),
      object_refs: [...this.#refs],
      external_references: [
        { source_name: "tongbao", external_id: this.#m.id, description: this.#m.type },
        ...(typeof documentNumber === "string" && documentNumber
          ? [{ source_name: "tongbao-document-number", external_id: documentNumber }]
          : []),
        ...refs,
      ],
    });
    // The report goes first: readers that take the first object as the subject find it.
    this.objects.unshift(this.objects.pop()!);
  }

  /** Indicators with a pattern; CVE and CNVD ids as vulnerabilities (STIX has no pattern for them). */
  #indicators(list: unknown): void {
    (Array.isArray(list) ? (list as Json[]) : []).forEach((ind, i) => {
      const type = String(ind["type"] ?? "");
      const value = String(ind["value"] ?? "");
      const description = typeof ind["description"] === "string" ? ind["description"] : "";
      const desc = description ? { description } : {};
      if (isPatterned(type)) {
        this.#sdo("indicator", `indicator/${i}`, {
          name: value,
          ...desc,
          indicator_types: ["malicious-activity"],
          pattern: indicatorPattern(type, value),
          pattern_type: "stix",
          pattern_version: "2.1",
          valid_from: this.#time,
        });
      } else if (type === "INDICATOR_TYPE_CVE" || type === "INDICATOR_TYPE_CNVD") {
        this.#sdo("vulnerability", `indicator/${i}`, {
          name: value,
          ...desc,
          external_references: [
            { source_name: sourceOfVulnerabilityId(value), external_id: value },
          ],
        });
      }
    });
  }

  #measures(list: unknown): void {
    (Array.isArray(list) ? (list as unknown[]) : []).forEach((measure, i) => {
      if (typeof measure === "string" && measure) {
        this.#sdo("course-of-action", `measure/${i}`, { name: measure });
      }
    });
  }

  #organisation(role: string, e: unknown): void {
    const name = (e as Json | undefined)?.["name"];
    if (typeof name === "string" && name) {
      this.#sdo("identity", role, { name, identity_class: "organization" });
    }
  }

  bulletin(): void {
    const p = this.#p;
    this.#indicators(p["indicators"]);
    if (typeof p["threatName"] === "string" && p["threatName"]) {
      this.#sdo("malware", "threat", { name: p["threatName"], is_family: true });
    }
    this.#measures(p["recommendedMeasures"]);
    this.#report(
      {
        name: p["title"],
        ...(p["summary"] ? { description: p["summary"] } : {}),
        report_types: ["threat-report"],
      },
      [
        ...label("kind", p["kind"], "BULLETIN_KIND"),
        ...label("category", p["category"], "INCIDENT_CATEGORY"),
        ...label("severity", p["severity"], "SEVERITY"),
      ],
    );
  }

  vulnerabilityNotice(): void {
    const p = this.#p;
    const identifiers = (Array.isArray(p["identifiers"]) ? p["identifiers"] : []) as Json[];
    const primary =
      identifiers.find((i) => i["scheme"] === "IDENTIFIER_SCHEME_CVE") ?? identifiers[0];
    const refs: Json[] = identifiers.map((i) => ({
      source_name: SCHEME_SOURCES[String(i["scheme"])] ?? "vendor",
      external_id: i["value"],
    }));
    if (typeof p["cweId"] === "string" && p["cweId"]) {
      refs.push({ source_name: "cwe", external_id: p["cweId"] });
    }
    for (const url of (p["referenceUrls"] as string[] | undefined) ?? []) {
      refs.push({ source_name: "reference", url });
    }
    this.#sdo("vulnerability", "vulnerability", {
      name: primary?.["value"] ?? p["title"],
      ...(p["description"] ? { description: p["description"] } : {}),
      external_references: refs,
    });
    for (const product of (p["products"] as Json[] | undefined) ?? []) this.#software(product);
    if (typeof p["mitigation"] === "string" && p["mitigation"]) {
      this.#sdo("course-of-action", "mitigation", {
        name: `处置建议 ${String(primary?.["value"] ?? p["title"])}`,
        description: p["mitigation"],
      });
    }
    this.#report(
      {
        name: p["title"],
        ...(p["description"] ? { description: p["description"] } : {}),
        report_types: ["vulnerability"],
      },
      [
        ...label("severity", p["severity"], "SEVERITY"),
        ...label("exploit", p["exploitStatus"], "EXPLOIT_STATUS"),
      ],
    );
  }

  /** An affected product as a software SCO, its id from its contributing properties. */
  #software(product: Json): void {
    const props: Json = {
      name: product["product"],
      ...(product["cpe"] ? { cpe: product["cpe"] } : {}),
      ...(product["vendor"] ? { vendor: product["vendor"] } : {}),
    };
    const contributing = Object.fromEntries(
      Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const id = `software--${uuidV5(SCO_NAMESPACE, JSON.stringify(contributing))}`;
    if (!this.objects.some((o) => o.id === id)) {
      this.objects.push({ type: "software", spec_version: "2.1", id, ...props });
    }
    if (!this.#refs.includes(id)) this.#refs.push(id);
  }

  exposure(): void {
    const p = this.#p;
    const ip = String(p["ip"] ?? "");
    const port = Number(p["port"] ?? 0);
    const transport = String(p["transport"] ?? "")
      .replace(/^TRANSPORT_PROTOCOL_/, "")
      .toLowerCase();
    const protocol = typeof p["protocol"] === "string" ? p["protocol"] : "";
    const firstSeen = typeof p["firstSeenTime"] === "string" ? p["firstSeenTime"] : this.#time;
    const lastSeen = typeof p["lastSeenTime"] === "string" ? p["lastSeenTime"] : undefined;
    const indicator = this.#sdo("indicator", "service", {
      name: `${ip}:${port}${protocol ? `/${protocol}` : ""}`,
      indicator_types: ["anomalous-activity"],
      pattern: exposurePattern(ip, port, transport === "unspecified" ? "" : transport),
      pattern_type: "stix",
      pattern_version: "2.1",
      valid_from: new Date(firstSeen).toISOString(),
    });
    this.#sdo("sighting", "sighting", {
      sighting_of_ref: indicator,
      where_sighted_refs: [this.#signer],
      first_seen: new Date(firstSeen).toISOString(),
      ...(lastSeen ? { last_seen: new Date(lastSeen).toISOString() } : {}),
      ...(p["riskDescription"] ? { description: p["riskDescription"] } : {}),
    });
    ((p["vulnerabilityIds"] as string[] | undefined) ?? []).forEach((v, i) =>
      this.#sdo("vulnerability", `vulnerability/${i}`, {
        name: v,
        external_references: [{ source_name: sourceOfVulnerabilityId(v), external_id: v }],
      }),
    );
    this.#organisation("owner", p["owner"]);
    this.#report(
      {
        name: `${protocol || "service"} exposed at ${ip}:${port}`,
        ...(p["riskDescription"] ? { description: p["riskDescription"] } : {}),
        report_types: ["observed-data"],
      },
      [
        ...label("risk", p["riskLevel"], "SEVERITY"),
        ...(protocol ? [`tongbao:protocol=${protocol}`] : []),
      ],
    );
  }

  incident(): void {
    const p = this.#p;
    this.#sdo("incident", "incident", {
      name: p["title"],
      ...(p["summary"] ? { description: p["summary"] } : {}),
      ...incidentCustomProperties(p),
    });
    this.#indicators(p["indicators"]);
    this.#organisation("enterprise", p["reportingEnterprise"]);
    this.#report(
      {
        name: p["title"],
        ...(p["summary"] ? { description: p["summary"] } : {}),
        report_types: ["threat-report"],
      },
      [
        ...label("phase", p["phase"], "REPORT_PHASE"),
        ...label("grade", p["grade"], "INCIDENT_GRADE"),
        ...label("category", p["category"], "INCIDENT_CATEGORY"),
      ],
      typeof p["incidentId"] === "string" && p["incidentId"]
        ? [{ source_name: "tongbao-incident", external_id: p["incidentId"] }]
        : [],
    );
  }
}
