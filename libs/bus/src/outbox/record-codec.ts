import { crc32 } from "node:zlib";
import type { OutboxRecord } from "./types.js";

/*
 * Journal record layout (little-endian):
 *
 *   u32 bodyLength | u32 crc32(body) | body
 *   PUT body: u8 1 | u64 seq | f64 enqueuedAt | str subject | str msgId | map headers | map meta
 *             | u32 dataLength | data
 *   ACK body: u8 2 | u32 rangeCount | (u64 first, u64 last) * rangeCount
 *
 * str = u16 byteLength + UTF-8; map = u16 count + (str key, u32-prefixed value) * count.
 * The CRC covers the whole body, so a record torn by a crash, or garbage after the last
 * record, fails its check and is cut off when the journal is opened.
 */

export const FRAME_BYTES = 8;
const TYPE_PUT = 1;
const TYPE_ACK = 2;
/** No legitimate record is larger: anything bigger is a torn length field. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
const U32 = 0x1_0000_0000;

/** A PUT as stored: the outbox sequence, when it was accepted, and the record. */
export interface StoredPut {
  seq: number;
  enqueuedAt: number;
  record: OutboxRecord;
}

export type DecodedRecord =
  { type: "put"; put: StoredPut } | { type: "ack"; ranges: (readonly [number, number])[] };

/**
 * Encoded PUTs as the pieces to hand to one `writev`, in file order, with where each record
 * starts (relative to the first piece) and the bytes in all. Their concatenation is the
 * records as laid out above.
 */
export interface EncodedPuts {
  pieces: Uint8Array[];
  length: number;
  offsets: number[];
}

/**
 * Payloads from this size on are written from the record's own buffer instead of being
 * copied next to their head: at 64 KiB the copy cost more CPU than the write itself, while
 * below a couple of KiB a copy is cheaper than one more piece for the kernel to gather.
 */
export const SEPARATE_DATA_BYTES = 2048;

/** What encodePuts needs of a PUT; `length` is its precomputed size when known. */
export interface PutSource {
  seq: number;
  enqueuedAt: number;
  record: OutboxRecord | undefined;
  length?: number;
}

/** Result of looking at the frame that starts at some offset of a buffer. */
export type Frame =
  | { status: "ok"; bodyStart: number; bodyEnd: number }
  | { status: "partial"; need: number }
  | { status: "corrupt"; reason: string };

function mapBytes(map: Record<string, string> | undefined): number {
  let n = 2;
  if (map) {
    for (const key in map) {
      n += 2 + Buffer.byteLength(key) + 4 + Buffer.byteLength(map[key] ?? "");
    }
  }
  return n;
}

/** Bytes the PUT for this record takes on disk, frame included. */
export function putRecordBytes(record: OutboxRecord): number {
  return (
    FRAME_BYTES +
    1 +
    8 +
    8 +
    2 +
    Buffer.byteLength(record.subject) +
    2 +
    Buffer.byteLength(record.msgId) +
    mapBytes(record.headers) +
    mapBytes(record.meta) +
    4 +
    record.data.byteLength
  );
}

function writeU64(buf: Buffer, value: number, at: number): number {
  buf.writeUInt32LE(value % U32, at);
  buf.writeUInt32LE(Math.floor(value / U32), at + 4);
  return at + 8;
}

function readU64(buf: Buffer, at: number): number {
  return buf.readUInt32LE(at) + buf.readUInt32LE(at + 4) * U32;
}

/**
 * Writes `value` as UTF-8 at `at`; returns the byte count. Record strings (subjects, ids,
 * chain meta) are short and ASCII, for which a loop is several times cheaper than a call
 * into Buffer.write; anything else goes to Buffer.write, which gives the same bytes.
 */
function writeUtf8(buf: Buffer, value: string, at: number): number {
  const n = value.length;
  if (n > 64) return buf.write(value, at, "utf8");
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return buf.write(value, at, "utf8");
    buf[at + i] = c;
  }
  return n;
}

function writeStr(buf: Buffer, value: string, at: number): number {
  const n = writeUtf8(buf, value, at + 2);
  buf.writeUInt16LE(n, at);
  return at + 2 + n;
}

function writeMap(buf: Buffer, map: Record<string, string> | undefined, at: number): number {
  let count = 0;
  let p = at + 2;
  if (map) {
    for (const key in map) {
      p = writeStr(buf, key, p);
      const n = writeUtf8(buf, map[key] ?? "", p + 4);
      buf.writeUInt32LE(n, p);
      p += 4 + n;
      count++;
    }
  }
  buf.writeUInt16LE(count, at);
  return p;
}

/**
 * Encodes PUT records for one write: everything but the large payloads goes into one buffer
 * (one allocation per batch); each large payload is a piece of its own, between the head
 * of its record and the next, so it is never copied. The CRC is the same as over the
 * contiguous body: CRC-32 is carried from the head into the payload.
 */
export function encodePuts(puts: readonly PutSource[]): EncodedPuts {
  let total = 0;
  let separate = 0;
  for (const p of puts) {
    total += p.length ?? putRecordBytes(recordOf(p));
    const n = recordOf(p).data.byteLength;
    if (n >= SEPARATE_DATA_BYTES) separate += n;
  }
  const buf = Buffer.allocUnsafe(total - separate);
  const pieces: Uint8Array[] = [];
  const offsets: number[] = [];
  // `at` is the position in the file's order, `p` in `buf`; they differ by the payloads
  // already left out of `buf`, and `cut` is where the piece of `buf` under way begins.
  let at = 0;
  let p = 0;
  let cut = 0;
  for (const put of puts) {
    const record = recordOf(put);
    const start = p;
    offsets.push(at);
    p += FRAME_BYTES;
    buf[p++] = TYPE_PUT;
    p = writeU64(buf, put.seq, p);
    buf.writeDoubleLE(put.enqueuedAt, p);
    p = writeStr(buf, record.subject, p + 8);
    p = writeStr(buf, record.msgId, p);
    p = writeMap(buf, record.headers, p);
    p = writeMap(buf, record.meta, p);
    const data = record.data;
    const n = data.byteLength;
    buf.writeUInt32LE(n, p);
    p += 4;
    const head = buf.subarray(start + FRAME_BYTES, p);
    let crc: number;
    if (n >= SEPARATE_DATA_BYTES) {
      crc = crc32(data, crc32(head));
      pieces.push(buf.subarray(cut, p), data);
      cut = p;
    } else {
      buf.set(data, p);
      p += n;
      crc = crc32(buf.subarray(start + FRAME_BYTES, p));
    }
    const bodyLength = p - start - FRAME_BYTES + (n >= SEPARATE_DATA_BYTES ? n : 0);
    buf.writeUInt32LE(bodyLength, start);
    buf.writeUInt32LE(crc, start + 4);
    at += FRAME_BYTES + bodyLength;
  }
  if (cut < p) pieces.push(buf.subarray(cut, p));
  return { pieces, length: at, offsets };
}

function recordOf(put: PutSource): OutboxRecord {
  if (!put.record) throw new Error(`PUT ${put.seq} has no record in memory to encode`);
  return put.record;
}

/** Encodes acknowledged sequences as ranges of consecutive numbers (one record). */
export function encodeAcks(seqs: number[]): Buffer {
  seqs.sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const seq of seqs) {
    const last = ranges[ranges.length - 1];
    if (last && seq <= last[1] + 1) last[1] = Math.max(last[1], seq);
    else ranges.push([seq, seq]);
  }
  const bodyLength = 1 + 4 + ranges.length * 16;
  const buf = Buffer.allocUnsafe(FRAME_BYTES + bodyLength);
  let p = FRAME_BYTES;
  buf[p++] = TYPE_ACK;
  buf.writeUInt32LE(ranges.length, p);
  p += 4;
  for (const [first, last] of ranges) p = writeU64(buf, last, writeU64(buf, first, p));
  buf.writeUInt32LE(bodyLength, 0);
  buf.writeUInt32LE(crc32(buf.subarray(FRAME_BYTES)), 4);
  return buf;
}

/** Checks the frame at `at`: whole and matching its CRC, cut short, or corrupt. */
export function readFrame(buf: Buffer, at: number, end: number): Frame {
  if (end - at < FRAME_BYTES) return { status: "partial", need: FRAME_BYTES };
  const bodyLength = buf.readUInt32LE(at);
  if (bodyLength === 0 || bodyLength > MAX_BODY_BYTES) {
    return { status: "corrupt", reason: `implausible record length ${bodyLength}` };
  }
  const bodyStart = at + FRAME_BYTES;
  const bodyEnd = bodyStart + bodyLength;
  if (bodyEnd > end) return { status: "partial", need: FRAME_BYTES + bodyLength };
  if (crc32(buf.subarray(bodyStart, bodyEnd)) !== buf.readUInt32LE(at + 4)) {
    return { status: "corrupt", reason: "checksum mismatch" };
  }
  return { status: "ok", bodyStart, bodyEnd };
}

class Reader {
  constructor(
    private readonly buf: Buffer,
    public at: number,
    private readonly end: number,
  ) {}
  need(n: number): void {
    if (this.at + n > this.end) throw new RangeError("record body ends early");
  }
  u8(): number {
    this.need(1);
    return this.buf[this.at++] as number;
  }
  u16(): number {
    this.need(2);
    const v = this.buf.readUInt16LE(this.at);
    this.at += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.buf.readUInt32LE(this.at);
    this.at += 4;
    return v;
  }
  u64(): number {
    this.need(8);
    const v = readU64(this.buf, this.at);
    this.at += 8;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.buf.readDoubleLE(this.at);
    this.at += 8;
    return v;
  }
  text(n: number): string {
    this.need(n);
    const s = this.buf.toString("utf8", this.at, this.at + n);
    this.at += n;
    return s;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    // A copy: recovered records must not pin the large read buffer they came from.
    const b = Uint8Array.prototype.slice.call(this.buf, this.at, this.at + n);
    this.at += n;
    return b;
  }
  map(): Record<string, string> | undefined {
    const count = this.u16();
    if (count === 0) return undefined;
    const map: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const key = this.text(this.u16());
      map[key] = this.text(this.u32());
    }
    return map;
  }
}

/** Decodes a body whose frame checked out. Throws RangeError on a malformed body. */
export function decodeBody(buf: Buffer, start: number, end: number): DecodedRecord {
  const r = new Reader(buf, start, end);
  const type = r.u8();
  if (type === TYPE_PUT) {
    const seq = r.u64();
    const enqueuedAt = r.f64();
    const subject = r.text(r.u16());
    const msgId = r.text(r.u16());
    const headers = r.map();
    const meta = r.map();
    const data = r.bytes(r.u32());
    const record: OutboxRecord = { subject, msgId, data };
    if (headers) record.headers = headers;
    if (meta) record.meta = meta;
    return { type: "put", put: { seq, enqueuedAt, record } };
  }
  if (type === TYPE_ACK) {
    const count = r.u32();
    const ranges: (readonly [number, number])[] = [];
    for (let i = 0; i < count; i++) ranges.push([r.u64(), r.u64()] as const);
    return { type: "ack", ranges };
  }
  throw new RangeError(`unknown record type ${type}`);
}
