import { startNatsServer } from "@tongbao/testing";
import type { NatsServer } from "@tongbao/nats-server";

/**
 * The benchmark's own nats-server: JetStream with its store in a fresh temp dir (file
 * storage, as production uses), on a free loopback port, removed when it stops. Limits are
 * raised so a 1,000,000-message replay fits and large messages pass.
 */
export async function startBenchServer(): Promise<NatsServer> {
  return startNatsServer({
    name: "tongbao-bench",
    config: {
      max_payload: 1024 * 1024,
      // A consumer that falls behind a flood of core NATS messages is cut off at this
      // many pending bytes; the NestJS core-NATS peer runs close to it.
      max_pending: 256 * 1024 * 1024,
    },
  });
}
