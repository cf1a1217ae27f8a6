export {
  startConsole,
  consoleUsersFile,
  type ConsoleOptions,
  type RunningConsole,
} from "./console-server.js";
export { ensureDevelopmentUsers } from "./development-users.js";
export { consoleMetricsTokenFile, ensureMetricsToken } from "./metrics-access.js";
export { UserStore, randomPassword, type ConsoleUser } from "./users.js";
