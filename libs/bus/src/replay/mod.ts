// Replay: verified, filtered, audited reading of a stream range with bounded memory.
export { replay, type Replay } from "./replay.js";
export { HashingPool, hashingPool } from "./hashing-pool.js";
export { compileFilter, type MessageMatcher } from "./replay-filter.js";
export type {
  ReplayFailure,
  ReplayFilter,
  ReplayOptions,
  ReplayPoint,
  ReplayProgress,
  ReplaySummary,
  ReplayedMessage,
} from "./types.js";
