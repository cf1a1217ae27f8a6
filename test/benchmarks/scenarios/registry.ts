import type { ScenarioName } from "../cli-options.js";
import type { Scenario } from "../types.js";
import { failoverScenario } from "./failover.js";
import { fanOutManyScenario } from "./fan-out-many.js";
import { cliStartScenario } from "./cli-start.js";
import { growthServicesScenario } from "./growth-services.js";
import { growthSizeScenario } from "./growth-size.js";
import { latencyScenario } from "./latency.js";
import { nestScenario } from "./nest.js";
import { publishScenario } from "./publish.js";
import { replayCommandScenario } from "./replay-command.js";
import { replayMemoryScenario } from "./replay-memory.js";
import { replayPerMessageScenario } from "./replay-per-message.js";
import { replayScenario } from "./replay.js";
import { scaleScenario } from "./scale.js";
import { serverFeaturesScenario } from "./server-features.js";

/**
 * Every scenario by name. Each compares a raw nats.js (or NestJS built-in) baseline with the
 * Tongbao side, measured in the same run; the Tongbao sides come from ../tongbao/, one module
 * per slot: publish-side (tongbao-publish), replay-side (tongbao-replay), latency-side
 * (tongbao-e2e), department-side (fan-out to N services) and nest-side (nest-jetstream).
 */
export const SCENARIOS: Record<ScenarioName, Scenario> = {
  publish: publishScenario,
  replay: replayScenario,
  "replay-per-message": replayPerMessageScenario,
  "replay-memory": replayMemoryScenario,
  "replay-command": replayCommandScenario,
  latency: latencyScenario,
  nest: nestScenario,
  "growth-size": growthSizeScenario,
  "growth-services": growthServicesScenario,
  failover: failoverScenario,
  "fan-out-many": fanOutManyScenario,
  "cli-start": cliStartScenario,
  scale: scaleScenario,
  "server-features": serverFeaturesScenario,
};
