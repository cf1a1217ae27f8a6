import type { StixObject } from "./types.js";

type Json = Record<string, unknown>;

/**
 * IncidentReport fields STIX has no property for: STIX 2.1's `incident` is a stub (name and
 * description), and the report's labels carry only phase, grade and category. They travel
 * as custom properties of the incident object (STIX 2.1 §11.1), `x_tongbao_<field in snake
 * case>`, each value verbatim in its proto3 JSON form, so a bundle read back gives the
 * payload it was made from. Title, summary, indicators, incidentId, phase, grade and
 * category keep their STIX homes (name, description, indicator objects, external reference,
 * labels), which other platforms read.
 */
export const INCIDENT_CUSTOM_FIELDS = [
  "subcategory",
  "occurredTime",
  "discoveredTime",
  "resolvedTime",
  "affectedObject",
  "scope",
  "harm",
  "measuresTaken",
  "recommendations",
  "criticalInfrastructure",
  "dataLevelAffected",
  "recordsLeaked",
  "peopleAffected",
  "outageHours",
  "economicLossYuan",
  "productionSafetyAccident",
  "environmentalEmergency",
  "reportingEnterprise",
  "contact",
  "causeAnalysis",
  "accountability",
  "attachments",
] as const;

export const CUSTOM_PREFIX = "x_tongbao_";

/** `occurredTime` → `x_tongbao_occurred_time`. */
export function customPropertyOf(field: string): string {
  return `${CUSTOM_PREFIX}${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

const FIELD_OF_PROPERTY = new Map<string, string>(
  INCIDENT_CUSTOM_FIELDS.map((f) => [customPropertyOf(f), f]),
);

/** The custom properties of an IncidentReport payload (proto3 JSON) for its incident object. */
export function incidentCustomProperties(payload: Json): Json {
  const out: Json = {};
  for (const field of INCIDENT_CUSTOM_FIELDS) {
    if (payload[field] !== undefined) out[customPropertyOf(field)] = payload[field];
  }
  return out;
}

/** The payload fields an incident object's custom properties carry back. */
export function incidentFieldsOf(incident: StixObject): Json {
  const out: Json = {};
  for (const [property, value] of Object.entries(incident)) {
    const field = FIELD_OF_PROPERTY.get(property);
    if (field && value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * An `x_tongbao_` property that carries nothing (a misspelling, or one on an object other
 * than an incident): named so it is not silently dropped.
 */
export function unknownTongbaoProperty(o: StixObject): string | undefined {
  return Object.keys(o).find(
    (p) => p.startsWith(CUSTOM_PREFIX) && (o.type !== "incident" || !FIELD_OF_PROPERTY.has(p)),
  );
}
