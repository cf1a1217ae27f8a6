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
    const writer = Writer.create();
    if (this.#room > Writer.initialBufferSize) {
      writer.buf = Buffer.allocUnsafe(this.#room);
      writer.view = null;
    }
    this.encodeInto(message, writer);
    const size = writer.pos;
    this.#room = size + (size >>> 4);
    return writer.buf.length - size <= size >>> 3 ? writer.finish(true) : writer.finish();
  }
}
