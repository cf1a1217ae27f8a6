import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBody, encodePuts, putRecordBytes, readFrame } from "../src/outbox/record-codec.js";
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
];

describe("outbox record codec", () => {
  it("writes PUTs byte for byte as the reference layout, ASCII or not", () => {
    const puts = records.map((record, i) => ({ seq: 2 ** 40 + i, enqueuedAt: 1.5e12 + i, record }));
    const { buf, offsets } = encodePuts(puts);
    const expected = puts.map((p) => referencePut(p.seq, p.enqueuedAt, p.record));
    expect(buf).toEqual(Buffer.concat(expected));
    expect(offsets).toEqual([0, expected[0]!.length, expected[0]!.length + expected[1]!.length]);
    puts.forEach((p, i) => expect(putRecordBytes(p.record)).toBe(expected[i]!.length));
  });

  it("reads back what it wrote", () => {
    const { buf, offsets } = encodePuts([{ seq: 7, enqueuedAt: 99, record: records[1]! }]);
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
