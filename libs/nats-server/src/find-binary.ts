import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";

/** Where nats-server is looked for besides PATH: Debian installs it in /usr/sbin. */
const EXTRA_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/bin"];

/** How to get nats-server, for errors that must say what to do next. */
export const NATS_SERVER_INSTALL_HINT =
  "install nats-server (Debian/Ubuntu: `sudo apt-get install nats-server`; elsewhere see " +
  "https://docs.nats.io/running-a-nats-service/introduction/installation)";

/** The nats-server executable on PATH (or in the sbin dirs), if any. */
export async function findNatsServerBinary(): Promise<string | undefined> {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter), ...EXTRA_DIRS].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, "nats-server");
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return undefined;
}
