import { describe, expect, it } from "vitest";
import { ByteRing } from "../src/replay/byte-ring.js";

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

describe("byte ring", () => {
  it("keeps every live entry intact while older ones are freed and their room reused", () => {
    // Entries of 30 bytes, three live at most, through room for four: it wraps every few.
    const ring = new ByteRing(120);
    const live: { view: Uint8Array; fill: number }[] = [];
    for (let i = 0; i < 200; i++) {
      live.push({ view: ring.write(bytes(30, i % 251)), fill: i % 251 });
      if (live.length === 3) ring.free(live.shift()!.view);
      for (const e of live) expect(e.view.every((b) => b === e.fill)).toBe(true);
    }
    // Reused, not grown.
    expect(ring.capacity).toBe(120);
  });

  it("grows when what is live does not fit, and views into the old memory stay valid", () => {
    const ring = new ByteRing(64);
    const a = ring.write(bytes(40, 1));
    const b = ring.write(bytes(40, 2));
    expect(ring.capacity).toBeGreaterThanOrEqual(80);
    const c = ring.write(bytes(40, 3));
    expect([a, b, c].map((v) => v.every((x) => x === v[0]))).toEqual([true, true, true]);
    expect([a[0], b[0], c[0]]).toEqual([1, 2, 3]);
    // Freeing an entry of the outgrown memory changes nothing in the new one.
    ring.free(a);
    expect(c.every((x) => x === 3)).toBe(true);
  });

  it("frees an entry never freed by name with the next one freed after it", () => {
    const ring = new ByteRing(100);
    ring.write(bytes(30, 1));
    const dropped = ring.write(bytes(30, 2));
    const kept = ring.write(bytes(30, 3));
    expect(dropped[0]).toBe(2);
    // Freeing the newest frees all three: the whole ring is free again, without growing.
    ring.free(kept);
    const big = ring.write(bytes(99, 4));
    expect(big.every((x) => x === 4)).toBe(true);
    expect(ring.capacity).toBe(100);
  });

  it("hands out an empty entry without taking room", () => {
    const ring = new ByteRing(10);
    expect(ring.write(new Uint8Array(0)).length).toBe(0);
    expect(ring.write(bytes(9, 5)).every((x) => x === 5)).toBe(true);
    expect(ring.capacity).toBe(10);
  });
});
