import { open, unlink } from "node:fs/promises";
import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import type { Logger } from "pino";
import { readChainSnapshot } from "./chain-snapshot.js";
import type { JournalEntry, SegmentState } from "./journal-entry.js";
import type { DecodedRecord } from "./record-codec.js";
import { listSegments, segmentName, syncDir } from "./segment-files.js";
import { scanSegment } from "./segment-scan.js";
import type { ChainEntry, OutboxRecord } from "./types.js";

/** The journal's state as rebuilt from disk. */
export interface RecoveredJournal {
  /** Oldest first. The last one, when present, is appended to. */
  segments: SegmentState[];
  /** Un-acknowledged PUTs, in sequence order. */
  index: Map<number, JournalEntry>;
  chains: Map<string, ChainEntry>;
  nextSeq: number;
  residentBytes: number;
}

/** Latest meta wins per subject, by outbox sequence (a rewritten copy never overrides). */
export function applyChainMeta(
  chains: Map<string, ChainEntry>,
  seq: number,
  record: OutboxRecord,
): boolean {
  const meta = record.meta;
  if (!meta) return false;
  const current = chains.get(record.subject);
  if (current && current.seq >= seq) return false;
  chains.set(record.subject, { seq, meta });
  return true;
}

/**
 * Scans every segment in order: PUTs enter the index, ACKs remove them, so the index ends
 * holding exactly the un-acknowledged records. Only the newest segment may end in a torn
 * record (older ones were fsync'ed whole before the next was created); it is truncated to
 * its last valid record. Damage anywhere else is corruption and stops the open.
 */
export async function recoverJournal(
  dir: string,
  maxResidentBytes: number,
  logger: Logger,
): Promise<RecoveredJournal> {
  const chains = await readChainSnapshot(dir);
  const ids = await listSegments(dir);
  const segments: SegmentState[] = [];
  const byId = new Map<number, SegmentState>();
  const index = new Map<number, JournalEntry>();
  let nextSeq = 1;
  let residentBytes = 0;

  const forget = (entry: JournalEntry) => {
    const seg = byId.get(entry.segment);
    if (seg) {
      seg.live--;
      seg.liveBytes -= entry.length;
    }
    if (entry.record) residentBytes -= entry.dataBytes;
  };

  for (const [i, id] of ids.entries()) {
    const path = join(dir, segmentName(id));
    const seg: SegmentState = { id, live: 0, liveBytes: 0, size: 0 };
    byId.set(id, seg);
    const visit = (rec: DecodedRecord, offset: number, length: number) => {
      if (rec.type === "put") {
        const { put } = rec;
        nextSeq = Math.max(nextSeq, put.seq + 1);
        applyChainMeta(chains, put.seq, put.record);
        const previous = index.get(put.seq);
        // A second copy of a sequence is a rewrite by compaction: the later copy counts.
        if (previous) forget(previous);
        const dataBytes = put.record.data.byteLength;
        const keep = residentBytes + dataBytes <= maxResidentBytes;
        if (keep) residentBytes += dataBytes;
        const entry: JournalEntry = {
          seq: put.seq,
          enqueuedAt: put.enqueuedAt,
          dataBytes,
          record: keep ? put.record : undefined,
          segment: id,
          offset,
          length,
          acked: false,
        };
        index.set(put.seq, entry);
        seg.live++;
        seg.liveBytes += length;
        return;
      }
      for (const [first, last] of rec.ranges) {
        if (last - first + 1 > index.size) {
          for (const [seq, entry] of index) {
            if (seq >= first && seq <= last) {
              forget(entry);
              index.delete(seq);
            }
          }
          continue;
        }
        for (let seq = first; seq <= last; seq++) {
          const entry = index.get(seq);
          if (entry) {
            forget(entry);
            index.delete(seq);
          }
        }
      }
    };
    const scan = await scanSegment(path, visit);
    const newest = i === ids.length - 1;
    if (scan.damage && !newest) {
      throw new TongbaoError(
        "TB_ERR_OUTBOX",
        `outbox journal segment ${path} is damaged at offset ${scan.damage.offset} ` +
          `(${scan.damage.reason}); only the newest segment can end in a torn record`,
        { retryable: false, details: { path, ...scan.damage } },
      );
    }
    if (scan.baseSeq === undefined) {
      // The newest segment died while being created, before any record could enter it.
      logger.warn({ path }, "removing an outbox segment whose creation was cut short");
      await unlink(path);
      await syncDir(dir);
      byId.delete(id);
      continue;
    }
    nextSeq = Math.max(nextSeq, scan.baseSeq);
    if (scan.damage) {
      logger.warn(
        { path, offset: scan.damage.offset, discarded: scan.size - scan.validEnd },
        `outbox journal ends in a torn record (${scan.damage.reason}); truncating it`,
      );
      const handle = await open(path, "r+");
      try {
        await handle.truncate(scan.validEnd);
        await handle.datasync();
      } finally {
        await handle.close();
      }
    }
    seg.size = scan.validEnd;
    segments.push(seg);
  }

  const ordered = new Map([...index.entries()].sort((a, b) => a[0] - b[0]));
  return { segments, index: ordered, chains, nextSeq, residentBytes };
}
