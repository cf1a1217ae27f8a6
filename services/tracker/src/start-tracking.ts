import type { NatsConnection } from "@nats-io/transport-node";
import { EnvelopeVerifier, Publisher, type KeyResolver, type Signer } from "@tongbao/bus";
import { ServiceMetrics } from "@tongbao/metrics";
import type { Logger } from "pino";
import { loadDeadlinePolicy, type DeadlinePolicy } from "./deadline-policy.js";
import { serveTracking, type TrackingHttpServer } from "./http-server.js";
import { Tracker } from "./tracker.js";

export interface TrackingServiceOptions {
  nc: NatsConnection;
  /** Where signing keys are looked up (the Registry). */
  keys: KeyResolver;
  /** The tracker's own identity; its key must be registered for its organisation. */
  signer: Signer;
  /** Directory of the tracker's publisher outbox. */
  outboxDir: string;
  /** The policy, or the path of its JSON file (deploy/tracker/deadlines.json). */
  policy: DeadlinePolicy | string;
  status?: "live" | "exercise";
  /** Serve the status API here; omit for none. Port 0 picks a free one. */
  http?: { host?: string; port?: number };
  /** How often deadlines are evaluated (60 s). */
  tickIntervalMs?: number;
  now?: () => Date;
  logger?: Logger;
}

export interface TrackingService {
  tracker: Tracker;
  /** What GET /metrics serves. */
  metrics: ServiceMetrics;
  http: TrackingHttpServer | undefined;
  close(): Promise<void>;
}

/**
 * The tracker as a running service: its publisher (outbox in `outboxDir`), the tracker rebuilt
 * from the stream, a tick every `tickIntervalMs`, and the HTTP status API. What `tongbao up`
 * or a deployment starts.
 */
export async function startTracking(o: TrackingServiceOptions): Promise<TrackingService> {
  const policy = typeof o.policy === "string" ? await loadDeadlinePolicy(o.policy) : o.policy;
  const publisher = await Publisher.open({
    nc: o.nc,
    signer: o.signer,
    producerId: `${o.signer.orgId}-${o.status ?? "live"}`,
    outboxDir: o.outboxDir,
    ...(o.now ? { now: o.now } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  const metrics = new ServiceMetrics({ service: "tracker", org: o.signer.orgId });
  metrics.watchConnection(o.nc);
  metrics.readOutbox(() => publisher.stats());
  let tracker: Tracker;
  try {
    tracker = await Tracker.start({
      nc: o.nc,
      verifier: new EnvelopeVerifier(o.keys),
      publisher,
      org: o.signer.orgId,
      policy,
      tickIntervalMs: o.tickIntervalMs ?? 60_000,
      metrics,
      ...(o.status ? { status: o.status } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.logger ? { logger: o.logger } : {}),
    });
  } catch (err) {
    await publisher.close();
    throw err;
  }
  const running = tracker;
  metrics.readConsumers(() => [running.consumerStats()]);
  metrics.readObligations(() => running.obligationCounts());
  const http = o.http ? await serveTracking(tracker, { ...o.http, metrics }) : undefined;
  return {
    tracker,
    metrics,
    http,
    async close() {
      await http?.close();
      await tracker.stop();
      await publisher.close();
    },
  };
}
