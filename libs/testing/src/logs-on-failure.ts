import { afterEach } from "vitest";
import type { NatsServer } from "@tongbao/nats-server";

/**
 * Prints the last lines each server logged after any failed test in the calling suite: what
 * the server said is usually the fastest way to see why a test failed.
 */
export function showServerLogsOnFailure(servers: () => Iterable<NatsServer | undefined>): void {
  afterEach((ctx) => {
    if (ctx.task.result?.state !== "fail") return;
    for (const server of servers()) {
      if (server)
        console.error(`--- nats-server ${server.name} (last lines) ---\n${server.logs.text()}`);
    }
  });
}
