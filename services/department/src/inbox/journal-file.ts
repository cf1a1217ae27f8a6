import { existsSync } from "node:fs";
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * An append-only file of JSON lines, each append written and flushed to disk before it
 * resolves. Appends are serialised, so lines never interleave.
 */
export class JsonLinesFile<T> {
  #handle: FileHandle | undefined;
  #tail: Promise<void> = Promise.resolve();

  private constructor(readonly path: string) {}

  /** Opens the file for appending and returns the lines already in it. */
  static async open<T>(path: string): Promise<{ file: JsonLinesFile<T>; lines: T[] }> {
    await mkdir(dirname(path), { recursive: true });
    const lines: T[] = [];
    if (existsSync(path)) {
      const text = await readFile(path, "utf8");
      for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        try {
          lines.push(JSON.parse(line) as T);
        } catch {
          // A torn last line after a crash: what it described is redone on redelivery.
        }
      }
    }
    const file = new JsonLinesFile<T>(path);
    file.#handle = await open(path, "a");
    return { file, lines };
  }

  append(line: T): Promise<void> {
    const handle = this.#handle;
    if (!handle) return Promise.reject(new Error(`${this.path} is closed`));
    const next = this.#tail.then(async () => {
      await handle.write(JSON.stringify(line) + "\n");
      await handle.datasync();
    });
    this.#tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.#tail;
    await this.#handle?.close();
    this.#handle = undefined;
  }
}
