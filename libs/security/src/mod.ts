// @tongbao/security: broker security generated from the organisation profiles, development
// TLS certificates, and encryption of TLP:RED payloads to their named recipients.
export type { UserCredentials } from "./types.js";
export { ensureUsers } from "./nats-auth.js";
export {
  exportRedPrivateKey,
  generateRedKeyPair,
  importRedPrivateKey,
  loadRedPrivateKey,
  redKeyRecord,
  saveRedPrivateKey,
  type RedKeyPair,
  type RedRecipient,
} from "./red-keys.js";
export {
  decryptRedPayload,
  encryptRedPayload,
  readSealedPayload,
  redRecipients,
  type SealedPayloadInfo,
} from "./red-payload.js";
export { redCipher, type RedSuiteName } from "./red-suites.js";
export {
  generateDevCertificates,
  tlsClusterConfig,
  tlsServerConfig,
  type DevCertificateOptions,
  type DevCertificates,
} from "./dev-certificates.js";
export { writeSecurityFiles, type SecurityFiles } from "./security-files.js";
export {
  LEAF_LINK_DENY,
  leafLinkPermissions,
  leafRemoteConfig,
  leafUserName,
  writeLeafRemote,
  writeTopologySecurityFiles,
  type ServerSecurity,
  type TopologySecurityFiles,
} from "./topology-security.js";
export {
  redPayloadProtection,
  redPayloadsSealed,
  type RedKeyDirectory,
  type RedProtectionOptions,
} from "./red-protection.js";
export { SERVER_ADVISORIES, serverAdvisories, type ServerAdvisory } from "./server-version.js";
export { pidFile, secureServerConfig } from "./server-config.js";
