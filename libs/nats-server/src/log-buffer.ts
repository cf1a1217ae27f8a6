/**
 * Keeps the last lines a server printed, bounded in count and size, so a failing test can
 * show what the server said without a long-running suite holding every log line in memory.
 */
export class LogBuffer {
  #lines: string[] = [];
  #partial = "";

  constructor(
    private readonly maxLines = 400,
    private readonly maxLineLength = 2_000,
  ) {}

  write(chunk: Buffer | string): void {
    const text = this.#partial + chunk.toString();
    const parts = text.split("\n");
    this.#partial = parts.pop() ?? "";
    for (const line of parts) this.#push(line);
    if (this.#partial.length > this.maxLineLength) {
      this.#push(this.#partial);
      this.#partial = "";
    }
  }

  #push(line: string): void {
    this.#lines.push(
      line.length > this.maxLineLength ? line.slice(0, this.maxLineLength) + "…" : line,
    );
    if (this.#lines.length > this.maxLines)
      this.#lines.splice(0, this.#lines.length - this.maxLines);
  }

  /** The kept lines, oldest first. */
  text(): string {
    return [...this.#lines, this.#partial].filter(Boolean).join("\n");
  }
}
