import { connect, headers, type NatsConnection } from "@nats-io/transport-node";
import { TongbaoError } from "@tongbao/errors";
import type { DepartmentService } from "../service/department-service.js";
import { cloudEventOf, natsBinaryOf } from "./cloudevents.js";

/** Where received messages are handed on to tools that do not speak Tongbao. */
export interface RepublishOptions {
  /** A NATS server of the organisation's own (not the bus), e.g. `nats://127.0.0.1:4222`. */
  url: string;
  /** Subject prefix: each message goes to `<prefix>.<bus subject>`. */
  prefix: string;
}

const PREFIX = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * Re-publishes every new inbox entry as a CloudEvent in the NATS protocol binding's binary
 * mode (`ce-` headers, the payload's JSON as the body), the signed envelope included as
 * `ce-tbenvelope`, so a consumer can still verify it; TLP:RED is never handed on. Core NATS, at most once: the inbox and
 * its SSE stream stay the record to catch up from.
 */
export async function startRepublisher(
  service: DepartmentService,
  o: RepublishOptions,
): Promise<{ nc: NatsConnection; stop(): Promise<void> }> {
  if (!PREFIX.test(o.prefix)) {
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `--republish-prefix must be subject tokens separated by dots, not "${o.prefix}"`,
      { path: "--republish-prefix" },
    );
  }
  const nc = await connect({ servers: o.url, name: `tongbao-${service.profile.id}-cloudevents` });
  const onDelivered = (entry: Parameters<typeof cloudEventOf>[0]) => {
    // TLP:RED is for the named recipients' eyes only and reaches them decrypted: a server
    // other tools read is past that line, so RED stays in the inbox and its SSE stream.
    if (entry.tlp === "RED") return;
    const { headers: ce, body } = natsBinaryOf(cloudEventOf(entry));
    const h = headers();
    for (const [name, value] of Object.entries(ce)) h.set(name, value);
    nc.publish(`${o.prefix}.${entry.subject}`, body, { headers: h });
  };
  service.on("delivered", onDelivered);
  return {
    nc,
    async stop() {
      service.off("delivered", onDelivered);
      await nc.drain();
    },
  };
}
