// `@tongbao/organisations/connect`: connecting to the bus as an organisation or the operator,
// without the profile loader, the topology and the broker configuration the main face also
// loads (and Ajv with them); what a `tongbao` command needs before its first output.
// Everything here is exported by the main face too.
export {
  busAddress,
  connectAs,
  connectionOptions,
  type BusAddress,
  type ConnectAsOptions,
} from "./connect.js";
export {
  COMMAND_CONNECT_DEADLINE_MS,
  connectDeadlineMs,
  type StartupAttempt,
  type StartupRetry,
} from "./startup-retry.js";
