export { waitFor, WaitForTimeoutError, type WaitForOptions } from "./wait-for.js";
export { toConf, mergeConf, type ConfObject, type ConfValue } from "./server-config.js";
export { LogBuffer } from "./log-buffer.js";
export { freePort } from "./free-port.js";
export { findNatsServerBinary, NATS_SERVER_INSTALL_HINT } from "./find-binary.js";
export { NatsServer, SERVER_DIR_PREFIX, type NatsServerOptions } from "./nats-server.js";
