import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { NatsCluster, startNats, waitFor, type TestNats } from "@tongbao/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateProfiles,
  loadProfiles,
  organisationAccounts,
  provisionDurables,
  type OrganisationAccount,
} from "../src/mod.js";

describe("provisionDurables on a real server", () => {
  let nats: TestNats;
  let nc: NatsConnection;
  let accounts: OrganisationAccount[];

  beforeAll(async () => {
    nats = await startNats();
    nc = await connect({ servers: nats.url });
    const jsm = await jetstreamManager(nc);
    // The streams the durables read, with the subjects the durables filter on.
    for (const name of ["TB_LIVE", "TB_EXERCISE", "TB_TEST"])
      await jsm.streams.add({ name, subjects: [`tb.${name.slice(3).toLowerCase()}.>`] });
    const profiles = generateProfiles(await loadProfiles(), { provinces: "all", subOffices: 0 });
    accounts = organisationAccounts(profiles, [], nc.info!.version);
  });
  afterAll(async () => {
    await nc?.close();
    await nats?.[Symbol.asyncDispose]();
  });

  const consumers = async (stream: string) => {
    const names: string[] = [];
    for await (const c of (await jetstreamManager(nc)).consumers.list(stream)) names.push(c.name);
    return names.sort();
  };

  it("creates every organisation's durables, then finds them unchanged", async () => {
    const jsm = await jetstreamManager(nc);
    const planned = accounts.flatMap((a) => a.durables);
    expect(planned.length).toBeGreaterThan(100);

    const dry = await provisionDurables(jsm, accounts, {}, { dryRun: true });
    expect(dry.created).toHaveLength(planned.length);
    expect(await consumers("TB_LIVE")).toEqual([]);

    const first = await provisionDurables(jsm, accounts);
    expect(first.created).toHaveLength(planned.length);
    const live = planned.filter((d) => d.stream === "TB_LIVE").map((d) => d.name);
    expect(await consumers("TB_LIVE")).toEqual([...live].sort());

    const again = await provisionDurables(jsm, accounts);
    expect(again).toMatchObject({ created: [], updated: [], stale: [], deleted: [] });
    expect(again.unchanged).toHaveLength(planned.length);
  });

  it("brings changed settings to the plan, and reports or prunes durables the plan dropped", async () => {
    const jsm = await jetstreamManager(nc);
    const updated = await provisionDurables(jsm, accounts, { maxAckPending: 64 });
    expect(updated.updated).toHaveLength(accounts.flatMap((a) => a.durables).length);
    const one = accounts[0]!.durables[0]!;
    expect((await jsm.consumers.info(one.stream, one.name)).config.max_ack_pending).toBe(64);

    // An organisation whose live durable the plan no longer names; another consumer on the
    // stream that belongs to no organisation is none of provisioning's business.
    const [first, ...rest] = accounts;
    const fewer = [
      { ...first!, durables: first!.durables.filter((d) => d.stream !== "TB_LIVE") },
      ...rest,
    ];
    const dropped = first!.durables.find((d) => d.stream === "TB_LIVE")!;
    await jsm.consumers.add("TB_LIVE", { durable_name: "someone-elses" });
    const kept = await provisionDurables(jsm, fewer, { maxAckPending: 64 });
    expect(kept.stale).toEqual([`TB_LIVE/${dropped.name}`]);
    expect(kept.deleted).toEqual([]);
    expect(await consumers("TB_LIVE")).toContain(dropped.name);

    const pruned = await provisionDurables(jsm, fewer, { maxAckPending: 64 }, { prune: true });
    expect(pruned.deleted).toEqual([`TB_LIVE/${dropped.name}`]);
    const left = await consumers("TB_LIVE");
    expect(left).not.toContain(dropped.name);
    expect(left).toContain("someone-elses");
  });
});

describe("provisionDurables on a 3-node cluster with R3 streams", () => {
  let cluster: NatsCluster;
  let nc: NatsConnection;
  let accounts: OrganisationAccount[];

  beforeAll(async () => {
    cluster = await NatsCluster.start();
    nc = await connect({ servers: cluster.urls });
    const jsm = await jetstreamManager(nc);
    for (const name of ["TB_LIVE", "TB_EXERCISE"])
      await jsm.streams.add({
        name,
        subjects: [`tb.${name.slice(3).toLowerCase()}.>`],
        num_replicas: 3,
      });
    // Two organisations are enough: each has a live and an exercise durable.
    const profiles = (await loadProfiles()).filter((p) => ["miit", "nea"].includes(p.id));
    accounts = organisationAccounts(profiles, [], nc.info!.version);
  }, 90_000);
  afterAll(async () => {
    await nc?.close();
    await cluster?.[Symbol.asyncDispose]();
  });

  /** Peers of a durable besides its leader: 2 for an R3 Raft group, 0 for an R1 durable. */
  const followers = async (stream: string, name: string) =>
    ((await (await jetstreamManager(nc)).consumers.info(stream, name)).cluster?.replicas ?? [])
      .length;

  it("keeps live durables R3 and makes drill durables R1, also those an older plan made R3", async () => {
    const jsm = await jetstreamManager(nc);
    const planned = accounts.flatMap((a) => a.durables);
    const live = planned.filter((d) => d.status === "live");
    const drill = planned.filter((d) => d.status === "exercise");
    expect(live.length).toBeGreaterThan(0);
    expect(drill.length).toBeGreaterThan(0);
    // An exercise durable as provisioning made it before: the stream's replicas.
    const older = drill[0]!;
    await jsm.consumers.add(older.stream, {
      durable_name: older.name,
      ...(older.filters.length === 1
        ? { filter_subject: older.filters[0]! }
        : { filter_subjects: older.filters }),
      ack_policy: AckPolicy.Explicit,
    });
    expect(await followers(older.stream, older.name)).toBe(2);

    const first = await provisionDurables(jsm, accounts);
    expect(first.updated).toEqual([older.name]);
    for (const d of live) expect(await followers(d.stream, d.name), d.name).toBe(2);
    for (const d of drill) {
      await waitFor(async () => (await followers(d.stream, d.name)) === 0, {
        name: `${d.name} at one replica`,
        timeout: 30_000,
      });
    }
    const again = await provisionDurables(jsm, accounts);
    expect(again.unchanged).toHaveLength(planned.length);
  }, 90_000);
});
