// @tongbao/bus: the bus core. Each block is one module's public API.

// Subject scheme (subjects.ts is the one place for it).
export {
  ADDRESSED_FAMILIES,
  ALL_SECTORS,
  FAMILIES,
  SECTOR_TOKENS,
  addressedSubject,
  auditSubject,
  broadcastSubject,
  familyOf,
  filterSubjects,
  isFamily,
  isOrgId,
  parseSubject,
  quarantineSubject,
  routesFor,
  sectorToken,
  sectorValue,
  statusSubjects,
  statusToken,
  type Family,
  type FilterProfile,
  type ParsedSubject,
  type RouteHeader,
  type StatusToken,
} from "./subjects.js";
