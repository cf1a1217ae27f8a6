import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNatsServerBinary, NatsServer, waitFor, type NatsServerOptions } from "../src/mod.js";

async function startNatsServer(opts: NatsServerOptions = {}): Promise<NatsServer> {
  const binary = await findNatsServerBinary();
  if (!binary) throw new Error("these tests need nats-server installed");
  return NatsServer.start({ ...opts, binary });
}

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a single nats-server", () => {
  it("starts with JetStream on a free loopback port and reports its version", async () => {
    await using server = await startNatsServer();
    expect(server.url).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/);
    expect(await server.version()).toMatch(/^\d+\.\d+\.\d+/);
    const nc = await connect({ servers: server.url });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "S", subjects: ["s.>"] });
    const ack = await jetstream(nc).publish("s.one", "hello");
    expect(ack.seq).toBe(1);
    await nc.close();
  });

  it("keeps its data and port through kill -9 and restart", async () => {
    await using server = await startNatsServer();
    const port = server.port;
    let nc = await connect({ servers: server.url });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "KEPT", subjects: ["kept.>"] });
    const js = jetstream(nc);
    for (let i = 0; i < 10; i++) await js.publish(`kept.${i}`, `m${i}`);
    await nc.close();

    const before = server.pid;
    await server.kill();
    expect(alive(before)).toBe(false);
    await server.restart();
    expect(server.port).toBe(port);

    nc = await connect({ servers: server.url });
    const info = await (await jetstreamManager(nc)).streams.info("KEPT");
    expect(info.state.messages).toBe(10);
    await nc.close();
  });

  it("writes the configuration it is given, so accounts and users really apply", async () => {
    await using server = await startNatsServer({
      config: { authorization: { users: [{ user: "miit", password: "s3cret" }] } },
    });
    await expect(connect({ servers: server.url, reconnect: false })).rejects.toThrow(
      /Authorization/i,
    );
    const nc = await connect({ servers: server.url, user: "miit", pass: "s3cret" });
    await nc.flush();
    await nc.close();
  });

  it("fails fast, with the server's own words, on a configuration it rejects", async () => {
    const started = Date.now();
    const err = await startNatsServer({
      config: { no_such_option_at_all: { x: 1 } },
      startTimeout: 15_000,
    })
      .then(() => undefined)
      .catch((e: unknown) => e as Error);
    expect(err?.message).toMatch(/failed to start/);
    expect(err?.message).toMatch(/no_such_option_at_all/);
    // Failing on the process's exit, not at the start timeout.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("leaves no process and no temp dir behind once disposed", async () => {
    let pid: number | undefined;
    let dir = "";
    {
      await using server = await startNatsServer();
      pid = server.pid;
      dir = server.dir;
      expect(alive(pid)).toBe(true);
    }
    await waitFor(() => !alive(pid), { name: "the server process to be gone", timeout: 5_000 });
    expect(existsSync(dir)).toBe(false);
  });
});
