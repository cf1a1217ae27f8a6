#!/usr/bin/env node
import { main } from "./cli.js";

process.exitCode = await main(process.argv.slice(2));
// A command is done once main() resolves: whatever handle a library left open (a timer, a
// socket still closing) must not keep the process alive. Unref'd, so output still flushes.
setTimeout(() => process.exit(), 2_000).unref();
