import { ClientNats } from "@nestjs/microservices";
import { Logger } from "@nestjs/common";
import type { NatsConnection } from "@nats-io/transport-node";

/**
 * Child process: a NestJS ClientProxy (ClientNats) emitting events as fast as it can, in its
 * own process like a real emitting service, so its work does not run on the event loop of
 * the handler being measured. Arguments: url pattern count bodyBytes. Tells the parent
 * "sent" once everything is flushed to the server, then exits when the parent disconnects.
 */
const [url, pattern, countText, bodyText] = process.argv.slice(2);
if (!url || !pattern || !countText || !bodyText || !process.send)
  throw new Error("usage (forked with IPC): core-nats-emitter <url> <pattern> <count> <bodyBytes>");
const count = Number(countText);
Logger.overrideLogger(false);
const client = new ClientNats({ servers: [url] });
await client.connect();
const body = "x".repeat(Number(bodyText));
for (let seq = 0; seq < count; seq++) {
  client.emit(pattern, { seq, body });
  // Let the emissions queued so far reach the socket before queueing more.
  if (seq % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
}
await new Promise((resolve) => setImmediate(resolve));
await client.unwrap<NatsConnection>().flush();
process.send("sent");
process.once("disconnect", () => {
  void client.close();
});
