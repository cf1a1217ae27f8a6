export type { PayloadProtection } from "./payload-protection.js";
export type {
  EnvelopeVerifierOptions,
  KeyResolver,
  MessageVerifier,
  SealedBatch,
  SealItem,
  SigningKeyInfo,
  VerifiedEnvelope,
  VerifyContext,
} from "./types.js";
export { EnvelopeVerifier } from "./verifier.js";
export { MAX_BATCH, sealBatch, sealBatchWithDigests } from "./seal.js";
export {
  encodeHeaderFor,
  signedTimeMs,
  timestampMs,
  toTimestamp,
  type TimestampLike,
} from "./header-fields.js";
export { readUnverified } from "./envelope-reader.js";
export { checkSubject } from "./subject-check.js";
