import type { OutboxRecord } from "./types.js";

/**
 * One PUT the stream has not acknowledged yet: the journal's in-memory index holds these and
 * nothing else, so memory follows the backlog, never the history.
 */
export interface JournalEntry {
  /** Outbox sequence: monotonic, local to this outbox directory. */
  readonly seq: number;
  /** When the record was accepted (epoch ms), kept across restarts. */
  readonly enqueuedAt: number;
  /** Payload bytes, for windows and stats. */
  readonly dataBytes: number;
  /** The record while held in memory; undefined while it lives only on disk. */
  record: OutboxRecord | undefined;
  /** Segment id holding the latest durable copy; -1 until the first copy is durable. */
  segment: number;
  /** Offset and length of that copy's frame within the segment. */
  offset: number;
  length: number;
  /** Set once the stream acknowledged it (or it was dead-lettered). */
  acked: boolean;
}

/** What the journal tracks per segment file. */
export interface SegmentState {
  readonly id: number;
  /** Un-acknowledged PUTs whose latest copy is in this segment. */
  live: number;
  /** Their frame bytes: decides whether rewriting them forward is cheap. */
  liveBytes: number;
  /** Bytes in the file (append position). */
  size: number;
}
