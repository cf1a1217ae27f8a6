import { describe, expect, it } from "vitest";
import { ChainTracker, type ChainLink } from "../src/consumer/chain-tracker.js";

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

describe("ChainTracker", () => {
  it("follows interleaved chains and reports each gap and fork once, on the right chain", () => {
    const t = new ChainTracker();
    const breaks = [
      link("a", 1),
      link("a", 2),
      link("b", 1),
      link("a", 3),
      link("a", 5), // gap in a: 4 missing
      link("b", 2),
      link("b", 3, 1), // fork in b: links to 1, not 2
      link("b", 3), // late: at or below the head
      link("a", 6),
    ].map((l) => t.observe(l));
    expect(breaks.filter(Boolean)).toEqual([
      expect.objectContaining({ kind: "gap", subject: "a", lastSeq: 3, seq: 5, missing: 1 }),
      expect.objectContaining({ kind: "fork", subject: "b", lastSeq: 2, seq: 3 }),
    ]);
    expect(t.breaks).toBe(2);
  });

  it("reports a fork in a long run of one chain, whose head is updated in place", () => {
    const t = new ChainTracker();
    for (let seq = 1; seq <= 1_000; seq++) expect(t.observe(link("a", seq))).toBeUndefined();
    expect(t.observe(link("a", 1_001, 999))).toMatchObject({ kind: "fork", lastSeq: 1_000 });
    expect(t.observe(link("a", 1_003))).toMatchObject({ kind: "gap", missing: 1 });
  });

  it("forgets the least recently used chains beyond its capacity", () => {
    const t = new ChainTracker(2);
    t.observe(link("a", 1));
    t.observe(link("b", 1));
    t.observe(link("c", 1));
    // "a" was forgotten: its next message starts it afresh instead of revealing a gap.
    expect(t.observe(link("a", 5))).toBeUndefined();
    expect(t.observe(link("c", 3))).toMatchObject({ kind: "gap" });
  });
});
