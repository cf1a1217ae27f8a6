import { AckPolicy, DeliverPolicy, type JetStreamManager } from "@nats-io/jetstream";
import { TongbaoError } from "@tongbao/errors";
import type { DepartmentDurable } from "./types.js";

/** Delivery settings of department durables: the bus Consumer's defaults. */
export interface DurableSettings {
  /** Ack wait in ms (the Consumer's ackWaitMs, 30 s). */
  ackWaitMs?: number;
  /** The Consumer's maxDeliver (5); the durable allows one more delivery, as the Consumer does. */
  maxDeliver?: number;
  /** The Consumer's maxAckPending (256). */
  maxAckPending?: number;
}

export interface DurableReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Creates, with the operator's credentials, the durables departments read through. Their
 * filters are pinned here; department credentials can pull from, look up and ack on them,
 * never create or change one. The settings must equal what the department's Consumer asks
 * for, or its start-up tries an update it is not allowed to make.
 */
export async function provisionDurables(
  jsm: JetStreamManager,
  durables: readonly DepartmentDurable[],
  settings: DurableSettings = {},
): Promise<DurableReport> {
  const wanted = {
    ack_wait: (settings.ackWaitMs ?? 30_000) * 1_000_000,
    max_deliver: (settings.maxDeliver ?? 5) + 1,
    max_ack_pending: settings.maxAckPending ?? 256,
  };
  const report: DurableReport = { created: [], updated: [], unchanged: [] };
  for (const d of durables) {
    const info = await jsm.consumers.info(d.stream, d.name).catch(() => undefined);
    if (!info) {
      await jsm.consumers.add(d.stream, {
        durable_name: d.name,
        filter_subject: d.filter,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...wanted,
      });
      report.created.push(d.name);
      continue;
    }
    const c = info.config;
    if (c.filter_subject !== d.filter) {
      throw new TongbaoError(
        "TB_ERR_CONFIG",
        `durable ${d.stream}/${d.name} filters "${String(c.filter_subject)}", not "${d.filter}"; delete it to re-provision`,
        { path: `${d.stream}.${d.name}.filter_subject` },
      );
    }
    if (
      c.ack_wait !== wanted.ack_wait ||
      c.max_deliver !== wanted.max_deliver ||
      c.max_ack_pending !== wanted.max_ack_pending
    ) {
      await jsm.consumers.update(d.stream, d.name, wanted);
      report.updated.push(d.name);
    } else {
      report.unchanged.push(d.name);
    }
  }
  return report;
}
