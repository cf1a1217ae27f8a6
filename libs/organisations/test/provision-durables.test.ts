import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { startNats, type TestNats } from "@tongbao/testing";
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
