// @tongbao/department: one organisation's service on the bus, with its HTTP API.
export {
  startDepartment,
  type RunningDepartment,
  type StartDepartmentOptions,
} from "./department.js";
export {
  DepartmentService,
  type DepartmentEvents,
  type DepartmentServiceOptions,
} from "./service/department-service.js";
export {
  parsePublishRequest,
  contractNamed,
  type PublishRequest,
} from "./service/publish-request.js";
export type { MessageStatus, RecipientStatus } from "./service/message-status.js";
export { redeliver, type RedeliverySummary } from "./replay/redelivery.js";
export {
  REDELIVERY_BATCH,
  parseRedelivery,
  type Redelivery,
  type RedeliveredMessage,
} from "./replay/replay-request.js";
export {
  createDepartmentApp,
  DepartmentModule,
  type DepartmentApp,
} from "./http/department-app.js";
export {
  prepareDevelopmentBus,
  type DevelopmentBus,
  type DevelopmentOrganization,
} from "./identity/bring-up.js";
export {
  DEV_KEY_FILES,
  ensureAdmin,
  ensureSigner,
  loadSigner,
  readAdminKeys,
} from "./identity/dev-keys.js";
export type { BehaviourNote, FollowedIncident } from "./behaviours/mod.js";
export type { InboxEntry, SentMessage } from "./inbox/types.js";
export { playDemo, DEMO_COMPLETE, type DemoOptions, type DemoRecord } from "./demo/demo.js";
export { narrate, shortType } from "./demo/narrator.js";
export {
  energyThreatBulletin,
  plcVulnerabilityNotice,
  safetyAccidentIncident,
} from "./demo/demo-messages.js";
export {
  CLOUDEVENTS_BATCH,
  CLOUDEVENTS_JSON,
  ORG_URN_PREFIX,
  cloudEventOf,
  natsBinaryOf,
  orgOfUrn,
  orgUrn,
  parseCloudEvent,
  publishRequestOf,
  verifyCloudEvent,
  type CloudEventVerdict,
  type TongbaoCloudEvent,
} from "./standards/cloudevents.js";
export {
  CAP_CARRIED,
  CAP_TYPES,
  CAP_XML,
  capAlertOf,
  capFeed,
  readCapAlert,
} from "./standards/cap.js";
export { asyncApiDocument, asyncApiMarkdown } from "./standards/asyncapi.js";
export { bundledProto } from "./standards/proto-text.js";
export type { RepublishOptions } from "./standards/republisher.js";
export { toStixBundle, toStixObjects, type ToStixOptions } from "./stix/to-stix.js";
export { fromStixBundle, type BundleReading, type StixMessage } from "./stix/from-stix.js";
export { readBundle } from "./stix/read-bundle.js";
export { publishStixBundle, type PublishedFromStix } from "./stix/publish-bundle.js";
export { setTaxiiSecret, TAXII_SECRET_MIN_LENGTH } from "./taxii/credentials.js";
export { ensureDevelopmentTaxiiSecrets, randomTaxiiSecret } from "./taxii/development-secrets.js";
