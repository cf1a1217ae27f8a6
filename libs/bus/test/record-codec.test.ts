import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  decodeBody,
  encodePuts,
  putRecordBytes,
  readFrame,
  SEPARATE_DATA_BYTES,
} from "../src/outbox/record-codec.js";
import type { OutboxRecord } from "../src/outbox/types.js";

/** The PUT layout of record-codec.ts written with Buffer.write throughout: the reference. */
function referencePut(seq: number, enqueuedAt: number, r: OutboxRecord): Buffer {
  const parts: Buffer[] = [];
  const u16 = (n: number) => {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(n);
    parts.push(b);
  };
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    parts.push(b);
  };
  const str = (s: string) => {
    u16(Buffer.byteLength(s));
    parts.push(Buffer.from(s, "utf8"));
  };
  const map = (m: Record<string, string> | undefined) => {
    const entries = Object.entries(m ?? {});
    u16(entries.length);
    for (const [k, v] of entries) {
      str(k);
      u32(Buffer.byteLength(v));
      parts.push(Buffer.from(v, "utf8"));
    }
  };
  const head = Buffer.alloc(17);
  head[0] = 1;
  head.writeUInt32LE(seq % 2 ** 32, 1);
  head.writeUInt32LE(Math.floor(seq / 2 ** 32), 5);
  head.writeDoubleLE(enqueuedAt, 9);
  parts.push(head);
  str(r.subject);
  str(r.msgId);
  map(r.headers);
  map(r.meta);
  u32(r.data.byteLength);
  parts.push(Buffer.from(r.data));
  const body = Buffer.concat(parts);
  const frame = Buffer.alloc(8);
  frame.writeUInt32LE(body.length, 0);
  frame.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([frame, body]);
}

const records: OutboxRecord[] = [
  {
    subject: "tb.live.bulletin.power.miit",
    msgId: "0199a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
    data: Buffer.from("envelope"),
    meta: {
      producer: "p-1",
      producerSeq: "42",
      digest: "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
    },
  },
  {
    subject: "t.通报.ü",
    msgId: "id-é-" + "x".repeat(70),
    data: new Uint8Array([0, 1, 2]),
    headers: { "Tongbao-Test": "値", ["k".repeat(80)]: "v".repeat(100) },
    meta: { "": "", emoji: "\u{1f600}", ascii: "plain" },
  },
  { subject: "a", msgId: "b", data: new Uint8Array(0) },
  // Large enough to be written from its own buffer, between two records that are not.
  {
    subject: "tb.live.bulletin.power.miit",
    msgId: "large",
    data: Buffer.alloc(SEPARATE_DATA_BYTES, 7),
    meta: { producer: "p-1" },
  },
  { subject: "b", msgId: "c", data: Buffer.from("small after large") },
  { subject: "c", msgId: "d", data: Buffer.alloc(64 * 1024, 0xa5) },
];

/** Where each record starts when they are laid out one after another. */
function startsOf(parts: Buffer[]): number[] {
  let at = 0;
  return parts.map((p) => (at += p.length) - p.length);
}

describe("outbox record codec", () => {
  it("writes PUTs byte for byte as the reference layout, ASCII or not, large or small", () => {
    const puts = records.map((record, i) => ({ seq: 2 ** 40 + i, enqueuedAt: 1.5e12 + i, record }));
    const { pieces, length, offsets } = encodePuts(puts);
    const expected = puts.map((p) => referencePut(p.seq, p.enqueuedAt, p.record));
    const written = Buffer.concat(pieces);
    expect(written).toEqual(Buffer.concat(expected));
    expect(length).toBe(written.length);
    expect(offsets).toEqual(startsOf(expected));
    puts.forEach((p, i) => expect(putRecordBytes(p.record)).toBe(expected[i]!.length));
  });

  it("hands large payloads over as they are, without copying them", () => {
    const large = records.filter((r) => r.data.byteLength >= SEPARATE_DATA_BYTES);
    const small = records.filter((r) => r.data.byteLength < SEPARATE_DATA_BYTES);
    const { pieces } = encodePuts(records.map((record, seq) => ({ seq, enqueuedAt: 0, record })));
    expect(large.length).toBe(2);
    for (const r of large) expect(pieces.filter((p) => p === r.data)).toHaveLength(1);
    // Control: small payloads are copied next to their heads, so none is a piece.
    for (const r of small) expect(pieces.includes(r.data)).toBe(false);
  });

  it("reads back what it wrote", () => {
    const { pieces, offsets } = encodePuts([{ seq: 7, enqueuedAt: 99, record: records[1]! }]);
    const buf = Buffer.concat(pieces);
    const frame = readFrame(buf, offsets[0]!, buf.length);
    if (frame.status !== "ok") throw new Error(frame.status);
    const decoded = decodeBody(buf, frame.bodyStart, frame.bodyEnd);
    if (decoded.type !== "put") throw new Error(decoded.type);
    const { data, ...rest } = decoded.put.record;
    const { data: written, ...expected } = records[1]!;
    expect({ seq: decoded.put.seq, enqueuedAt: decoded.put.enqueuedAt, ...rest }).toEqual({
      seq: 7,
      enqueuedAt: 99,
      ...expected,
    });
    expect(Buffer.from(data)).toEqual(Buffer.from(written));
  });
});
