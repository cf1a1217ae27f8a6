export { main } from "./cli.js";
export type { Command, Output } from "./command.js";
