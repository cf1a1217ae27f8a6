import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { CliError } from "./command.js";

const CHUNK = 256 * 1024;

/**
 * Where replayed data goes: a file or stdout. Writes are gathered into chunks and the writer
 * waits for the stream to drain when it is behind, so a slow disk or pipe holds back the
 * replay instead of filling memory.
 */
export class DataSink {
  readonly #out: Writable;
  readonly #ownsStream: boolean;
  #parts: Uint8Array[] = [];
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

  async write(bytes: Uint8Array | string): Promise<void> {
    const part = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
    this.#parts.push(part);
    this.#size += part.length;
    if (this.#size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    this.#check();
    if (this.#size === 0) return;
    const chunk = Buffer.concat(this.#parts, this.#size);
    this.#parts = [];
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

  #check(): void {
    if (this.#error) throw new CliError(`cannot write the output: ${this.#error.message}`);
  }
}
