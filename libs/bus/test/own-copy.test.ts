import { describe, expect, it } from "vitest";
import { ownCopy } from "../src/replay/own-copy.js";

describe("own copy", () => {
  it("copies small messages into shared slabs, each copy its own bytes", () => {
    const source = new Uint8Array(1500);
    const copies = Array.from({ length: 20 }, (_, i) => {
      source.fill(i);
      return ownCopy(source);
    });
    // The source reused for every message: each copy kept what it was at the time.
    copies.forEach((c, i) => expect(c.every((b) => b === i)).toBe(true));
    // Five of 1,500 bytes to a slab of 8 KiB: far fewer allocations than copies.
    const slabs = new Set(copies.map((c) => c.buffer));
    expect(slabs.size).toBeLessThanOrEqual(5);
    expect(Math.max(...copies.map((c) => c.buffer.byteLength))).toBe(8 * 1024);
  });

  it("gives a large message an allocation of its own", () => {
    const big = new Uint8Array(6000).fill(7);
    const copy = ownCopy(big);
    expect(copy.buffer.byteLength).toBe(6000);
    expect(copy.every((b) => b === 7)).toBe(true);
    big.fill(0);
    expect(copy[0]).toBe(7);
  });
});
