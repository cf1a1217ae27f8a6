export { main } from "./cli.js";
export type { Command, Output } from "./command.js";
export { PLATFORMS, provisionBus, secureBusFiles } from "./secure-bus.js";
export {
  nationalPorts,
  provisionNational,
  startNationalServers,
  type LeafNetwork,
  type NationalServers,
} from "./national-bus.js";
