// Replay: verified, filtered, audited reading of a stream range with bounded memory.
export { replay, type Replay } from "./replay.js";
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
