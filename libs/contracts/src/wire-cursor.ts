/**
 * A cursor over protobuf bytes for the hand-written envelope reader: every read answers -1
 * (or undefined) where the reader should give up and leave the bytes to the generated
 * decoder.
 */
export class WireCursor {
  pos = 0;
  end: number;

  constructor(readonly buf: Uint8Array) {
    this.end = buf.length;
  }

  /** A varint of at most 5 bytes whose value fits in 32 bits, or -1. */
  varint(): number {
    const buf = this.buf;
    if (this.pos < this.end && buf[this.pos]! < 0x80) return buf[this.pos++]!;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++, scale *= 0x80) {
      if (this.pos >= this.end) return -1;
      const b = buf[this.pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value <= 0xffffffff ? value : -1;
    }
    return -1;
  }

  /** The next length-delimited field's bytes as a view, or undefined. */
  bytes(): Uint8Array | undefined {
    const start = this.span();
    return start < 0 ? undefined : this.buf.subarray(start, this.pos);
  }

  /** Skips the next length-delimited field; returns where its bytes start (they end at pos). */
  span(): number {
    const length = this.varint();
    if (length < 0 || length > this.end - this.pos) return -1;
    const start = this.pos;
    this.pos += length;
    return start;
  }
}

/**
 * Bytes [start, end) as a string when they are all ASCII (where UTF-8 and latin1 agree),
 * else undefined. `memo` remembers the last string of a field: consecutive messages usually
 * repeat their key id, and comparing bytes costs less than a new string.
 */
export function asciiText(
  buf: Uint8Array,
  start: number,
  end: number,
  memo?: AsciiMemo,
): string | undefined {
  if (memo && end - start === memo.bytes.length) {
    let same = true;
    for (let i = start; i < end; i++) {
      if (buf[i] !== memo.bytes[i - start]) {
        same = false;
        break;
      }
    }
    if (same) return memo.text;
  }
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return undefined;
  const text = end - start <= 8 ? shortText(buf, start, end) : latin1(buf, start, end);
  if (memo) {
    memo.bytes = buf.slice(start, end);
    memo.text = text;
  }
  return text;
}

export interface AsciiMemo {
  bytes: Uint8Array;
  text: string;
}

export function asciiMemo(): AsciiMemo {
  return { bytes: new Uint8Array(0), text: "" };
}

function shortText(buf: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(buf[i]!);
  return text;
}

// Node's latin1 slice works on any Uint8Array and makes a flat string in one call, several
// times faster than building it a character at a time; it is not documented, so fall back.
const latin1Slice = (
  Buffer.prototype as unknown as {
    latin1Slice?: (this: Uint8Array, start: number, end: number) => string;
  }
).latin1Slice;

function latin1(buf: Uint8Array, start: number, end: number): string {
  return latin1Slice
    ? latin1Slice.call(buf, start, end)
    : Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1");
}
