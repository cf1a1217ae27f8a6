/**
 * A Tongbao side of a comparison: either an implementation over @tongbao/bus / @tongbao/nest,
 * or the reason it cannot be measured yet. A missing side prints "not yet available" with
 * the reason; it never prints a number.
 */
export type Slot<T> = { available: true; side: T } | { available: false; reason: string };

export function available<T>(side: T): Slot<T> {
  return { available: true, side };
}

export function notYet<T>(reason: string): Slot<T> {
  return { available: false, reason };
}
