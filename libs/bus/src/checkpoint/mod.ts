// Checkpoints: signed tree heads over verified stream ranges, a transparency log per stream.
export {
  CHECKPOINT_DOMAIN,
  checkpointSigningInput,
  decodeCheckpoint,
  encodeCheckpoint,
  signCheckpoint,
  type Checkpoint,
  type CheckpointHead,
} from "./checkpoint-head.js";
export { CheckpointLog, checkpointKey, type CheckpointLogOptions } from "./checkpoint-log.js";
export {
  CHECKPOINT_MAX_BYTES,
  CHECKPOINT_MAX_MESSAGES,
  sealCheckpoints,
  type SealOptions,
  type SealReport,
} from "./checkpoint-sealer.js";
