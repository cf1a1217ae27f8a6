export { Registry } from "./registry.js";
export { AdminKeys } from "./admin-keys.js";
export { generateAdminSigner, generateSigner, keyIdFor } from "./dev-identity.js";
export { isKeyId, mergeKey } from "./key-records.js";
export {
  KEY_EVENT_TYPE,
  ORGANIZATION_TYPE,
  keyEntry,
  openKeyEvent,
  openOrganization,
  orgEntry,
} from "./registry-events.js";
export {
  ADMIN_ORG,
  type AdminKey,
  type KeyEvent,
  type NewSigningKey,
  type Organization,
  type OrganizationInit,
  type RegistryOptions,
  type RegistryStats,
  type WriteOptions,
} from "./types.js";
