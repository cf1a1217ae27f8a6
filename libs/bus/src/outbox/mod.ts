// The durable local outbox of the publisher: a group-committed journal plus a delivery pump.
export { Outbox } from "./outbox.js";
export { OutboxJournal, type JournalOptions } from "./journal.js";
export type { JournalEntry } from "./journal-entry.js";
export {
  jetStreamSender,
  classifyPublishError,
  type JetStreamSenderOptions,
} from "./jetstream-sender.js";
export {
  jetStreamPipelineSender,
  type JetStreamPipelineSenderOptions,
  type PipelineSender,
} from "./jetstream-pipeline-sender.js";
export { readDeadLetters, DEAD_LETTER_FILE } from "./dead-letter.js";
export { CHAINS_FILE } from "./chain-snapshot.js";
export { segmentName } from "./segment-files.js";
export type {
  ChainEntry,
  ChainState,
  ConnectionStatusSource,
  DeadLetter,
  OutboxEvents,
  OutboxOptions,
  OutboxRecord,
  OutboxSender,
  OutboxStats,
  SendResult,
} from "./types.js";
