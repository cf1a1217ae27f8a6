// `@tongbao/bus/read`: what reading a stream back needs, and nothing of publishing or
// consuming. A command that only reads (`tongbao replay`, `tail`, `audit`) starts in about
// half the time through this face: the package's main face also loads the outbox, the
// publisher, the consumer, their logger (pino) and trace context (OpenTelemetry), which such
// a command never runs. Everything here is exported by the main face too.
export { replay, type Replay } from "./replay/replay.js";
export { compileFilter, type MessageMatcher } from "./replay/replay-filter.js";
export type {
  ReplayFailure,
  ReplayFilter,
  ReplayOptions,
  ReplayPoint,
  ReplayProgress,
  ReplaySummary,
  ReplayedMessage,
} from "./replay/types.js";
export { EnvelopeVerifier } from "./envelope/verifier.js";
export { readUnverified } from "./envelope/envelope-reader.js";
export { Registry } from "./registry/registry.js";
export { keyIdFor } from "./registry/dev-identity.js";
export { ADMIN_ORG, type AdminKey } from "./registry/types.js";
export { loadPrivateKey } from "./crypto/key-files.js";
export type { Signer } from "./crypto/types.js";
export { STREAMS, statusOfStream, streamForStatus } from "./topology.js";
export { isFamily } from "./subjects.js";
export { CheckpointLog } from "./checkpoint/checkpoint-log.js";
export { AdminKeys } from "./registry/admin-keys.js";
