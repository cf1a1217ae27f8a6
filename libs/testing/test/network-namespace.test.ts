import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { connect } from "@nats-io/transport-node";
import { afterAll, describe, expect, it } from "vitest";
import {
  NatsServer,
  NetworkNamespace,
  networkNamespacesUnavailable,
  type VethLink,
} from "../src/mod.js";

const run = promisify(execFile);
const skip = await networkNamespacesUnavailable();
if (skip) console.log(`skipped: network namespaces: ${skip}`);

/** Whether a client on the host gets through to the server within a second. */
async function reachable(server: NatsServer): Promise<boolean> {
  try {
    const nc = await connect({ servers: server.url, timeout: 1_000, reconnect: false });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(skip !== undefined)("NetworkNamespace", () => {
  let ns: NetworkNamespace | undefined;
  let server: NatsServer | undefined;
  afterAll(async () => {
    await server?.[Symbol.asyncDispose]();
    await ns?.remove();
  });

  it("runs a nats-server inside, cuts its link without a word, heals it, and leaves nothing behind", async () => {
    ns = await NetworkNamespace.create();
    const link: VethLink = await ns.link();
    server = await NatsServer.start({
      host: link.nsAddress,
      runUnder: ns.runUnder,
      jetstream: false,
    });
    expect(server.url).toBe(`nats://${link.nsAddress}:${server.port}`);
    // Inside: its loopback is not the host's, so only the veth pair reaches it.
    expect(await reachable(server)).toBe(true);
    await ns.cut(link);
    expect(await reachable(server)).toBe(false);
    await ns.heal(link);
    expect(await reachable(server)).toBe(true);

    await server[Symbol.asyncDispose]();
    server = undefined;
    await ns.remove();
    expect((await run("ip", ["netns", "list"])).stdout).not.toContain(ns.name);
    await expect(run("ip", ["link", "show", link.hostVeth])).rejects.toThrow();
  });
});
