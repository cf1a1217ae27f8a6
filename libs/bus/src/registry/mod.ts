export { Registry } from "./registry.js";
export { AdminKeys } from "./admin-keys.js";
export {
  encryptionKeyIdFor,
  generateAdminSigner,
  generateSigner,
  keyIdFor,
  loadSigner,
  readAdminKeys,
} from "./dev-identity.js";
export { isKeyId, mergeKey, validAt } from "./key-records.js";
export {
  ENCRYPTION_KEY_EVENT_TYPE,
  KEY_EVENT_TYPE,
  ORGANIZATION_TYPE,
  encryptionKeyEntry,
  keyEntry,
  openEncryptionKeyEvent,
  openKeyEvent,
  openOrganization,
  orgEntry,
} from "./registry-events.js";
export {
  ADMIN_ORG,
  type AdminKey,
  type EncryptionAlgorithm,
  type EncryptionKeyEvent,
  type EncryptionKeyInfo,
  type NewEncryptionKey,
  type KeyEvent,
  type NewSigningKey,
  type Organization,
  type OrganizationInit,
  type RegistryOptions,
  type RegistryStats,
  type WriteOptions,
} from "./types.js";
