/** A STIX 2.1 object as JSON: its common properties typed, the rest by type. */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: string;
  modified?: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

/** What the mapping needs of a Tongbao message: an inbox entry has all of it. */
export interface StixSource {
  id: string;
  /** Full type name, e.g. tongbao.bulletin.v1.ThreatBulletin. */
  type: string;
  /** The signing organisation. */
  source: string;
  /** CLEAR, GREEN, AMBER, AMBER_STRICT, RED. */
  tlp: string;
  /** When the bus stored it (RFC 3339): the STIX objects' created, modified and published. */
  storedAt: string;
  /** The payload in the contract's JSON form. */
  payload: Record<string, unknown>;
}

export const BULLETIN = "tongbao.bulletin.v1.ThreatBulletin";
export const VULNERABILITY = "tongbao.vulnerability.v1.VulnerabilityNotice";
export const EXPOSURE = "tongbao.exposure.v1.ExposureFinding";
export const INCIDENT = "tongbao.incident.v1.IncidentReport";
/** The families STIX carries. */
export const STIX_TYPES = [BULLETIN, VULNERABILITY, EXPOSURE, INCIDENT] as const;
