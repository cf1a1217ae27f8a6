// The raw side of the replay-command benchmark, a process of its own as `tongbao replay` is:
// a nats.js ordered consumer reading stream STREAM from sequence FROM to TO. It prints one
// line when the first message arrives (its time to first output) and one at the end.
// Plain JavaScript, so it starts as plain Node does, with no TypeScript loader in front.
//
//   node ordered-range-reader.mjs URL STREAM FROM TO
import { DeliverPolicy, jetstream } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";

const [url, stream, fromText, toText] = process.argv.slice(2);
const from = Number(fromText);
const to = Number(toText);
if (!url || !stream || !(from >= 1) || !(to >= from)) {
  process.stderr.write("usage: ordered-range-reader.mjs URL STREAM FROM TO\n");
  process.exit(2);
}
const nc = await connect({ servers: url, name: "raw-ordered-range" });
const consumer = await jetstream(nc).consumers.get(stream, {
  deliver_policy: DeliverPolicy.StartSequence,
  opt_start_seq: from,
});
const messages = await consumer.consume({ max_messages: 1000 });
let read = 0;
let bytes = 0;
for await (const m of messages) {
  if (read === 0) process.stdout.write(`first #${m.seq}\n`);
  read++;
  bytes += m.data.length;
  if (m.seq >= to) break;
}
await messages.close();
process.stdout.write(`read ${read} messages, ${bytes} bytes\n`);
await nc.close();
