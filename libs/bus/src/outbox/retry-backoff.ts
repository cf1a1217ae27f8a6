/**
 * Delay before retry number `attempt` (1-based): exponential from `initialMs`, capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so that many publishers that lost the
 * bus at the same moment do not all come back at the same moment.
 */
export function retryDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}
