import { parseArgs } from "node:util";
import { DeliverPolicy, jetstream, type OrderedConsumerOptions } from "@nats-io/jetstream";
import { compileFilter, readUnverified } from "@tongbao/bus/read";
import { EXIT, type Command, type Output } from "../command.js";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, closeQuietly, connectBus } from "../connection.js";
import { FILTER_OPTIONS, FILTER_USAGE, countOf, filterOf, streamOf, timeOf } from "../filters.js";
import {
  loadSealedReader,
  messageJson,
  messageJsonLine,
  needsSealedReader,
  type ShownMessage,
} from "../message-json.js";
import { TRUST_OPTIONS, TRUST_USAGE, openVerifier } from "../trust.js";

export const tail: Command = {
  usage:
    `tongbao tail [--since TIME | --from-seq N] [--count N] [--no-verify] ${FILTER_USAGE} ` +
    `${TRUST_USAGE} ${CONNECTION_USAGE}`,
  example: "tongbao tail --status exercise --family incident --json",
  async run(argv, out) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONNECTION_OPTIONS,
        ...TRUST_OPTIONS,
        ...FILTER_OPTIONS,
        since: { type: "string" },
        "from-seq": { type: "string" },
        count: { type: "string" },
        "no-verify": { type: "boolean", default: false },
      },
    });
    const stream = streamOf(values);
    const filter = filterOf(values);
    const matches = compileFilter(filter);
    const count = values.count === undefined ? undefined : countOf("--count", values.count);
    const opts: Partial<OrderedConsumerOptions> = {};
    if (filter.subject) opts.filter_subjects = filter.subject;
    if (values["from-seq"] !== undefined)
      opts.opt_start_seq = countOf("--from-seq", values["from-seq"]);
    else if (values.since !== undefined)
      opts.opt_start_time = timeOf("--since", values.since).toISOString();
    else opts.deliver_policy = DeliverPolicy.New;
    const verify = !values["no-verify"];

    const nc = await connectBus(values);
    try {
      const { registry, verifier } = await openVerifier(nc, values);
      const consumer = await jetstream(nc).consumers.get(stream, opts);
      const messages = await consumer.consume({ max_messages: 256 });
      const stop = () => messages.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      let shown = 0;
      try {
        if (!values.json)
          out.error(
            `following ${stream}${filter.subject ? ` (${filter.subject})` : ""}; Ctrl-C to stop`,
          );
        for await (const m of messages) {
          const storedAt = m.time;
          let shownMessage: ShownMessage;
          try {
            if (verify) {
              const v = await verifier.verify(m.data, { subject: m.subject, storedAt });
              shownMessage = {
                seq: m.seq,
                subject: m.subject,
                storedAt,
                header: v.header,
                payloadBytes: v.payloadBytes,
                verified: true,
                keyId: v.key.keyId,
              };
            } else {
              const { envelope, header } = readUnverified(m.data);
              shownMessage = {
                seq: m.seq,
                subject: m.subject,
                storedAt,
                header,
                payloadBytes: envelope.payload,
                verified: false,
              };
            }
          } catch (err) {
            failed(m.seq, m.subject, err as Error, values.json, out);
            continue;
          }
          if (!matches(shownMessage.subject, shownMessage.header)) continue;
          if (needsSealedReader(shownMessage)) await loadSealedReader();
          show(shownMessage, values.json, out);
          if (count !== undefined && ++shown >= count) break;
        }
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        messages.stop();
        await consumer.delete().catch(() => {});
        await registry.close();
      }
      return EXIT.ok;
    } finally {
      await closeQuietly(nc);
    }
  },
};

function show(m: ShownMessage, json: boolean, out: Output): void {
  if (json) {
    out.log(messageJsonLine(m));
    return;
  }
  const j = messageJson(m);
  const payload = (j["payload"] ?? {}) as Record<string, unknown>;
  const title = j["sealed"] ? "(TLP:RED, sealed)" : (payload["title"] ?? payload["summary"] ?? "");
  out.log(
    `#${m.seq} ${m.storedAt.toISOString()} ${m.subject} ${m.header.type} from ${m.header.source}` +
      `${m.verified ? " ✓" : " (unverified)"}${title ? ` — ${String(title)}` : ""}`,
  );
}

function failed(seq: number, subject: string, err: Error, json: boolean, out: Output): void {
  const code = (err as { code?: string }).code ?? "TB_ERR_INTERNAL";
  if (json) out.log(JSON.stringify({ seq, subject, verified: false, code, error: err.message }));
  else out.log(`#${seq} ${subject} FAILED verification: ${code} ${err.message}`);
}
