import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { TongbaoError } from "@tongbao/errors";
import { sameSecret, type Session } from "./sessions.js";

/**
 * Where the console keeps the token its Prometheus scraper presents for GET /metrics
 * (`Authorization: Bearer <token>`; Prometheus reads it with `credentials_file`).
 */
export function consoleMetricsTokenFile(home: string): string {
  return join(home, "console", "metrics.token");
}

/** The scrape token: the one kept in the file, or a new one (32 random bytes, mode 0600). */
export async function ensureMetricsToken(home: string): Promise<string> {
  const file = consoleMetricsTokenFile(home);
  const kept = (await readFile(file, "utf8").catch(() => "")).trim();
  if (kept) return kept;
  const token = randomBytes(32).toString("base64url");
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return token;
}

/**
 * Who may read the console's metrics: its scraper, with the token, or a signed-in operator.
 * The console is the one HTTP surface every organisation's duty officers reach, so its
 * counts (sign-ins by outcome: who is being refused or throttled, and how often) are not
 * served to a caller who has not signed in, nor to an officer. Throws
 * TB_ERR_UNAUTHENTICATED (401, with the Bearer challenge) or TB_ERR_FORBIDDEN (403).
 */
export function checkScrape(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  session: Session | undefined,
): void {
  const header = req.headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer !== undefined) {
    if (sameSecret(bearer, token)) return;
  } else if (session) {
    if (session.user.role === "operator") return;
    throw new TongbaoError(
      "TB_ERR_FORBIDDEN",
      "the console's metrics are the operator's: sign in as an operator or scrape with the token",
    );
  }
  res.setHeader("www-authenticate", 'Bearer realm="tongbao-console"');
  throw new TongbaoError(
    "TB_ERR_UNAUTHENTICATED",
    bearer === undefined
      ? "the console's metrics need the scrape token (Authorization: Bearer, from console/metrics.token) or an operator's sign-in"
      : "the scrape token is not the console's (console/metrics.token)",
    { path: "authorization" },
  );
}
