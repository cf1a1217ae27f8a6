// @tongbao/organisations: the organisation profile and everything derived from it. The
// profile type and its loader, the subscription filters, the durables, the broker accounts,
// the data layout and how a service or command connects: each has this one home.
export type {
  Behaviour,
  BroadcastSubscription,
  DepartmentProfile,
  StatusName,
  TlpName,
} from "./profile.js";
export {
  PROFILE_SCHEMA_URL,
  jsonPointerToPath,
  loadProfile,
  validateProfile,
} from "./profile-loader.js";
export { DEPARTMENTS_DIR, busProfiles, loadProfiles } from "./profiles-dir.js";
export { subjectMatches, subscriptionFilters } from "./subscriptions.js";
export {
  durablesOf,
  isDurableOf,
  multiFilterConsumers,
  trackerDurable,
  type OrganisationDurable,
} from "./durables.js";
export { TRACKER_ORGANIZATION, type PlatformOrganisation } from "./platform.js";
export {
  OWNER_ACCOUNT,
  departmentAccount,
  organisationAccounts,
  inboxPrefixFor,
  platformAccount,
  type Grant,
  type OrganisationAccount,
} from "./accounts.js";
export { MAX_PAYLOAD, brokerConfig, type BrokerUsers } from "./broker-config.js";
export {
  DEFAULT_PORTS,
  DEFAULT_URL,
  ENV,
  OPERATOR,
  dataLayout,
  type DataLayout,
} from "./layout.js";
export {
  busAddress,
  connectAs,
  connectionOptions,
  type BusAddress,
  type ConnectAsOptions,
} from "./connect.js";
export {
  provisionDurables,
  type DurableReport,
  type DurableSettings,
} from "./provision-durables.js";
export {
  checkProfileSet,
  generateProfiles,
  selectProvinces,
  type GenerateOptions,
} from "./generate-profiles.js";
export { PROVINCES, type Province } from "./provinces.js";
export { subOffices, type SubOffice } from "./sub-offices.js";
