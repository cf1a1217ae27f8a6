// Consumer: durable pull consumers, verification, quarantine, idempotency, gap detection.
export { Consumer, durableName } from "./consumer.js";
export {
  Acceptance,
  type Accepted,
  type AcceptanceOptions,
  type Arrival,
  type Verification,
} from "./acceptance.js";
export { DurablePuller, type DurableMessage, type DurablePullerOptions } from "./durable-puller.js";
export {
  ChainTracker,
  type ChainBreak,
  type ChainLink,
  type ChainTrackerOptions,
} from "./chain-tracker.js";
export {
  Quarantine,
  QuarantineHeaders,
  readQuarantineRecord,
  type QuarantineEntry,
  type QuarantineRecord,
} from "./quarantine.js";
export { RecentIds, type SeenIds } from "./seen-ids.js";
export type { ConsumerOptions, ConsumerStats, DeliveredMessage, MessageHandler } from "./types.js";
