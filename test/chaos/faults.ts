import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { plcVulnerabilityNotice } from "@tongbao/department";
import { STREAMS } from "@tongbao/bus";
import { waitFor, type NatsServer } from "@tongbao/testing";
import type { HubCluster } from "./hub-cluster.js";
import { countStream, doubles, type StreamCount } from "./stream-count.js";

const RECEIPT = "tongbao.receipt.v1.Receipt";
export const LIVE = STREAMS.LIVE;

/** What one fault cost, as the benchmark report carries it. */
export interface FaultTimes {
  /** From the fault (kill; for a whole-cluster stop, the restart) to the first message stored after it. */
  unavailableMs: number;
  /** From the restart (or, with nothing restarted, the fault) until every count is complete. */
  catchUpMs: number;
  /** Messages the sender's API accepted during the scenario. */
  accepted: number;
}

/**
 * Addressed notices from one department to another through the sender's HTTP API (and so
 * its outbox), at most `inFlight` not yet receipted: the load keeps publishing through a
 * fault and waits, as a department's own systems would, once that many are unanswered.
 */
export class AddressedLoad {
  readonly accepted: string[] = [];

  constructor(
    private readonly hub: HubCluster,
    readonly from: string,
    readonly to: string,
    private readonly inFlight = 10,
  ) {}

  /** Posts `n` notices; each one the API refuses fails the load, naming the answer. */
  async post(n: number, timeoutMs = 45_000): Promise<void> {
    for (let i = 0; i < n; i++) {
      if (this.accepted.length - this.receipted().size >= this.inFlight) {
        await waitFor(() => this.accepted.length - this.receipted().size < this.inFlight, {
          name: `fewer than ${this.inFlight} notices from ${this.from} waiting for a receipt`,
          timeout: timeoutMs,
        });
      }
      const tag = `chaos-${this.accepted.length}`;
      const { status, json } = await this.hub.post(
        this.from,
        "/messages",
        plcVulnerabilityNotice(tag, [this.to]),
      );
      if (status !== 202)
        throw new Error(`${this.from} refused notice ${tag}: ${status} ${JSON.stringify(json)}`);
      this.accepted.push(String(json["id"]));
    }
  }

  /** Ids of the accepted notices the recipient has receipted (in the sender's inbox). */
  receipted(): Set<string> {
    const got = new Set<string>();
    for (const e of this.hub.inbox(this.from)) {
      if (e.type === RECEIPT && e.source === this.to) got.add(String(e.payload["messageId"]));
    }
    return got;
  }
}

/**
 * The counts are complete when, read by the test's own operator reader: every accepted
 * notice is stored exactly once, nothing in the stream is stored twice (receipts included),
 * and the recipient has receipted every notice.
 */
export async function countsComplete(
  nc: NatsConnection,
  load: AddressedLoad,
): Promise<StreamCount | undefined> {
  const receipted = load.receipted();
  if (!load.accepted.every((id) => receipted.has(id))) return undefined;
  const count = await countStream(nc, LIVE);
  if (!load.accepted.every((id) => count.copies.get(id) === 1)) return undefined;
  return doubles(count).length === 0 ? count : undefined;
}

/** Waits for {@link countsComplete}; on timeout the error says what is still missing. */
export async function waitForCounts(
  nc: NatsConnection,
  load: AddressedLoad,
  timeoutMs = 45_000,
): Promise<StreamCount> {
  try {
    return await waitFor(() => countsComplete(nc, load).catch(() => undefined), {
      name: "every accepted notice stored once and receipted",
      timeout: timeoutMs,
    });
  } catch (err) {
    const count = await countStream(nc, LIVE).catch(() => undefined);
    const receipted = load.receipted();
    const missing = load.accepted.filter((id) => !count?.copies.has(id));
    const unreceipted = load.accepted.filter((id) => !receipted.has(id));
    throw new Error(
      `${(err as Error).message}: ${load.accepted.length} accepted, ${missing.length} not stored, ` +
        `${unreceipted.length} not receipted, doubles ${JSON.stringify(count ? doubles(count) : "?")}`,
      { cause: err },
    );
  }
}

/** The node that leads a stream now, once one does (none while an election runs). */
export async function streamLeader(
  nc: NatsConnection,
  hub: HubCluster,
  stream = LIVE,
  not?: string,
): Promise<NatsServer> {
  const jsm = await jetstreamManager(nc, { checkAPI: false });
  const name = await waitFor(
    async () => {
      const leader = (await jsm.streams.info(stream).catch(() => undefined))?.cluster?.leader;
      return leader && leader !== not ? leader : undefined;
    },
    { name: `a leader of ${stream}${not ? ` other than ${not}` : ""}`, timeout: 30_000 },
  );
  return hub.node(name);
}

/** The first message the stream stored after `since` (ms since the epoch), in ms after it. */
export function firstStoredAfter(
  count: StreamCount,
  ids: readonly string[],
  since: number,
): number {
  const after = ids.map((id) => count.storedAt.get(id) ?? 0).filter((t) => t > since);
  if (after.length === 0) throw new Error("no message was stored after the fault");
  return Math.min(...after) - since;
}

/** Messages a node holds in its own replica of a stream (not the leader's answer). */
export async function replicaMessages(node: NatsServer, stream = LIVE): Promise<number> {
  interface Jsz {
    account_details?: { stream_detail?: { name: string; state: { messages: number } }[] }[];
  }
  const jsz = await node.monitor<Jsz>("/jsz?accounts=true&streams=true");
  const detail = jsz.account_details
    ?.flatMap((a) => a.stream_detail ?? [])
    .find((s) => s.name === stream);
  return detail?.state.messages ?? -1;
}

/**
 * kill -9 of the stream leader while the load publishes: the load goes on through the
 * election and every count completes.
 */
export async function killLeader(
  hub: HubCluster,
  nc: NatsConnection,
  load: AddressedLoad,
  messages = 45,
): Promise<FaultTimes & { killed: string; leader: string }> {
  const before = Math.floor(messages / 3);
  await load.post(before);
  const leader = await streamLeader(nc, hub);
  const during = load.post(messages - before);
  await waitFor(() => load.accepted.length >= before + 3, { name: "the load under way" });
  await leader.kill();
  const killedAt = Date.now();
  const next = await streamLeader(nc, hub, LIVE, leader.name);
  await during;
  const count = await waitForCounts(nc, load);
  const catchUpMs = Date.now() - killedAt;
  return {
    unavailableMs: firstStoredAfter(count, load.accepted, killedAt),
    catchUpMs,
    accepted: load.accepted.length,
    killed: leader.name,
    leader: next.name,
  };
}

/**
 * A follower of the stream killed while the load publishes and brought back after it: its
 * replica catches up to every message, and every count completes.
 */
export async function restartFollower(
  hub: HubCluster,
  nc: NatsConnection,
  load: AddressedLoad,
  messages = 45,
): Promise<FaultTimes & { follower: string }> {
  const before = Math.floor(messages / 3);
  await load.post(before);
  const leader = await streamLeader(nc, hub);
  const follower = hub.servers.find((s) => s !== leader)!;
  const during = load.post(messages - before);
  await follower.kill();
  const killedAt = Date.now();
  await during;
  await waitForCounts(nc, load);
  const restartedAt = Date.now();
  await follower.restart();
  const count = await waitForCounts(nc, load);
  await waitFor(async () => (await replicaMessages(follower)) >= count.copies.size, {
    name: `${follower.name}'s replica of ${LIVE} holding all ${count.copies.size} messages`,
    timeout: 45_000,
  });
  return {
    unavailableMs: firstStoredAfter(count, load.accepted, killedAt),
    catchUpMs: Date.now() - restartedAt,
    accepted: load.accepted.length,
    follower: follower.name,
  };
}

/**
 * Every node killed at once while the services run; notices accepted while the bus is gone
 * wait in the outbox; every node started again on its store, the services reconnect by
 * themselves and resume, and every count completes.
 */
export async function restartWholeCluster(
  hub: HubCluster,
  nc: NatsConnection,
  load: AddressedLoad,
  messages = 30,
): Promise<FaultTimes> {
  const before = Math.floor(messages / 3);
  await load.post(before);
  await waitForCounts(nc, load);
  await Promise.all(hub.servers.map((s) => s.kill()));
  // Accepted into the sender's outbox while no node runs.
  const whileDown = Math.min(Math.floor(messages / 3), 9);
  await load.post(whileDown);
  const restartedAt = Date.now();
  // Together: a node's JetStream waits for a quorum of its peers.
  await Promise.all(hub.servers.map((s) => s.restart()));
  await hub.cluster.waitForMetaLeader();
  await load.post(messages - before - whileDown);
  const count = await waitForCounts(nc, load);
  return {
    unavailableMs: firstStoredAfter(count, load.accepted, restartedAt),
    catchUpMs: Date.now() - restartedAt,
    accepted: load.accepted.length,
  };
}
