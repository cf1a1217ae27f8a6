// Publisher: signed group commits through the durable outbox.
export { Publisher } from "./publisher.js";
export { draftMessage, type MessageDraft, type Route } from "./message-draft.js";
export { isUuidv7, uuidv7, uuidv7Time } from "./message-id.js";
export { ProducerChains, type ChainHead } from "./producer-chains.js";
export type { PublishInput, PublishResult, PublisherOptions, PublisherStats } from "./types.js";
