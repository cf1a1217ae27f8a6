import { join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { decodeBody, readFrame } from "./record-codec.js";
import { segmentName } from "./segment-files.js";
import { readRange } from "./segment-scan.js";
import type { JournalEntry } from "./journal-entry.js";

/** Largest span read from a segment at once when bringing records back into memory. */
const MAX_READ_SPAN = 8 * 1024 * 1024;

/**
 * Reads the records of entries held only on disk back into memory: entries are grouped by
 * segment and read in runs of neighbouring records, one read per run instead of one per record.
 * Returns the payload bytes brought in.
 */
export async function loadRecords(dir: string, entries: readonly JournalEntry[]): Promise<number> {
  const wanted = entries
    .filter((e) => e.record === undefined && !e.acked && e.segment >= 0)
    .sort((a, b) => a.segment - b.segment || a.offset - b.offset);
  let loaded = 0;
  let i = 0;
  while (i < wanted.length) {
    const first = wanted[i] as JournalEntry;
    let j = i + 1;
    let end = first.offset + first.length;
    while (j < wanted.length) {
      const e = wanted[j] as JournalEntry;
      if (e.segment !== first.segment || e.offset + e.length - first.offset > MAX_READ_SPAN) break;
      end = Math.max(end, e.offset + e.length);
      j++;
    }
    const path = join(dir, segmentName(first.segment));
    const buf = await readRange(path, first.offset, end - first.offset);
    for (const e of wanted.slice(i, j)) {
      const at = e.offset - first.offset;
      const frame = readFrame(buf, at, at + e.length);
      const decoded =
        frame.status === "ok" ? decodeBody(buf, frame.bodyStart, frame.bodyEnd) : undefined;
      if (decoded?.type !== "put" || decoded.put.seq !== e.seq) {
        throw new TongbaoError(
          "TB_ERR_OUTBOX",
          `outbox record ${e.seq} is unreadable in ${path} at offset ${e.offset}`,
          { details: { reason: frame.status === "corrupt" ? frame.reason : "wrong record" } },
        );
      }
      if (!e.acked && e.record === undefined) {
        e.record = decoded.put.record;
        loaded += e.dataBytes;
      }
    }
    i = j;
  }
  return loaded;
}
