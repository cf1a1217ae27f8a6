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

// Crypto suites, digests and Merkle trees.
export {
  ALGORITHM_ED25519,
  ALGORITHM_SM2_SM3,
  type CryptoSuite,
  type SignatureAlgorithm,
  type Signer,
  type SuiteName,
} from "./crypto/types.js";
export { ED25519 } from "./crypto/ed25519.js";
export { SM2_DEFAULT_ID, SM2_SM3, sm2Za } from "./crypto/sm2.js";
export { SUITES, suiteFor, suiteNamed } from "./crypto/suites.js";
export {
  ENVELOPE_DOMAIN,
  MERKLE_ROOT_DOMAIN,
  messageDigest,
  messageDigestOf,
  rootSigningInput,
  sha256,
} from "./crypto/digest.js";
export { leafHash, merkleTree, nodeHash, rootFromPath, type MerkleTree } from "./crypto/merkle.js";
export { LogTree, subtreeRoot, verifyConsistency } from "./crypto/log-tree.js";
export {
  importPrivateKey,
  loadPrivateKey,
  readPrivateKeyFile,
  savePrivateKey,
} from "./crypto/key-files.js";

// Durable local outbox of the publisher (journal, delivery, JetStream sender).
export * from "./outbox/mod.js";

// Envelopes: sealing batches under one signature, verification.
export {
  EnvelopeVerifier,
  MAX_BATCH,
  checkSubject,
  encodeHeaderFor,
  readUnverified,
  sealBatch,
  sealBatchWithDigests,
  signedTimeMs,
  timestampMs,
  toTimestamp,
  type EnvelopeVerifierOptions,
  type KeyResolver,
  type MessageVerifier,
  type PayloadProtection,
  type SealItem,
  type SealedBatch,
  type SigningKeyInfo,
  type TimestampLike,
  type VerifiedEnvelope,
  type VerifyContext,
} from "./envelope/mod.js";

// Delivery: publisher, consumer (with quarantine and gap detection), replay, audit.
export * from "./publisher/mod.js";
export * from "./consumer/mod.js";
export * from "./audit/mod.js";
export * from "./replay/mod.js";
export * from "./checkpoint/mod.js";

// Streams and buckets: names, wanted configuration, idempotent provisioning with drift reports.
export {
  BUCKETS,
  STREAMS,
  bucketStream,
  provision,
  streamForStatus,
  statusOfStream,
  wantedStreams,
  type Drift,
  type ProvisionOptions,
  type ProvisionReport,
} from "./topology.js";
export {
  topologyConfig,
  type BucketSettings,
  type StreamSettings,
  type TopologyConfig,
  type TopologyConfigInput,
} from "./topology-config.js";
export {
  SOURCED_STREAMS,
  domainApi,
  leafStreams,
  provinceSources,
  provisionLeaf,
  sourceProvinces,
} from "./topology-national.js";

// Logs: pino JSON with key material and secrets redacted.
export { REDACTED, createLogger, redact, type CreateLoggerOptions } from "./logger.js";

// Registry of organisations and signing keys (tb_registry), admin-signed; dev identities.
export * from "./registry/mod.js";
export { scanStream, type ScannedMessage } from "./stream-scan.js";
export { serverHas, SERVER_FEATURES, type ServerFeature } from "./server-features.js";
export { MemberBucket } from "./member-bucket.js";

// W3C trace context beside messages (never signed).
export {
  TRACE_HEADERS,
  continueTrace,
  traceCarrierOf,
  traceHeaders,
  traceLogFields,
  type TraceCarrier,
  type TraceSpan,
} from "./trace/trace-context.js";
