/** What a JetStream message's reply subject says of it. */
export interface AckInfo {
  /** How many times this message has been delivered (1 the first time). */
  delivered: number;
  seq: number;
  /** The consumer's delivery sequence. */
  delivery: number;
  timeMs: number;
  pending: number;
}

// Reused: one reply is parsed at a time, and the fields are copied out at once.
const dots = new Int32Array(12);
const info: AckInfo = { delivered: 0, seq: 0, delivery: 0, timeMs: 0, pending: 0 };

/**
 * Reads the reply subject of a consumer's message without splitting it (the split strings
 * and numbers are the reader's largest cost per message otherwise):
 *
 *   $JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<delivery seq>.<time ns>.<pending>
 *
 * or, from newer servers, with <domain>.<account hash> after ACK and a random token at the
 * end (11 dots instead of 8; stream and consumer names cannot contain dots).
 */
export function ackInfo(reply: string): AckInfo | undefined {
  if (!reply.startsWith("$JS.ACK.")) return undefined;
  let n = 0;
  for (let at = reply.indexOf("."); at >= 0; at = reply.indexOf(".", at + 1)) {
    if (n === dots.length) return undefined;
    dots[n++] = at;
  }
  const first = n === 8 ? 4 : n === 11 ? 6 : -1;
  if (first < 0) return undefined;
  dots[n] = reply.length; // the end of the last token
  info.delivered = digits(reply, dots[first - 1]! + 1, dots[first]!);
  info.seq = digits(reply, dots[first]! + 1, dots[first + 1]!);
  info.delivery = digits(reply, dots[first + 1]! + 1, dots[first + 2]!);
  // Nanoseconds do not fit a double; milliseconds are what a Date holds anyway.
  info.timeMs = digits(reply, dots[first + 2]! + 1, dots[first + 3]! - 6);
  info.pending = digits(reply, dots[first + 3]! + 1, dots[first + 4]!);
  return info.seq >= 0 && info.delivery >= 0 && info.timeMs >= 0 && info.pending >= 0
    ? info
    : undefined;
}

/** The decimal number in reply[from, to), or -1 if there is none. */
function digits(s: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
