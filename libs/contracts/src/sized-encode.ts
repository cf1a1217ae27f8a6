import { createRequire } from "node:module";
import type * as Protobuf from "protobufjs";

// Loaded as reflection.ts loads the reader: protobufjs is CommonJS.
const require = createRequire(import.meta.url);
const { Writer } = require("protobufjs/minimal.js") as typeof Protobuf;

/** A generated encoder that can write into a writer it is given. */
export type EncodeInto<I> = (message: I, writer?: Protobuf.Writer) => Protobuf.Writer;

/**
 * Encodes messages of one type into a buffer of their final size. protobufjs's writer starts
 * at 128 bytes, grows by doubling (each time copying what it holds) and `finish()` copies the
 * result once more into a buffer of its exact length: a 64 KiB payload was written once and
 * copied twice, in three allocations. Here the writer starts with room for the previous
 * message of the type and a sixteenth more, and the result is that buffer itself when no
 * more than an eighth of it is left unused, so steady traffic of one size is written once
 * into one allocation. Other messages take protobufjs's own path (grow, then copy), with the
 * same bytes either way: only where they are written changes.
 */
export class SizedEncoder<I> {
  #room = 0;

  constructor(private readonly encodeInto: EncodeInto<I>) {}

  encode(message: I): Uint8Array {
    const writer = this.#writer(0, 0);
    this.encodeInto(message, writer);
    const size = writer.pos;
    this.#room = size + (size >>> 4);
    return writer.buf.length - size <= size >>> 3 ? writer.finish(true) : writer.finish();
  }

  /**
   * Encodes with `before` bytes left free ahead of the message and, as far as the guess of
   * its size holds, `after` bytes behind it, so that a caller can write the fields around
   * it (a SignedEnvelope around its payload) without copying the message again.
   */
  encodeFramed(message: I, before: number, after: number): FramedBytes {
    const writer = this.#writer(before, after);
    writer.pos = before;
    this.encodeInto(message, writer);
    const end = writer.pos;
    this.#room = end - before + ((end - before) >>> 4);
    // A writer that had to grow copied the free bytes ahead along with the message.
    return { frame: writer.buf as Buffer, start: before, end };
  }

  #writer(before: number, after: number): Protobuf.Writer {
    const writer = Writer.create();
    const size = before + this.#room + after;
    if (size > Writer.initialBufferSize) {
      writer.buf = Buffer.allocUnsafe(size);
      writer.view = null;
    }
    return writer;
  }
}

/**
 * A message encoded at `start`..`end` of `frame`. The rest of `frame` is free for the
 * caller: no one else writes into it (it is a Buffer of its own or a slice of Node's pool,
 * of which no other Buffer shares a byte).
 */
export interface FramedBytes {
  frame: Buffer;
  start: number;
  end: number;
}
