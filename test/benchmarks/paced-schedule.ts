import { setTimeout as delay } from "node:timers/promises";

/**
 * A fixed send schedule: message i is due at start + i / rate. Each message is handed to
 * `send` with its scheduled time, and latency is measured from that time, not from when the
 * send actually happened, so a stalled sender shows up as latency instead of hiding it
 * (coordinated omission). Several due messages are sent back to back after a timer tick.
 */
export async function sendOnSchedule(
  rate: number,
  count: number,
  send: (seq: number, scheduledAt: number) => void,
): Promise<{ lateMs: number }> {
  const interval = 1000 / rate;
  const start = performance.now();
  let seq = 0;
  let lateMs = 0;
  while (seq < count) {
    const now = performance.now();
    while (seq < count && start + seq * interval <= now) {
      const due = start + seq * interval;
      lateMs = Math.max(lateMs, now - due);
      send(seq, due);
      seq++;
    }
    if (seq < count) {
      const wait = start + seq * interval - performance.now();
      // A resolution of 1 ms is what timers offer; everything due by then goes together.
      await delay(Math.max(0, wait));
    }
  }
  return { lateMs };
}
