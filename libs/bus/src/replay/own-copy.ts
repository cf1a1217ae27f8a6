/** Bytes per slab; a message of half a slab or more gets an allocation of its own. */
const SLAB = 8 * 1024;

let slab = new Uint8Array(0);
let used = 0;

/**
 * A copy of `bytes` that no other message's bytes share more than a slab with: small copies
 * are cut from 8 KiB slabs, as Node's Buffer pool does, so that a replay allocates once per
 * few messages, not once per message (a copy per message was 6 % of a replay's main thread),
 * while a caller that keeps a message keeps at most a slab alive with it, not the chunk or
 * batch it came in.
 */
export function ownCopy(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n >= SLAB >>> 1) return bytes.slice();
  if (used + n > slab.length) {
    slab = new Uint8Array(SLAB);
    used = 0;
  }
  const copy = slab.subarray(used, used + n);
  copy.set(bytes);
  used += n;
  return copy;
}
