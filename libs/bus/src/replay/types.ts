import type { NatsConnection } from "@nats-io/transport-node";
import type { Header } from "@tongbao/contracts";
import type { ErrorCode } from "@tongbao/errors";
import type { Logger } from "pino";
import type { ChainBreak } from "../consumer/chain-tracker.js";
import type { CheckpointLog } from "../checkpoint/checkpoint-log.js";
import type { MessageVerifier } from "../envelope/mod.js";
import type { HashingPool } from "./hashing-pool.js";

/** Where a replay starts or ends: a stream sequence, or the time the stream stored a message. */
export type ReplayPoint = { seq: number } | { time: Date };

/** Which messages a replay yields. The subject filter runs on the server; the rest here. */
export interface ReplayFilter {
  /** One subject, wildcards allowed (servers before 2.10 take a single filter per consumer). */
  subject?: string;
  /** Header.type, one or several. */
  type?: string | readonly string[];
  /** Header.source, one or several. */
  origin?: string | readonly string[];
  /** Recipient of addressed copies (the `to.<recipient>` of the subject). */
  recipient?: string;
  /** TLP values (tongbao.common.v1.Tlp) to keep. */
  marking?: readonly number[];
  /** Signed Header.time within [from, to). */
  timeWindow?: { from?: Date; to?: Date };
}

export interface ReplayOptions {
  nc: NatsConnection;
  /** Verifies each message (with its subject and storage time); see `verify`. */
  verifier: MessageVerifier;
  stream: string;
  from: ReplayPoint;
  /** Last point, inclusive; by default the end of the stream when the replay starts. */
  to?: ReplayPoint;
  filter?: ReplayFilter;
  /** Verify every message (default true). Unverified replay is for operators' inspection only. */
  verify?: boolean;

  /** Called at most every `progressIntervalMs` (500 ms) while running, and once at the end. */
  onProgress?: (progress: ReplayProgress) => void;
  progressIntervalMs?: number;
  /** Who replays and why: recorded in TB_AUDIT before the first message is read. */
  audit: { actor: string; reason: string };
  /**
   * Bytes per pull (4 MiB, at most 1,000 messages). A pull goes out only when what is asked
   * for and not yet read falls to two batches, so a replay holds at most three times this in
   * memory, whatever the range and however slowly the caller reads.
   */
  batchBytes?: number;
  /**
   * Hash the envelopes and check their signatures in worker threads, a few chunks ahead of
   * verifying them (default: for ranges of 2,048 messages or more, where it pays for itself;
   * shorter ones run on this thread). Needs a verifier with `verifyHashed` (EnvelopeVerifier);
   * otherwise everything runs here.
   */
  hashingThread?: boolean;
  /** The worker pool to use (default: the process's, one worker per core). */
  pool?: HashingPool;
  /**
   * The stream's checkpoints (CheckpointLog, opened and checked by the caller). A range one
   * of them seals, read whole, is verified by that checkpoint's signature and by recomputing
   * the range's tree, not by each message's own signature; every other check still runs per
   * message. Needs an EnvelopeVerifier; see libs/bus/src/replay/README.md for the trust model.
   */
  checkpoints?: CheckpointLog;
  /** Check every originator's own signature even where a checkpoint covers the range. */
  full?: boolean;
  logger?: Logger;
}

/** One message of a replay. */
export interface ReplayedMessage {
  seq: number;
  subject: string;
  /** When the stream stored it. */
  storedAt: Date;
  /** The stored bytes (a serialised SignedEnvelope). */
  data: Uint8Array;
  header: Header;
  /** The exact signed payload bytes; decode with `contractFor(header.type)`. */
  payloadBytes: Uint8Array;
  /** True when the signature, key window and subject checked out. */
  verified: boolean;
  /** Key that signed it (verified messages only). */
  keyId?: string;
  /** Its signed digest (verified messages only): a leaf of its batch's and checkpoint's trees. */
  digest?: Uint8Array;
  /** Index of the checkpoint that stood for its signature, when one did. */
  checkpoint?: number;
}

export interface ReplayFailure {
  seq: number;
  subject: string;
  code: ErrorCode | string;
  message: string;
}

export interface ReplayProgress {
  /** Messages read from the stream so far. */
  scanned: number;
  /** Of those, yielded (passed the filters). */
  matched: number;
  verified: number;
  failed: number;
  lastSeq: number;
  /** Stream sequence where the replay ends. */
  endSeq: number;
  elapsedMs: number;
}

export interface ReplaySummary extends ReplayProgress {
  stream: string;
  /** First and last stream sequence the replay covered (0 when it covered nothing). */
  firstSeq: number;
  /** Messages that failed verification (the first 1,000; `failed` counts them all). */
  failures: ReplayFailure[];
  /** Breaks found in producer chains (the first 1,000; `gapCount` counts them all). */
  gaps: ChainBreak[];
  gapCount: number;
  /** Ranges verified by their checkpoint, and the messages in them. */
  checkpoints: number;
  checkpointed: number;
  /** False when the reader stopped before the end. */
  complete: boolean;
  /** TB_AUDIT sequence of the record written at the start. */
  auditSeq: number;
}
