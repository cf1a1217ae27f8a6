/**
 * What a nats-server release offers that the bus uses when it is there, each named once with
 * the release that brought it. Callers decide by the version the server reports
 * (`nc.info.version`, or the binary's `--version`), so an operator and an organisation talking
 * to the same server make the same choice; older servers get the plain way.
 */
export const SERVER_FEATURES = {
  /** Several filters on one consumer (`filter_subjects`): one durable per organisation and status. */
  multiFilterConsumers: [2, 10],
  /** Direct get of many messages per request (`batch`, ended by a 204 EOB status). */
  batchDirectGet: [2, 11],
  // Measured by the bench's server-features scenario and not used: an atomic batch holding
  // one id the stream has is refused whole, so the outbox's resend after a crash could not
  // tell stored from refused; fast ingest dedupes but needs grants for its flow-control
  // replies and nats.js's internal API (test/benchmarks/findings/server-features.md).
  /** Atomic batch publish (`allow_atomic`, `Nats-Batch-*` headers). */
  atomicBatchPublish: [2, 12],
  /** Fast ingest (`allow_batched`), paced by flow-control acks. */
  fastIngest: [2, 14],
} as const satisfies Record<string, readonly [number, number]>;

export type ServerFeature = keyof typeof SERVER_FEATURES;

/** Whether a server reporting `version` ("2.10.27", "v2.15.1", "2.11.0-RC.1") has `feature`. */
export function serverHas(version: string | undefined, feature: ServerFeature): boolean {
  const m = /^v?(\d+)\.(\d+)\./.exec(version ?? "");
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const [needMajor, needMinor] = SERVER_FEATURES[feature];
  return major > needMajor || (major === needMajor && minor >= needMinor);
}
