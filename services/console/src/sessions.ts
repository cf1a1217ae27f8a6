import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { TongbaoError } from "@tongbao/errors";
import type { ConsoleUser } from "./users.js";

export interface Session {
  user: ConsoleUser;
  /** Sent back on every state-changing request (header X-CSRF-Token): a cross-site form cannot know it. */
  csrf: string;
  expiresAt: number;
}

export const SESSION_COOKIE = "tb_console";

/**
 * Server-side sessions: the browser holds only a random token (HttpOnly, SameSite=Strict), the
 * server a hash of it, so a leaked session table opens nothing. Sessions end at sign-out, after
 * `idleMs` without a request, or `maxMs` after sign-in, whichever comes first.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session & { startedAt: number }>();

  constructor(private readonly o: { idleMs: number; maxMs: number; now: () => number }) {}

  open(user: ConsoleUser): { token: string; session: Session } {
    const token = randomBytes(32).toString("base64url");
    const now = this.o.now();
    const session = {
      user,
      csrf: randomBytes(24).toString("base64url"),
      expiresAt: now + this.o.idleMs,
      startedAt: now,
    };
    this.#sessions.set(digest(token), session);
    return { token, session };
  }

  /** The live session of a token, its idle deadline pushed on; undefined when none or expired. */
  get(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const key = digest(token);
    const s = this.#sessions.get(key);
    if (!s) return undefined;
    const now = this.o.now();
    if (now >= s.expiresAt || now >= s.startedAt + this.o.maxMs) {
      this.#sessions.delete(key);
      return undefined;
    }
    s.expiresAt = Math.min(now + this.o.idleMs, s.startedAt + this.o.maxMs);
    return s;
  }

  close(token: string | undefined): void {
    if (token) this.#sessions.delete(digest(token));
  }

  /** Ends every session of a user (e.g. their password changed). */
  closeUser(name: string): void {
    for (const [k, s] of this.#sessions) if (s.user.name === name) this.#sessions.delete(k);
  }
}

function digest(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Failed sign-ins per user name and per client address in a sliding window: after `limit`
 * failures, further attempts are refused until the oldest falls out of the window.
 */
export class SignInLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly o: { limit: number; windowMs: number; now: () => number }) {}

  check(keys: string[]): void {
    const now = this.o.now();
    for (const key of keys) {
      const recent = (this.#failures.get(key) ?? []).filter((t) => now - t < this.o.windowMs);
      this.#failures.set(key, recent);
      if (recent.length >= this.o.limit) {
        const waitS = Math.ceil((recent[0]! + this.o.windowMs - now) / 1000);
        throw new TongbaoError(
          "TB_ERR_RATE_LIMITED",
          `too many failed sign-ins; try again in ${waitS} s`,
          { details: { retryAfterS: waitS } },
        );
      }
    }
  }

  failed(keys: string[]): void {
    const now = this.o.now();
    for (const key of keys) this.#failures.set(key, [...(this.#failures.get(key) ?? []), now]);
  }

  succeeded(keys: string[]): void {
    for (const key of keys) this.#failures.delete(key);
  }
}
