export { waitFor, WaitForTimeoutError, type WaitForOptions } from "./wait-for.js";
export { toConf, mergeConf, type ConfObject, type ConfValue } from "./server-config.js";
export { LogBuffer } from "./log-buffer.js";
export { freePort } from "./free-port.js";
export {
  findNatsServerBinary,
  natsServerBinaries,
  NatsServerBinaryError,
  NATS_SERVER_ENV,
  NATS_SERVER_INSTALL_HINT,
  type NatsServerBinary,
} from "./find-binary.js";
export { NatsServer, SERVER_DIR_PREFIX, type NatsServerOptions } from "./nats-server.js";
export { waitForMetaLeader } from "./cluster-ready.js";
