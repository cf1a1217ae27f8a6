import { describe, expect, it } from "vitest";
import { ProgressReport } from "../src/progress.js";

const at = (scanned: number, elapsedMs: number) => ({
  scanned,
  matched: scanned,
  verified: scanned,
  failed: 0,
  lastSeq: scanned,
  endSeq: 10_000,
  elapsedMs,
});

describe("replay progress", () => {
  it("redraws a bar with rate and ETA in place on a terminal", () => {
    const written: string[] = [];
    const p = new ProgressReport({ tty: true, write: (s) => written.push(s) });
    p.update(at(2_500, 1_000));
    p.update(at(5_000, 2_000));
    p.end();
    const ERASE_LINE = "\r\u001b[2K";
    expect(written[0]?.startsWith(ERASE_LINE)).toBe(true);
    expect(written[0]?.slice(ERASE_LINE.length)).toMatch(
      /^\[#{6}-{18}\] {2}25% 2,500\/10,000 2,500 msg\/s ETA 3s/,
    );
    expect(written[1]).toContain(" 50% 5,000/10,000 2,500 msg/s ETA 2s");
    expect(written[2]).toBe("\n");
  });

  it("writes plain lines at most every five seconds when not on a terminal", () => {
    const written: string[] = [];
    const p = new ProgressReport({ tty: false, write: (s) => written.push(s) });
    for (let ms = 500; ms <= 12_000; ms += 500) p.update(at(ms / 2, ms));
    p.end();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^progress: \d+% [\d,]+\/10,000 500 msg\/s ETA \d+s verified/);
    expect(written.every((l) => !l.includes("\r"))).toBe(true);
  });

  it("writes nothing when asked to be quiet", () => {
    const written: string[] = [];
    const p = new ProgressReport({ tty: true, quiet: true, write: (s) => written.push(s) });
    p.update(at(1, 1));
    expect(written).toEqual([]);
  });
});
