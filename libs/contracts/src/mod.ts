export { google, tongbao } from "./codegen.js";
export type { Contract } from "./types.js";
export type { FramedBytes } from "./sized-encode.js";
export {
  CONTRACTS,
  checkHeader,
  contractFor,
  contracts,
  headerContract,
  sealedPayloadContract,
} from "./registry.js";
export {
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  encodeHeader,
  type Header,
  type HeaderInit,
  type SignedEnvelope,
  type SignedEnvelopeInit,
} from "./envelope.js";
export {
  readEnvelope,
  type EnvelopeView,
  type MerklePath,
  type SignatureView,
} from "./envelope-view.js";
export { LIMITS } from "./limits.js";
// Reflection over the schemas, for tools that describe them (AsyncAPI, bundled .proto text).
export { reflectedType, type Protobuf } from "./reflection.js";
