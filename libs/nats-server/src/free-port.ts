import { createServer } from "node:net";

/**
 * Asks the kernel for a free loopback port. Used only where a port must be known before any
 * server starts (cluster routes name each other); single servers use `-1` instead.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port")),
      );
    });
  });
}
