import { setTimeout as delay } from "node:timers/promises";
import { TongbaoError, isTongbaoError } from "@tongbao/errors";
import { ENV } from "./layout.js";

/** How long and how often a service or command tries to get going while the bus is away. */
export interface StartupRetry {
  /**
   * Give up after this long (ms) and throw the last failure: commands, so that they exit
   * with an error rather than hang. Infinity (services) keeps trying.
   */
  deadlineMs: number;
  /** First wait after a failed attempt (250 ms); doubled per attempt up to `maxDelayMs`. */
  initialDelayMs?: number;
  /** Longest wait between attempts (10 s). */
  maxDelayMs?: number;
  /** Told of every failed attempt that will be retried (a logger's warn, typically). */
  onRetry?: (attempt: StartupAttempt) => void;
  /** Stops retrying early (a service asked to stop while it waits for the bus). */
  signal?: AbortSignal;
}

export interface StartupAttempt {
  /** What was being started ("connect to the bus", "department miit"). */
  what: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** Why it failed. */
  reason: string;
  /** When the next attempt starts. */
  retryInMs: number;
  /** Since the first attempt. */
  elapsedMs: number;
}

/** Commands give up after this long unless told otherwise (`--connect-deadline`). */
export const COMMAND_CONNECT_DEADLINE_MS = 10_000;

/**
 * The deadline from `--connect-deadline <seconds>` or TONGBAO_CONNECT_DEADLINE, else the
 * given default; "none" means keep trying for ever, 0 one attempt only.
 */
export function connectDeadlineMs(
  flag: string | undefined,
  fallbackMs: number,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const raw = flag ?? (env[ENV.connectDeadline] || undefined);
  if (raw === undefined) return fallbackMs;
  if (raw === "none") return Infinity;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `--connect-deadline (or ${ENV.connectDeadline}) must be a number of seconds or "none", not "${raw}"`,
      { path: "--connect-deadline" },
    );
  }
  return seconds * 1000;
}

/**
 * A failure worth another attempt: the bus unreachable or slow (TB_ERR_UNAVAILABLE, or a
 * client error such as a timeout or "no responders" from a server still starting). Wrong
 * configuration or refused credentials are not: trying again would only hide them.
 */
export function isStartupRetryable(err: unknown): boolean {
  return isTongbaoError(err) ? err.retryable : true;
}

/**
 * Runs `start` until it succeeds, waiting between attempts with capped exponential backoff
 * and full jitter (so that services restarted together by one outage do not all come back
 * in the same instant). A failure that retrying cannot mend is thrown at once; after the
 * deadline the last failure is thrown, saying how long and how often it was tried.
 */
export async function retryStartup<T>(
  what: string,
  start: () => Promise<T>,
  policy: StartupRetry,
): Promise<T> {
  const first = Date.now();
  const initial = policy.initialDelayMs ?? 250;
  const cap = policy.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      if (!isStartupRetryable(err)) throw err;
      const elapsedMs = Date.now() - first;
      const backoff = Math.min(cap, initial * 2 ** (attempt - 1));
      // Full jitter, but never under a tenth of the step: a retry is never a busy loop.
      const wait = Math.round(backoff * (0.1 + 0.9 * Math.random()));
      const reason = (err as Error).message ?? String(err);
      if (elapsedMs + wait > policy.deadlineMs || policy.signal?.aborted) {
        throw gaveUp(what, err, attempt, elapsedMs);
      }
      policy.onRetry?.({ what, attempt, reason, retryInMs: wait, elapsedMs });
      try {
        await delay(wait, undefined, policy.signal ? { signal: policy.signal } : {});
      } catch {
        throw gaveUp(what, err, attempt, Date.now() - first);
      }
    }
  }
}

function gaveUp(what: string, err: unknown, attempts: number, elapsedMs: number): TongbaoError {
  const last = (err as Error).message ?? String(err);
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  const path = isTongbaoError(err) ? err.path : undefined;
  return new TongbaoError(
    "TB_ERR_UNAVAILABLE",
    `gave up trying to ${what} after ${tries} in ${(elapsedMs / 1000).toFixed(1)} s: ${last}`,
    { cause: err, ...(path === undefined ? {} : { path }) },
  );
}
