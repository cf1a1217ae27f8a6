// @tongbao/security: broker security generated from the organisation profiles, development
// TLS certificates, and encryption of TLP:RED payloads to their named recipients.
export type { UserCredentials } from "./types.js";
export { ensureUsers } from "./nats-auth.js";
export {
  decryptRedPayload,
  encryptRedPayload,
  exportRedPrivateKey,
  generateRedKeyPair,
  importRedPrivateKey,
  redRecipients,
  type RedKeyPair,
  type RedRecipient,
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
export { redPayloadProtection, type RedProtectionOptions } from "./red-protection.js";
export { SERVER_ADVISORIES, serverAdvisories, type ServerAdvisory } from "./server-version.js";
export { pidFile, secureServerConfig } from "./server-config.js";
