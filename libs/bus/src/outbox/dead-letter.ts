import { open, readFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { DeadLetter } from "./types.js";

/** Records the stream refused for good, one JSON object per line, in the outbox directory. */
export const DEAD_LETTER_FILE = "dead-letter.jsonl";

/**
 * The dead-letter file. Each letter is appended and fdatasync'ed before its record is
 * acknowledged in the journal, so a refused record is never in neither place; after a crash
 * between the two it is refused again and may appear twice here, never zero times.
 */
export class DeadLetterFile {
  #handle: FileHandle | undefined;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  static inDir(dir: string): DeadLetterFile {
    return new DeadLetterFile(join(dir, DEAD_LETTER_FILE));
  }

  append(letter: DeadLetter): Promise<void> {
    const run = this.#chain.then(async () => {
      this.#handle ??= await open(this.path, "a");
      await this.#handle.write(JSON.stringify(letter) + "\n");
      await this.#handle.datasync();
    });
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.#chain;
    await this.#handle?.close();
    this.#handle = undefined;
  }
}

/** Every letter in an outbox directory's dead-letter file, oldest first. */
export async function readDeadLetters(dir: string): Promise<DeadLetter[]> {
  let text: string;
  try {
    text = await readFile(join(dir, DEAD_LETTER_FILE), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as DeadLetter);
}
