import { open, readdir, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { crc32 } from "node:zlib";

/*
 * A segment file starts with a 24-byte header: "TBOUTBOX", u32 version, u64 base sequence
 * (the next outbox sequence when the segment was created), u32 crc32 of the 20 bytes before.
 * The base sequence keeps sequences increasing even after every record was compacted away.
 */

export const SEGMENT_HEADER_BYTES = 24;
const MAGIC = Buffer.from("TBOUTBOX", "latin1");
const VERSION = 1;
const NAME = /^(\d{8})\.log$/;

export function segmentName(id: number): string {
  return `${String(id).padStart(8, "0")}.log`;
}

/** Segment ids present in `dir`, oldest first. */
export async function listSegments(dir: string): Promise<number[]> {
  const ids: number[] = [];
  for (const name of await readdir(dir)) {
    const m = NAME.exec(name);
    if (m?.[1]) ids.push(Number(m[1]));
  }
  return ids.sort((a, b) => a - b);
}

export function encodeSegmentHeader(baseSeq: number): Buffer {
  const buf = Buffer.alloc(SEGMENT_HEADER_BYTES);
  MAGIC.copy(buf, 0);
  buf.writeUInt32LE(VERSION, 8);
  buf.writeUInt32LE(baseSeq % 0x1_0000_0000, 12);
  buf.writeUInt32LE(Math.floor(baseSeq / 0x1_0000_0000), 16);
  buf.writeUInt32LE(crc32(buf.subarray(0, 20)), 20);
  return buf;
}

/** The base sequence from a segment header, or undefined when the header is not valid. */
export function decodeSegmentHeader(buf: Buffer): number | undefined {
  if (buf.length < SEGMENT_HEADER_BYTES) return undefined;
  if (!buf.subarray(0, 8).equals(MAGIC) || buf.readUInt32LE(8) !== VERSION) return undefined;
  if (crc32(buf.subarray(0, 20)) !== buf.readUInt32LE(20)) return undefined;
  return buf.readUInt32LE(12) + buf.readUInt32LE(16) * 0x1_0000_0000;
}

/** Makes a directory entry change (create, unlink, rename) durable. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates a segment with its header, durable (file and directory entry) before it is used,
 * so a crash can never leave a record in a segment the next open cannot find.
 */
export async function createSegment(dir: string, id: number, baseSeq: number): Promise<FileHandle> {
  const handle = await open(join(dir, segmentName(id)), "wx");
  try {
    await handle.write(encodeSegmentHeader(baseSeq), 0, SEGMENT_HEADER_BYTES, 0);
    await handle.datasync();
    await syncDir(dir);
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}
