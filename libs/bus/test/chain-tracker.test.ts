import { waitFor } from "@tongbao/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  ChainTracker,
  type ChainBreak,
  type ChainLink,
  type ChainTrackerOptions,
} from "../src/consumer/chain-tracker.js";

const digest = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i) & 0xff);

/** Link `seq` of a producer's chain on a subject, pointing at the digest of seq - 1. */
function link(subject: string, seq: number, prev = seq - 1): ChainLink {
  return {
    producerId: "p1",
    subject,
    seq,
    prevDigest: prev === 0 ? new Uint8Array(0) : digest(prev),
    digest: digest(seq),
    messageId: `m-${subject}-${seq}`,
  };
}

const trackers: ChainTracker[] = [];
afterEach(() => {
  for (const t of trackers.splice(0)) t.close();
});

/** A tracker on a clock the test moves, and the breaks it has reported so far. */
function tracker(o: Partial<ChainTrackerOptions> = {}) {
  const clock = { ms: 0 };
  const breaks: ChainBreak[] = [];
  const t = new ChainTracker({ onBreak: (b) => breaks.push(b), now: () => clock.ms, ...o });
  trackers.push(t);
  const feed = (...links: ChainLink[]) => links.forEach((l) => t.observe(l));
  return { t, clock, breaks, feed };
}

describe("ChainTracker", () => {
  it("follows interleaved chains and reports each gap and fork once, on the right chain", () => {
    const { t, breaks, feed } = tracker();
    feed(
      link("a", 1),
      link("a", 2),
      link("b", 1),
      link("a", 3),
      link("a", 5), // gap in a: 4 missing
      link("b", 2),
      link("b", 3, 1), // fork in b: links to 1, not 2
      link("b", 3), // a repeat: at or below the head
      link("a", 6),
    );
    t.flush();
    expect(breaks).toEqual([
      expect.objectContaining({ kind: "fork", subject: "b", lastSeq: 2, seq: 3 }),
      expect.objectContaining({ kind: "gap", subject: "a", lastSeq: 3, seq: 5, missing: 1 }),
    ]);
    expect(t.breaks).toBe(2);
  });

  it("reports a fork in a long run of one chain, whose head is updated in place", () => {
    const { t, breaks, feed } = tracker();
    for (let seq = 1; seq <= 1_000; seq++) feed(link("a", seq));
    expect(breaks).toEqual([]);
    feed(link("a", 1_001, 999));
    expect(breaks).toEqual([expect.objectContaining({ kind: "fork", lastSeq: 1_000 })]);
    feed(link("a", 1_003));
    t.flush();
    expect(breaks[1]).toMatchObject({ kind: "gap", missing: 1 });
  });

  it("reports nothing for messages stored out of order within the window", () => {
    const { t, clock, breaks, feed } = tracker({ gapWindowMs: 5_000 });
    feed(link("a", 1), link("a", 2), link("a", 5), link("a", 6));
    clock.ms = 4_000;
    t.sweep();
    feed(link("a", 4), link("a", 3), link("a", 7));
    clock.ms = 60_000;
    t.sweep();
    t.flush();
    expect(breaks).toEqual([]);
    // The chain goes on from 7, past the hole that filled.
    feed(link("a", 8));
    t.flush();
    expect(breaks).toEqual([]);
  });

  it("waits out a durable's ack wait on top of the resend margin before reporting a gap", () => {
    // A delivery lost on its way (its node killed) comes again after the ack wait, 30 s.
    const { t, clock, breaks, feed } = tracker();
    expect(t.gapWindowMs).toBe(20_000);
    t.coverRedelivery(30_000);
    t.coverRedelivery(5_000); // a reader with a shorter ack wait does not narrow it
    expect(t.gapWindowMs).toBe(50_000);
    feed(link("a", 1), link("a", 3));
    clock.ms = 49_999;
    t.sweep();
    expect(breaks).toEqual([]);
    clock.ms = 50_000;
    t.sweep();
    expect(breaks).toEqual([expect.objectContaining({ kind: "gap", lastSeq: 1, seq: 3 })]);
    // A window given stays as given.
    const given = tracker({ gapWindowMs: 5_000 });
    given.t.coverRedelivery(30_000);
    expect(given.t.gapWindowMs).toBe(5_000);
  });

  it("reports a gap once it outlives the time window, and again when it closes", () => {
    const { t, clock, breaks, feed } = tracker({ gapWindowMs: 5_000 });
    feed(link("a", 1), link("a", 3), link("a", 4), link("a", 7));
    clock.ms = 4_999;
    t.sweep();
    expect(breaks).toEqual([]);
    clock.ms = 5_000;
    t.sweep();
    expect(breaks).toEqual([
      expect.objectContaining({ kind: "gap", lastSeq: 1, seq: 3, missing: 1 }),
      expect.objectContaining({ kind: "gap", lastSeq: 4, seq: 7, missing: 2 }),
    ]);
    // The chain went on past the gaps: the next in order is no break.
    feed(link("a", 8));
    feed(link("a", 5));
    expect(breaks).toHaveLength(2);
    feed(link("a", 6), link("a", 2));
    expect(breaks.slice(2)).toEqual([
      expect.objectContaining({ kind: "gap-closed", lastSeq: 4, seq: 7, messageId: "m-a-6" }),
      expect.objectContaining({ kind: "gap-closed", lastSeq: 1, seq: 3, messageId: "m-a-2" }),
    ]);
    expect(t.breaks).toBe(2);
  });

  it("flushes the holes of the named subjects only, leaving other chains in their window", () => {
    const { t, breaks, feed } = tracker();
    feed(link("a", 1), link("a", 3), link("b", 1), link("b", 3));
    t.flush(new Set(["a"]));
    expect(breaks).toEqual([
      expect.objectContaining({ kind: "gap", subject: "a", lastSeq: 1, seq: 3, missing: 1 }),
    ]);
    // b's hole is still in its window: its missing one arriving is no break at all.
    feed(link("b", 2));
    t.flush();
    expect(breaks).toHaveLength(1);
  });

  it("reports a gap once the message window is full, before the time window ends", () => {
    const { breaks, feed } = tracker({ gapWindowMs: 60_000, gapWindowMessages: 3 });
    feed(link("a", 1), link("a", 3), link("a", 4));
    expect(breaks).toEqual([]);
    feed(link("a", 5));
    expect(breaks).toEqual([expect.objectContaining({ kind: "gap", lastSeq: 1, seq: 3 })]);
  });

  it("reports the gap by its own timer when no further message comes", async () => {
    const breaks: ChainBreak[] = [];
    const t = new ChainTracker({ onBreak: (b) => breaks.push(b), gapWindowMs: 20 });
    trackers.push(t);
    t.observe(link("a", 1));
    t.observe(link("a", 3));
    await waitFor(() => breaks.length > 0, { name: "the gap reported" });
    expect(breaks).toEqual([expect.objectContaining({ kind: "gap", seq: 3, missing: 1 })]);
  });

  it("checks the links of messages held beyond a hole when the hole fills", () => {
    const { t, breaks, feed } = tracker();
    feed(link("a", 1), link("a", 3, 7), link("a", 2));
    t.flush();
    expect(breaks).toEqual([expect.objectContaining({ kind: "fork", lastSeq: 2, seq: 3 })]);
  });

  it("forgets the least recently used chains beyond its capacity", () => {
    const { t, breaks, feed } = tracker({ capacity: 2 });
    feed(link("a", 1), link("b", 1), link("c", 1));
    // "a" was forgotten: its next message starts it afresh instead of revealing a gap.
    feed(link("a", 5), link("c", 3));
    t.flush();
    expect(breaks).toEqual([expect.objectContaining({ kind: "gap", subject: "c" })]);
  });

  it("refuses a window that is not a number of ms or messages, by name", () => {
    const onBreak = () => {};
    expect(() => new ChainTracker({ onBreak, gapWindowMs: -1 })).toThrow(/gapWindowMs/);
    expect(() => new ChainTracker({ onBreak, gapWindowMessages: 0 })).toThrow(/gapWindowMessages/);
  });
});
