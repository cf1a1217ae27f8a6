import { randomFillSync } from "node:crypto";

/**
 * Message ids are UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter
 * (method 1 of §6.2) and 62 random bits. Ids from one process sort in creation order even
 * within one millisecond, which keeps JetStream's dedup index and any log of ids ordered.
 */

const HEX_DIGITS = "0123456789abcdef";
const POOL_SIZE = 16 * 1024;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;
let lastMs = -1;
let counter = 0;
// The id's 16 bytes and its 36 characters are laid out in buffers reused for every id, so
// making one allocates only the string itself (ids are made for every message published).
const bytes = new Uint8Array(16);
const text = Buffer.alloc(36, "-");

/** Offset in `pool` of `n` fresh random bytes. */
function randomAt(n: number): number {
  if (poolOffset + n > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const at = poolOffset;
  poolOffset += n;
  return at;
}

/** A new UUIDv7 in canonical lower-case text form. */
export function uuidv7(now: number = Date.now()): string {
  const r = randomAt(10);
  let ms = now;
  if (ms > lastMs) {
    lastMs = ms;
    // Start the counter in the lower half so a burst within one millisecond has room.
    counter = ((pool[r] as number) << 3) | ((pool[r + 1] as number) & 0x07);
  } else {
    // Same (or an earlier, after a clock step back) millisecond: keep ids increasing.
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      lastMs = ++ms;
      counter = 0;
    }
  }
  const b = bytes;
  b[0] = Math.floor(ms / 2 ** 40) & 0xff;
  b[1] = Math.floor(ms / 2 ** 32) & 0xff;
  b[2] = (ms >>> 24) & 0xff;
  b[3] = (ms >>> 16) & 0xff;
  b[4] = (ms >>> 8) & 0xff;
  b[5] = ms & 0xff;
  b[6] = 0x70 | ((counter >>> 8) & 0x0f);
  b[7] = counter & 0xff;
  b[8] = 0x80 | ((pool[r + 2] as number) & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = pool[r + i - 6] as number;
  let at = 0;
  for (let i = 0; i < 16; i++) {
    const byte = b[i] as number;
    text[at++] = HEX_DIGITS.charCodeAt(byte >>> 4);
    text[at++] = HEX_DIGITS.charCodeAt(byte & 0x0f);
    if (i === 3 || i === 5 || i === 7 || i === 9) at++; // the "-" already there
  }
  return text.toString("latin1", 0, 36);
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for a canonical lower-case UUIDv7. */
export function isUuidv7(id: string): boolean {
  return UUID_V7.test(id);
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Time(id: string): Date {
  return new Date(parseInt(id.slice(0, 8) + id.slice(9, 13), 16));
}
