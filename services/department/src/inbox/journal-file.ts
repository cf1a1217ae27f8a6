import { existsSync } from "node:fs";
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";

/** Lines waiting for the next write, with the appends they answer. */
interface Group {
  text: string;
  resolve: () => void;
  reject: (err: unknown) => void;
  done: Promise<void>;
}

/**
 * An append-only file of JSON lines, each append written and flushed to disk before it
 * resolves. Appends are serialised, so lines never interleave; those that arrive while a
 * write is being flushed are group-committed, written together and flushed once, each still
 * resolving only after the flush that covers it.
 */
export class JsonLinesFile<T> {
  #handle: FileHandle | undefined;
  #tail: Promise<void> = Promise.resolve();
  /** The group the next write takes, if any line waits. */
  #next: Group | undefined;

  private constructor(readonly path: string) {}

  /** Opens the file for appending and returns the lines already in it. */
  static async open<T>(path: string): Promise<{ file: JsonLinesFile<T>; lines: T[] }> {
    await mkdir(dirname(path), { recursive: true });
    const lines: T[] = [];
    let torn = false;
    if (existsSync(path)) {
      const text = await readFile(path, "utf8");
      torn = text.length > 0 && !text.endsWith("\n");
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
    if (torn) {
      // End the torn line, so the next one does not run into it and get lost with it.
      await file.#handle.write("\n");
      await file.#handle.datasync();
    }
    return { file, lines };
  }

  append(line: T): Promise<void> {
    const handle = this.#handle;
    if (!handle) return Promise.reject(new Error(`${this.path} is closed`));
    const text = JSON.stringify(line) + "\n";
    if (this.#next) {
      this.#next.text += text;
      return this.#next.done;
    }
    let resolve!: () => void;
    let reject!: (err: unknown) => void;
    const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    const group: Group = { text, resolve, reject, done };
    this.#next = group;
    this.#tail = this.#tail.then(async () => {
      // From here on, new lines start the following group.
      if (this.#next === group) this.#next = undefined;
      try {
        await handle.write(group.text);
        await handle.datasync();
        group.resolve();
      } catch (err) {
        group.reject(err);
      }
    });
    return done;
  }

  async close(): Promise<void> {
    await this.#tail;
    await this.#handle?.close();
    this.#handle = undefined;
  }
}
