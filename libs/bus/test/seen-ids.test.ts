import { describe, expect, it } from "vitest";
import { RecentIds } from "../src/consumer/seen-ids.js";

describe("RecentIds: the last handled ids, the oldest forgotten first", () => {
  it("keeps the last `capacity` ids and forgets the oldest, round after round", () => {
    const seen = new RecentIds(3);
    for (const id of ["a", "b", "c"]) seen.add(id);
    expect(["a", "b", "c"].map((id) => seen.has(id))).toEqual([true, true, true]);
    seen.add("d");
    expect(["a", "b", "c", "d"].map((id) => seen.has(id))).toEqual([false, true, true, true]);
    // Well past the first round of the ring: always exactly the last three.
    for (let i = 0; i < 10; i++) seen.add(`x${i}`);
    expect(seen.size).toBe(3);
    expect(["x6", "x7", "x8", "x9"].map((id) => seen.has(id))).toEqual([false, true, true, true]);
  });

  it("does not count an id added twice, nor move it to the back", () => {
    const seen = new RecentIds(2);
    seen.add("a");
    seen.add("a");
    seen.add("b");
    expect(seen.size).toBe(2);
    seen.add("a"); // already there: "a" stays the oldest
    seen.add("c");
    expect(["a", "b", "c"].map((id) => seen.has(id))).toEqual([false, true, true]);
  });

  it("refuses a capacity that is not a positive integer, naming it", () => {
    expect(() => new RecentIds(0)).toThrow(/capacity must be a positive integer, got 0/);
    expect(() => new RecentIds(1.5)).toThrow(/capacity must be a positive integer, got 1.5/);
  });
});
