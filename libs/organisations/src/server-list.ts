import { TongbaoError } from "@tongbao/errors";
import { ENV } from "./layout.js";

const SCHEMES = new Set(["nats:", "tls:", "ws:", "wss:"]);

/**
 * The servers of a `--server` / TONGBAO_URL value: comma-separated, each `nats://host:port`,
 * `tls://host:port` (or ws/wss, or a bare `host:port`). Checked here, before anything
 * connects, so a typo is named at once instead of being retried as an unreachable server.
 */
export function parseServerList(value: string, flag = "--server"): string[] {
  const entries = value.split(",").map((s) => s.trim());
  if (entries.length === 0 || entries.every((s) => s === "")) {
    throw badList(flag, `${flag} (or ${ENV.url}) names no server`);
  }
  return entries.map((entry) => {
    if (entry === "") {
      throw badList(flag, `${flag} "${value}" has an empty entry between its commas`);
    }
    checkServer(entry, flag);
    return entry;
  });
}

function checkServer(entry: string, flag: string): void {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `nats://${entry}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw notAServer(entry, flag, "it does not parse as a URL");
  }
  if (!SCHEMES.has(url.protocol)) {
    throw notAServer(entry, flag, `the scheme ${url.protocol.slice(0, -1)} is not a NATS one`);
  }
  if (!url.hostname) throw notAServer(entry, flag, "it names no host");
  if (url.pathname !== "" && url.pathname !== "/") {
    throw notAServer(entry, flag, `a server URL has no path (${url.pathname})`);
  }
}

function notAServer(entry: string, flag: string, why: string): TongbaoError {
  return badList(
    flag,
    `${flag}: "${entry}" is not a NATS server address (${why}); use tls://host:port or nats://host:port, several separated by commas`,
  );
}

function badList(flag: string, message: string): TongbaoError {
  return new TongbaoError("TB_ERR_CONFIG", message, { path: flag });
}
