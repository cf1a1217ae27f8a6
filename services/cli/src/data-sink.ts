import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { CliError } from "./command.js";

const CHUNK = 256 * 1024;
/** The most bytes one UTF-16 code unit of a string can take in UTF-8. */
const UTF8_PER_UNIT = 3;

/**
 * Where replayed data goes: a file or stdout. Writes are copied into one 256 KiB chunk that is
 * handed to the stream when full, and the writer waits for the stream to drain when it is
 * behind, so a slow disk or pipe holds back the replay instead of filling memory. A write
 * returns a promise only when it had to hand a chunk over, so the common case costs the
 * caller no await and makes no allocation: replaying 200,000 messages was paying two awaits,
 * two small buffers and a concatenation per message.
 */
export class DataSink {
  readonly #out: Writable;
  readonly #ownsStream: boolean;
  #chunk = Buffer.allocUnsafe(CHUNK);
  #size = 0;
  #error: Error | undefined;

  private constructor(out: Writable, ownsStream: boolean) {
    this.#out = out;
    this.#ownsStream = ownsStream;
    out.on("error", (err: Error) => {
      this.#error = err;
    });
  }

  /** Opens `path` for writing (truncated), or stdout when path is undefined or "-". */
  static async open(path: string | undefined): Promise<DataSink> {
    if (path === undefined || path === "-") return new DataSink(process.stdout, false);
    const file = createWriteStream(path);
    await Promise.race([
      once(file, "open"),
      once(file, "error").then(([err]) => {
        throw new CliError(
          `cannot write ${path}: ${(err as Error).message}`,
          "choose a writable path with --output, or - for stdout",
        );
      }),
    ]);
    return new DataSink(file, true);
  }

  /** Appends a line of text (UTF-8). Await the result when there is one. */
  writeText(text: string): Promise<void> | undefined {
    const most = text.length * UTF8_PER_UNIT;
    if (most > CHUNK) return this.#writeLarge(Buffer.from(text));
    if (this.#size + most > CHUNK) return this.flush().then(() => void this.writeText(text));
    this.#size += this.#chunk.write(text, this.#size, "utf8");
    return undefined;
  }

  /**
   * Appends `bytes` behind a protobuf varint length prefix, as `writeDelimited` in the protobuf
   * libraries writes it. Await the result when there is one.
   */
  writeDelimited(bytes: Uint8Array): Promise<void> | undefined {
    const framed = bytes.length + 5;
    if (framed > CHUNK) {
      return this.flush().then(() => {
        this.#size = writeVarint(this.#chunk, 0, bytes.length);
        return this.#writeLarge(bytes);
      });
    }
    if (this.#size + framed > CHUNK)
      return this.flush().then(() => void this.writeDelimited(bytes));
    this.#size = writeVarint(this.#chunk, this.#size, bytes.length);
    this.#chunk.set(bytes, this.#size);
    this.#size += bytes.length;
    return undefined;
  }

  async flush(): Promise<void> {
    this.#check();
    if (this.#size === 0) return;
    // The stream keeps the chunk until written: the next writes go into a fresh one.
    const chunk = this.#chunk.subarray(0, this.#size);
    this.#chunk = Buffer.allocUnsafe(CHUNK);
    this.#size = 0;
    if (!this.#out.write(chunk)) await once(this.#out, "drain");
    this.#check();
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.#ownsStream) {
      this.#out.end();
      await once(this.#out, "finish");
    }
    this.#check();
  }

  /** What is buffered, then `bytes` as they are (larger than a chunk). */
  async #writeLarge(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (!this.#out.write(bytes)) await once(this.#out, "drain");
    this.#check();
  }

  #check(): void {
    if (this.#error) throw new CliError(`cannot write the output: ${this.#error.message}`);
  }
}

/** Writes `n` as a protobuf varint at `at`; returns the offset after it. */
function writeVarint(into: Buffer, at: number, n: number): number {
  let rest = n;
  while (rest > 0x7f) {
    into[at++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 128);
  }
  into[at++] = rest;
  return at;
}
