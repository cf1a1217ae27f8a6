// @tongbao/metrics: the Prometheus metrics of every Tongbao service.
export {
  DEFAULT_LABELS,
  METRICS,
  SERVICE_METRICS,
  metricNamesOf,
  type MetricDefinition,
  type MetricKey,
  type ServiceKind,
} from "./metric-names.js";
export { VERIFICATION_CODES } from "./verification-codes.js";
export {
  ServiceMetrics,
  type ConsumerCounts,
  type ObligationCounts,
  type OutboxCounts,
  type WatchedConnection,
} from "./service-metrics.js";
export { METRICS_PATH, parseExposition, type ExposedSample } from "./exposition.js";
