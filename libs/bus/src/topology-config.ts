import { createRequire } from "node:module";
import { TongbaoError } from "@tongbao/errors";
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";

/**
 * Retention, size and replication of the bus's streams and buckets. Every value has a default;
 * a deployment overrides what it needs (a 3-node cluster sets replicas: 3). Durations are in
 * milliseconds, sizes in bytes; 0 (age) and -1 (bytes) mean unlimited.
 */
export interface StreamSettings {
  maxAgeMs: number;
  maxBytes: number;
  replicas: number;
}

export interface BucketSettings {
  /** Values kept per key (1 to 64). */
  history: number;
  maxBytes: number;
  replicas: number;
}

export interface TopologyConfig {
  /** JetStream dedup window of every stream: a republished Nats-Msg-Id within it is dropped. */
  duplicateWindowMs: number;
  storage: "file" | "memory";
  streams: {
    live: StreamSettings;
    exercise: StreamSettings;
    test: StreamSettings;
    quarantine: StreamSettings;
    audit: StreamSettings;
  };
  buckets: { registry: BucketSettings; tracking: BucketSettings; checkpoints: BucketSettings };
}

/** What a configuration file may say: everything optional, `replicas` applying to all. */
export interface TopologyConfigInput {
  replicas?: number;
  duplicateWindowMs?: number;
  storage?: "file" | "memory";
  streams?: Partial<Record<keyof TopologyConfig["streams"], Partial<StreamSettings>>>;
  buckets?: Partial<Record<keyof TopologyConfig["buckets"], Partial<BucketSettings>>>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Defaults: live traffic and the audit trail are kept until removed on purpose. */
const STREAM_DEFAULTS: Record<keyof TopologyConfig["streams"], Omit<StreamSettings, "replicas">> = {
  live: { maxAgeMs: 0, maxBytes: -1 },
  exercise: { maxAgeMs: 30 * DAY, maxBytes: -1 },
  test: { maxAgeMs: 7 * DAY, maxBytes: -1 },
  quarantine: { maxAgeMs: 90 * DAY, maxBytes: -1 },
  audit: { maxAgeMs: 0, maxBytes: -1 },
};

const BUCKET_DEFAULTS: Record<keyof TopologyConfig["buckets"], Omit<BucketSettings, "replicas">> = {
  // The registry keeps every revision NATS allows, so a rolled-back key record is noticed.
  registry: { history: 64, maxBytes: -1 },
  tracking: { history: 5, maxBytes: -1 },
  // Checkpoints are written once and never replaced.
  checkpoints: { history: 1, maxBytes: -1 },
};

const replicas = { type: "integer", minimum: 1, maximum: 5 };
const maxBytes = { type: "integer", minimum: -1 };
const streamSchema = {
  type: "object",
  additionalProperties: false,
  properties: { maxAgeMs: { type: "integer", minimum: 0 }, maxBytes, replicas },
};
const bucketSchema = {
  type: "object",
  additionalProperties: false,
  properties: { history: { type: "integer", minimum: 1, maximum: 64 }, maxBytes, replicas },
};
const schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    replicas,
    duplicateWindowMs: { type: "integer", minimum: 1000 },
    storage: { enum: ["file", "memory"] },
    streams: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(STREAM_DEFAULTS).map((k) => [k, streamSchema])),
    },
    buckets: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(BUCKET_DEFAULTS).map((k) => [k, bucketSchema])),
    },
  },
};

// Loaded and compiled on first use, not at import: Ajv's loading and compiling cost every
// importer of the bus (each `tongbao` command) a few hundred milliseconds whether or not it
// reads a topology.
let compiled: ValidateFunction<TopologyConfigInput> | undefined;
const validator = () => {
  if (compiled === undefined) {
    const { Ajv2020: Ajv } = createRequire(import.meta.url)("ajv/dist/2020.js") as {
      Ajv2020: typeof Ajv2020;
    };
    compiled = new Ajv({ strict: true, allErrors: false }).compile<TopologyConfigInput>(schema);
  }
  return compiled;
};

/** Validates a topology configuration and fills in defaults; throws TB_ERR_CONFIG naming the field. */
export function topologyConfig(input: unknown = {}): TopologyConfig {
  const validate = validator();
  if (!validate(input)) {
    const err = validate.errors?.[0];
    const path = (err?.instancePath ?? "").split("/").filter(Boolean).join(".");
    const extra =
      err?.keyword === "additionalProperties"
        ? ` "${String(err.params["additionalProperty"])}"`
        : "";
    throw new TongbaoError(
      "TB_ERR_CONFIG",
      `topology config${path ? ` ${path}` : ""} ${err?.message ?? "is invalid"}${extra}`,
      {
        path: path || "topology",
      },
    );
  }
  const all = input.replicas ?? 1;
  const duplicateWindowMs = input.duplicateWindowMs ?? 2 * 60 * 1000;
  const streams = Object.fromEntries(
    Object.entries(STREAM_DEFAULTS).map(([name, d]) => {
      const s = { replicas: all, ...d, ...input.streams?.[name as keyof typeof STREAM_DEFAULTS] };
      if (s.maxAgeMs !== 0 && s.maxAgeMs < duplicateWindowMs) {
        throw new TongbaoError(
          "TB_ERR_CONFIG",
          `streams.${name}.maxAgeMs (${s.maxAgeMs}) is shorter than duplicateWindowMs (${duplicateWindowMs})`,
          { path: `streams.${name}.maxAgeMs` },
        );
      }
      return [name, s];
    }),
  ) as TopologyConfig["streams"];
  const buckets = Object.fromEntries(
    Object.entries(BUCKET_DEFAULTS).map(([name, d]) => [
      name,
      { replicas: all, ...d, ...input.buckets?.[name as keyof typeof BUCKET_DEFAULTS] },
    ]),
  ) as TopologyConfig["buckets"];
  return { duplicateWindowMs, storage: input.storage ?? "file", streams, buckets };
}
