/**
 * Every metric a Tongbao service exposes: its name, help text, type and labels, defined here
 * and nowhere else. The services, the alert rules (deploy/monitoring/alerts.yml) and their
 * test read the names from this table; a metric not in it cannot be registered.
 *
 * Every series also carries `service` (department, tracker, console) and `org` (the
 * organisation the process speaks for) as default labels: under `tongbao up` several
 * departments share one process, each with its own /metrics.
 */
export const METRICS = {
  published: {
    name: "tongbao_messages_published_total",
    type: "counter",
    help: "Messages accepted for publishing (stored in the outbox), by family.",
    labels: ["family"],
  },
  delivered: {
    name: "tongbao_messages_delivered_total",
    type: "counter",
    help: "Verified messages handed to the service's handler for the first time, by family.",
    labels: ["family"],
  },
  quarantined: {
    name: "tongbao_messages_quarantined_total",
    type: "counter",
    help: "Messages this service's consumers set aside in TB_QUARANTINE, by error code.",
    labels: ["code"],
  },
  verificationFailures: {
    name: "tongbao_verification_failures_total",
    type: "counter",
    help: "Messages refused because signature, key or subject did not verify, by error code.",
    labels: ["code"],
  },
  outboxPending: {
    name: "tongbao_outbox_pending",
    type: "gauge",
    help: "Messages in the local outbox not yet acknowledged by the stream.",
    labels: [],
  },
  outboxOldestAge: {
    name: "tongbao_outbox_oldest_age_seconds",
    type: "gauge",
    help: "Age of the oldest message still in the outbox (0 when it is empty).",
    labels: [],
  },
  consumerPending: {
    name: "tongbao_consumer_pending_messages",
    type: "gauge",
    help: "Messages a durable still holds for this service after its last delivery (consumer lag).",
    labels: ["durable"],
  },
  busConnected: {
    name: "tongbao_bus_connected",
    type: "gauge",
    help: "1 while the service's NATS connection is up, 0 while it is away.",
    labels: [],
  },
  busReconnects: {
    name: "tongbao_bus_reconnects_total",
    type: "counter",
    help: "Times the NATS connection came back after a disconnect.",
    labels: [],
  },
  busDisconnects: {
    name: "tongbao_bus_disconnects_total",
    type: "counter",
    help: "Times the NATS connection was lost.",
    labels: [],
  },
  receiptsOutstanding: {
    name: "tongbao_tracker_receipts_outstanding",
    type: "gauge",
    help: "Receipts recipients still owe, by incident grade (none for other families).",
    labels: ["grade"],
  },
  deadlinesOverdue: {
    name: "tongbao_tracker_deadlines_overdue",
    type: "gauge",
    help: "Open obligations past their deadline, by kind (receipt, feedback, report) and incident grade.",
    labels: ["kind", "grade"],
  },
  consoleSignIns: {
    name: "tongbao_console_sign_ins_total",
    type: "counter",
    help: "Console sign-in attempts, by outcome (ok, refused, limited).",
    labels: ["outcome"],
  },
} as const satisfies Record<string, MetricDefinition>;

export interface MetricDefinition {
  name: string;
  type: "counter" | "gauge";
  help: string;
  labels: readonly string[];
}

export type MetricKey = keyof typeof METRICS;

/** The labels every series of a service carries. */
export const DEFAULT_LABELS = ["service", "org"] as const;

/** What every service on the bus (a department, the tracker) counts of its traffic and link. */
const BUS_SERVICE_METRICS = [
  "published",
  "delivered",
  "quarantined",
  "verificationFailures",
  "outboxPending",
  "outboxOldestAge",
  "consumerPending",
  "busConnected",
  "busReconnects",
  "busDisconnects",
] as const satisfies readonly MetricKey[];

/** Which services expose which metrics: the tracker's own gauges only on the tracker, etc. */
export const SERVICE_METRICS = {
  department: BUS_SERVICE_METRICS,
  tracker: [...BUS_SERVICE_METRICS, "receiptsOutstanding", "deadlinesOverdue"],
  console: ["consoleSignIns"],
} as const satisfies Record<string, readonly MetricKey[]>;

export type ServiceKind = keyof typeof SERVICE_METRICS;

/** The metric names one kind of service exposes (for tests and the alert-rule check). */
export function metricNamesOf(service: ServiceKind): string[] {
  return SERVICE_METRICS[service].map((k) => METRICS[k].name);
}
