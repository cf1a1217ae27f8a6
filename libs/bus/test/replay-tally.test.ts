import { describe, expect, it } from "vitest";
import type { VerifiedEnvelope } from "../src/envelope/mod.js";
import { ReplayTally } from "../src/replay/replay-tally.js";
import type { ReplayProgress } from "../src/replay/types.js";

/** A verified envelope as the tally reads it: its chain position and key. */
function verifiedAt(seq: number): VerifiedEnvelope {
  return {
    header: {
      producerId: "p",
      producerSeq: BigInt(seq),
      prevDigest: new Uint8Array(32),
      id: `m${seq}`,
    },
    digest: new Uint8Array(32).fill(seq & 0xff),
    payloadBytes: new Uint8Array(0),
    key: { keyId: "k" },
  } as unknown as VerifiedEnvelope;
}

describe("replay tally", () => {
  it("reports progress only once the message read has been verified", () => {
    const reports: ReplayProgress[] = [];
    const tally = new ReplayTally(
      4_096,
      (p) => reports.push(p),
      0,
      () => {},
    );
    for (let seq = 1; seq <= 4_096; seq++) {
      const m = {
        seq,
        subject: "tb.live.bulletin.power.miit",
        storedAt: new Date(),
        data: new Uint8Array(0),
        pending: 4_096 - seq,
      };
      tally.scanned(seq);
      if (seq % 512 === 0) tally.failed(m, new Error("altered"));
      else tally.verified(m as never, verifiedAt(seq));
      tally.settled();
    }
    expect(reports.length).toBeGreaterThan(0);
    for (const p of reports) expect(p.verified + p.failed).toBe(p.scanned);
  });
});
