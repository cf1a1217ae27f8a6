import { open } from "node:fs/promises";
import { decodeBody, readFrame, type DecodedRecord } from "./record-codec.js";
import { decodeSegmentHeader, SEGMENT_HEADER_BYTES } from "./segment-files.js";

const CHUNK_BYTES = 4 * 1024 * 1024;

/** What reading a whole segment found. */
export interface SegmentScan {
  /** Base sequence from the header; undefined when the header itself is missing or bad. */
  baseSeq: number | undefined;
  /** File size on disk. */
  size: number;
  /** Offset just past the last whole, valid record. */
  validEnd: number;
  /** The first bad spot, when the segment does not end cleanly after its last record. */
  damage?: { offset: number; reason: string };
}

/**
 * Reads a segment front to back in large chunks, handing each valid record to `visit` with
 * its file offset and length, and stops at the first record that is cut short or fails its
 * checksum. Memory stays at one chunk (or one record, if a record is larger).
 */
export async function scanSegment(
  path: string,
  visit: (record: DecodedRecord, offset: number, length: number) => void,
): Promise<SegmentScan> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, SEGMENT_HEADER_BYTES, 0);
    const baseSeq = decodeSegmentHeader(header.subarray(0, bytesRead));
    if (baseSeq === undefined) {
      return { baseSeq, size, validEnd: 0, damage: { offset: 0, reason: "bad segment header" } };
    }

    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let base = SEGMENT_HEADER_BYTES; // file offset of buf[0]
    let len = 0; // bytes of buf holding file data
    let at = 0; // parse position within buf
    for (;;) {
      const frame = readFrame(buf, at, len);
      if (frame.status === "ok") {
        let decoded: DecodedRecord;
        try {
          decoded = decodeBody(buf, frame.bodyStart, frame.bodyEnd);
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          return { baseSeq, size, validEnd: base + at, damage: { offset: base + at, reason } };
        }
        visit(decoded, base + at, frame.bodyEnd - at);
        at = frame.bodyEnd;
        continue;
      }
      const offset = base + at;
      if (frame.status === "corrupt") {
        return { baseSeq, size, validEnd: offset, damage: { offset, reason: frame.reason } };
      }
      if (offset + frame.need > size) {
        if (offset === size) return { baseSeq, size, validEnd: size };
        return {
          baseSeq,
          size,
          validEnd: offset,
          damage: { offset, reason: `record cut short (${size - offset} of its bytes present)` },
        };
      }
      // Keep the unparsed tail, then read more behind it.
      const rest = len - at;
      const target = Math.max(CHUNK_BYTES, frame.need);
      const next = target > buf.length ? Buffer.allocUnsafe(target) : buf;
      buf.copy(next, 0, at, len);
      buf = next;
      base = offset;
      at = 0;
      len = rest;
      const read = await handle.read(buf, len, buf.length - len, base + len);
      if (read.bytesRead === 0) {
        return { baseSeq, size, validEnd: offset, damage: { offset, reason: "file shrank" } };
      }
      len += read.bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `offset` of a file. */
export async function readRange(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(buf, done, length - done, offset + done);
      if (bytesRead === 0) throw new RangeError(`${path} ends before offset ${offset + length}`);
      done += bytesRead;
    }
    return buf;
  } finally {
    await handle.close();
  }
}
