// Test fixtures on real NATS. The process launcher itself lives in @tongbao/nats-server
// (the development bus uses it too); it is re-exported here so tests import one package.
export * from "@tongbao/nats-server";
export { NatsCluster, type NatsClusterOptions } from "./nats-cluster.js";
export {
  startNats,
  startNatsServer,
  startNatsCluster,
  canControlServers,
  NatsUnavailableError,
  type TestNats,
} from "./nats-source.js";
export { showServerLogsOnFailure } from "./logs-on-failure.js";
export {
  NetworkNamespace,
  networkNamespacesUnavailable,
  type VethLink,
} from "./network-namespace.js";
