import { jetstream, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import {
  showServerLogsOnFailure,
  startNatsCluster,
  startNatsServer,
  type NatsCluster,
  type NatsServer,
} from "@tongbao/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUCKETS, STREAMS, provision, streamForStatus, wantedStreams } from "../src/topology.js";
import { topologyConfig } from "../src/topology-config.js";

const ALL = [...Object.values(STREAMS), "KV_tb_registry", "KV_tb_tracking", "KV_tb_checkpoints"];

describe("topology configuration", () => {
  it("fills in defaults and applies one replicas value everywhere unless overridden", () => {
    const c = topologyConfig({
      replicas: 3,
      streams: { test: { replicas: 1, maxAgeMs: 3_600_000 } },
    });
    expect(c.duplicateWindowMs).toBe(120_000);
    expect(c.streams.live).toEqual({ maxAgeMs: 0, maxBytes: -1, replicas: 3 });
    expect(c.streams.test).toEqual({ maxAgeMs: 3_600_000, maxBytes: -1, replicas: 1 });
    expect(c.buckets.registry).toEqual({ history: 64, maxBytes: -1, replicas: 3 });
    expect(topologyConfig(c)).toEqual(c);
  });

  it.each([
    [{ replicas: 0 }, "replicas"],
    [{ streams: { live: { maxAgeMs: -1 } } }, "streams.live.maxAgeMs"],
    [{ streams: { liev: {} } }, "streams"],
    [{ buckets: { registry: { history: 65 } } }, "buckets.registry.history"],
    [
      { duplicateWindowMs: 600_000, streams: { test: { maxAgeMs: 60_000 } } },
      "streams.test.maxAgeMs",
    ],
    ["replicas: 3", "topology"],
  ])("rejects %j naming %s", (input, path) => {
    expect(() => topologyConfig(input)).toThrow(
      expect.objectContaining({ code: "TB_ERR_CONFIG", path }),
    );
  });

  it("routes each status to its own stream, never live and drills together", () => {
    expect(streamForStatus(1)).toBe("TB_LIVE");
    expect(streamForStatus("exercise")).toBe("TB_EXERCISE");
    expect(streamForStatus(3)).toBe("TB_TEST");
    const subjects = wantedStreams().map((s) => s.subjects);
    expect(subjects).toEqual([
      ["tb.live.>"],
      ["tb.exercise.>"],
      ["tb.test.>"],
      ["tbq.>"],
      ["tba.>"],
      ["$KV.tb_registry.>"],
      ["$KV.tb_tracking.>"],
      ["$KV.tb_checkpoints.>"],
    ]);
  });
});

describe("provision on one server", () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  showServerLogsOnFailure(() => [server]);

  beforeEach(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url });
    jsm = await jetstreamManager(nc);
  });
  afterEach(async () => {
    await nc?.close();
    await server?.[Symbol.asyncDispose]();
  });

  it("creates every stream and bucket, then reports all unchanged on a second run", async () => {
    const first = await provision(jsm, { streams: { test: { maxAgeMs: 86_400_000 } } });
    expect(first).toEqual({ created: ALL, updated: [], unchanged: [], drift: [] });
    const live = await jsm.streams.info(STREAMS.LIVE);
    expect(live.config).toMatchObject({
      subjects: ["tb.live.>"],
      duplicate_window: nanos(120_000),
      deny_delete: true,
      deny_purge: true,
      // Direct get for accounts granted it (the tracker's rebuild); departments have none.
      allow_direct: true,
    });
    expect((await jsm.streams.info(STREAMS.AUDIT)).config.allow_direct).toBe(false);
    expect((await jsm.streams.info(STREAMS.TEST)).config.max_age).toBe(nanos(86_400_000));
    expect((await jsm.streams.info("KV_tb_registry")).config.max_msgs_per_subject).toBe(64);

    const second = await provision(jsm, { streams: { test: { maxAgeMs: 86_400_000 } } });
    expect(second).toEqual({ created: [], updated: [], unchanged: ALL, drift: [] });
  });

  it("makes buckets that the KV client reads and writes", async () => {
    await provision(jsm);
    const kv = await new Kvm(nc).open(BUCKETS.TRACKING);
    await kv.put("case.1", "open");
    expect((await kv.get("case.1"))?.string()).toBe("open");
    await jetstream(nc).publish("tb.test.bulletin.all.miit", "x");
    expect((await jsm.streams.info(STREAMS.TEST)).state.messages).toBe(1);
  });

  it("reports a hand-altered stream as drift and fixes what is safe to fix", async () => {
    await provision(jsm);
    // An operator shortens the exercise retention and widens the dedup window by hand.
    const info = await jsm.streams.info(STREAMS.EXERCISE);
    await jsm.streams.update(STREAMS.EXERCISE, {
      ...info.config,
      max_age: nanos(3_600_000),
      duplicate_window: nanos(300_000),
    });
    const report = await provision(jsm);
    expect(report.drift).toEqual([
      {
        stream: STREAMS.EXERCISE,
        field: "max_age",
        wanted: nanos(30 * 86_400_000),
        actual: nanos(3_600_000),
        fixed: true,
      },
      {
        stream: STREAMS.EXERCISE,
        field: "duplicate_window",
        wanted: nanos(120_000),
        actual: nanos(300_000),
        fixed: true,
      },
    ]);
    expect(report.updated).toEqual([STREAMS.EXERCISE]);
    expect((await jsm.streams.info(STREAMS.EXERCISE)).config.max_age).toBe(nanos(30 * 86_400_000));
    expect((await provision(jsm)).drift).toEqual([]);
  });

  it("reports but does not apply a change that would discard stored messages", async () => {
    await provision(jsm);
    const report = await provision(jsm, { streams: { quarantine: { maxAgeMs: 86_400_000 } } });
    expect(report.drift).toEqual([
      expect.objectContaining({ stream: STREAMS.QUARANTINE, field: "max_age", fixed: false }),
    ]);
    expect(report.drift[0]?.reason).toMatch(/discard stored messages/);
    expect((await jsm.streams.info(STREAMS.QUARANTINE)).config.max_age).toBe(
      nanos(90 * 86_400_000),
    );

    const forced = await provision(
      jsm,
      { streams: { quarantine: { maxAgeMs: 86_400_000 } } },
      { allowDataLoss: true },
    );
    expect(forced.updated).toEqual([STREAMS.QUARANTINE]);
    expect((await jsm.streams.info(STREAMS.QUARANTINE)).config.max_age).toBe(nanos(86_400_000));
  });

  it("reports storage drift as unfixable, and changes nothing in a dry run", async () => {
    await jsm.streams.add({
      ...wantedStreams().find((s) => s.name === STREAMS.TEST)!,
      storage: "memory" as never,
    });
    const dry = await provision(jsm, {}, { dryRun: true });
    expect(dry.created).toHaveLength(ALL.length - 1);
    expect(dry.drift).toEqual([
      expect.objectContaining({ stream: STREAMS.TEST, field: "storage", fixed: false }),
    ]);
    expect((await jsm.streams.names().next()).length).toBe(1);
    const real = await provision(jsm);
    expect(real.drift).toEqual([
      expect.objectContaining({
        stream: STREAMS.TEST,
        field: "storage",
        wanted: "file",
        actual: "memory",
        fixed: false,
      }),
    ]);
  });
});

describe("provision on a 3-node cluster", () => {
  let cluster: NatsCluster;
  let nc: NatsConnection;
  showServerLogsOnFailure(() => cluster?.servers ?? []);

  afterEach(async () => {
    await nc?.close();
    await cluster?.[Symbol.asyncDispose]();
  });

  it("creates every stream and bucket with three replicas", async () => {
    cluster = await startNatsCluster();
    nc = await connect({ servers: cluster.urls });
    const jsm = await jetstreamManager(nc);
    const report = await provision(jsm, { replicas: 3 });
    expect(report.created).toEqual(ALL);
    for (const name of ALL) {
      const info = await jsm.streams.info(name);
      expect(info.config.num_replicas, name).toBe(3);
      expect(info.cluster?.replicas ?? [], name).toHaveLength(2);
    }
    expect((await provision(jsm, { replicas: 3 })).unchanged).toEqual(ALL);
  });
});
