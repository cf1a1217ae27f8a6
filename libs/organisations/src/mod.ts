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
  durableReplicas,
  durablesOf,
  isDurableOf,
  multiFilterConsumers,
  trackerDurable,
  type DurablePlacement,
  type OrganisationDurable,
} from "./durables.js";
export {
  NATIONAL_TOPOLOGY_FILE,
  homeOf,
  homedOn,
  loadTopology,
  validateTopology,
  type Home,
  type NationalTopology,
  type Province,
} from "./national-topology.js";
export { nationalAccounts, type ServerAccounts } from "./topology-accounts.js";
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
export { MAX_PAYLOAD, brokerConfig, type BrokerUsers, type LinkUser } from "./broker-config.js";
export {
  DEFAULT_PORTS,
  NATIONAL_PORTS,
  DEFAULT_URL,
  DEV_KEY_FILES,
  ENV,
  OPERATOR,
  dataLayout,
  type DataLayout,
} from "./layout.js";
export { randomSecret, recordDevelopmentSecret } from "./development-secrets.js";
export {
  busAddress,
  connectAs,
  connectionOptions,
  type BusAddress,
  type ConnectAsOptions,
} from "./connect.js";
export { parseServerList } from "./server-list.js";
export {
  COMMAND_CONNECT_DEADLINE_MS,
  connectDeadlineMs,
  isStartupRetryable,
  retryStartup,
  type StartupAttempt,
  type StartupRetry,
} from "./startup-retry.js";
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
export { PROVINCES, type Province as ProvinceAuthorities } from "./provinces.js";
export { subOffices, type SubOffice } from "./sub-offices.js";
