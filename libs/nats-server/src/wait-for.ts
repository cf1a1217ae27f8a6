/** Options for {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** What is being awaited, named in the error when time runs out. */
  name?: string;
  /** Milliseconds between two checks. */
  interval?: number;
  /** Stops waiting at once, rejecting with the signal's reason. */
  signal?: AbortSignal;
}

/** Thrown by {@link waitFor} when the condition never held. */
export class WaitForTimeoutError extends Error {
  override name = "WaitForTimeoutError";
}

/**
 * Polls `condition` until it returns a truthy value and resolves with that value. A condition
 * that throws counts as "not yet"; its last error is named if time runs out. This is the only
 * way tests wait: never a fixed sleep.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 10_000, name = "condition", interval = 25, signal }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    signal?.throwIfAborted();
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? `; last error: ${lastError.message}` : "";
      throw new WaitForTimeoutError(`timed out after ${timeout} ms waiting for ${name}${why}`, {
        cause: lastError,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
