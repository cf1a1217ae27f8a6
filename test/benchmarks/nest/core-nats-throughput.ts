import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { perSecond } from "../statistics.js";
import { BULLETIN_EVENT, startCoreNatsMicroservice } from "./core-nats-microservice.js";
import { bulletinTally } from "./event-tally.js";

export interface CoreNatsFigures {
  msgPerSec: number;
  received: number;
}

/**
 * NestJS built-in NATS transport: a ClientNats in a child process emits `count` events of
 * `bodyBytes` of text; the microservice's @EventPattern handler counts them. Throughput is
 * events handled per second from the first to the last. Core NATS keeps nothing, so events
 * the handler could not take in time are lost: `received` says how many arrived.
 */
export async function nestCoreNatsThroughput(
  url: string,
  count: number,
  bodyBytes: number,
  quietMs = 3000,
): Promise<CoreNatsFigures> {
  const app = await startCoreNatsMicroservice(url);
  try {
    const all = bulletinTally.expect(count);
    const emitter = fork(
      fileURLToPath(new URL("./core-nats-emitter.ts", import.meta.url)),
      [url, BULLETIN_EVENT, String(count), String(bodyBytes)],
      { stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    const exited = new Promise<number | null>((resolve) => emitter.once("exit", resolve));
    const sent = new Promise<void>((resolve) => emitter.once("message", () => resolve()));
    if ((await Promise.race([sent.then(() => "sent" as const), exited])) !== "sent")
      throw new Error("the NestJS ClientNats emitter exited before sending everything");
    // After the emitter flushed, wait for the rest while events keep coming in.
    for (;;) {
      const before = bulletinTally.received;
      const finished = await Promise.race([
        all.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), quietMs)),
      ]);
      if (finished || bulletinTally.received === before) break;
    }
    emitter.disconnect();
    await exited;
    const received = bulletinTally.received;
    if (received < 2) throw new Error(`the NestJS handler received ${received} of ${count} events`);
    return {
      msgPerSec: perSecond(received - 1, bulletinTally.lastAt - bulletinTally.firstAt),
      received,
    };
  } finally {
    await app.close();
  }
}
