import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import {
  showServerLogsOnFailure,
  startNatsCluster,
  waitFor,
  type NatsCluster,
} from "../src/mod.js";

interface StreamJsz {
  account_details?: { stream_detail?: { name: string; state: { messages: number } }[] }[];
}

/** Messages a node holds locally for a stream: its own replica, not the leader's answer. */
async function localMessages(cluster: NatsCluster, node: number, stream: string): Promise<number> {
  const jsz = await cluster.node(node).monitor<StreamJsz>("/jsz?accounts=true&streams=true");
  const detail = jsz.account_details
    ?.flatMap((a) => a.stream_detail ?? [])
    .find((s) => s.name === stream);
  return detail?.state.messages ?? -1;
}

describe("a 3-node JetStream cluster", () => {
  let current: NatsCluster | undefined;
  showServerLogsOnFailure(() => current?.servers ?? []);

  it("forms with a meta-leader, and a killed node comes back and catches up", async () => {
    await using cluster = await startNatsCluster();
    current = cluster;
    expect(cluster.servers).toHaveLength(3);
    expect(await cluster.waitForMetaLeader()).toMatch(/^tongbao-test-\d$/);

    const nc = await connect({ servers: cluster.urls });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "R3", subjects: ["r3.>"], num_replicas: 3 });
    const js = jetstream(nc);
    for (let i = 0; i < 20; i++) await js.publish("r3.a", `before ${i}`);

    // Kill a node that the client is not connected to, so publishing carries on undisturbed.
    const connectedPort = Number(nc.getServer().split(":").pop());
    const victim = cluster.servers.findIndex((s) => s.port !== connectedPort);
    await cluster.node(victim).kill();
    // The stream leader may have been on the killed node: publishes retry (deduplicated by
    // id) until the remaining two elect a new one.
    for (let i = 0; i < 30; i++) {
      await waitFor(
        () => js.publish("r3.a", `during ${i}`, { msgID: `during-${i}`, timeout: 2_000 }),
        {
          name: `publish ${i} during the outage`,
          timeout: 30_000,
        },
      );
    }

    await cluster.node(victim).restart();
    await waitFor(async () => (await localMessages(cluster, victim, "R3")) === 50, {
      name: "the restarted node to hold all 50 messages",
      timeout: 30_000,
    });
    await nc.close();
  });
});
