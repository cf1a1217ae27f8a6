/**
 * Memory reused for the bytes of messages received and not yet taken, freed in the order they
 * were written. The ordered reader copies each message out of the socket's read chunk into it
 * at once: a message's bytes as nats.js hands them are a view into a 64 KiB chunk, which then
 * lives as long as the message does. Messages wait in the reader's queue across several young
 * collections (three batches are asked for ahead), so the chunks outlived them into the old
 * generation, dead but held until a full collection: 60–90 MiB of the RSS of a long replay
 * written to a pipe. Copied here, the chunks die young, and this memory is reused.
 *
 * The ring grows (doubling) when what is waiting does not fit; views into a ring it has
 * outgrown stay valid, that memory is released when they are gone.
 */
export class ByteRing {
  private buf: Uint8Array;
  /** Where the oldest entry still live starts, and where the next is written. */
  private start = 0;
  private end = 0;
  /** True when the live entries run from `start` to the end and on from 0 to `end`. */
  private wrapped = false;

  constructor(bytes: number) {
    this.buf = new Uint8Array(bytes);
  }

  get capacity(): number {
    return this.buf.length;
  }

  /** A copy of `bytes` in the ring, valid until it or an entry written after it is `free`d. */
  write(bytes: Uint8Array): Uint8Array {
    const n = bytes.length;
    if (n === 0) return EMPTY;
    let at = this.place(n);
    if (at < 0) {
      this.buf = new Uint8Array(Math.max(2 * this.buf.length, 2 * n));
      this.start = this.end = 0;
      this.wrapped = false;
      at = this.place(n);
    }
    this.buf.set(bytes, at);
    return this.buf.subarray(at, at + n);
  }

  /**
   * Frees `entry` and every entry written before it. Entries are freed in the order written;
   * one never freed by name (a message dropped) goes with the next one freed after it.
   */
  free(entry: Uint8Array): void {
    if (entry.buffer !== this.buf.buffer) return;
    const after = entry.byteOffset + entry.length;
    if (after === this.end) {
      // The newest: nothing is live any more.
      this.start = this.end = 0;
      this.wrapped = false;
      return;
    }
    // The first entry at 0 after a wrap: from here on the live entries no longer wrap.
    if (this.wrapped && entry.byteOffset < this.start) this.wrapped = false;
    this.start = after;
  }

  /** Where `n` bytes go, or -1 when they do not fit. */
  private place(n: number): number {
    const at = this.end;
    if (this.wrapped) {
      if (at + n >= this.start) return -1;
    } else if (at + n > this.buf.length) {
      // Over the end: on from 0, short of the oldest entry (equal would look empty).
      if (n >= this.start) return -1;
      this.wrapped = true;
      this.end = n;
      return 0;
    }
    this.end = at + n;
    return at;
  }
}

const EMPTY = new Uint8Array(0);
